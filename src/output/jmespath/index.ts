// A JMESPath engine that behaves as the reference's (Python jmespath 1.0.1): compile() reports
// malformed expressions with jmespath's exact messages; search() evaluates, raising
// JmespathError with str(e) of the exception the reference would raise.
import { evaluate } from './interpreter.js';
import { parse, type Node } from './parser.js';

export { JmespathError, JmespathSyntaxError, JmespathPythonError, type ErrorCategory } from './errors.js';
export { ExpressionReference, PyFloat, pyNumberRepr } from '../../python/values.js';
export { pyFloatRepr } from '../../python/repr.js';

export interface CompiledExpression {
  readonly expression: string;
  readonly ast: Node;
}

export function compile(expression: string): CompiledExpression {
  return { expression, ast: parse(expression) };
}

export function search(compiled: CompiledExpression, data: unknown): unknown {
  return evaluate(compiled.ast, data);
}
