// --query: compiles the JMESPath expression up front and applies it to the response data, with
// the reference's messages and exit codes for bad expressions and for runtime errors.
//
// Design: the engine is our own (src/output/jmespath/), a port of the reference's Python
// jmespath 1.0.1, not an npm package. npm `jmespath` 0.16.0 fails 7 of the 892 compliance cases
// and `@jmespath-community/jmespath` 1.3.0 fails 1 (it implements a later dialect), and both
// word their errors differently, while the reference prints jmespath's messages verbatim,
// caret included. The port is small (lexer, Pratt parser, tree interpreter, 26 functions) and
// keeps Python's semantics where JavaScript differs: ints versus floats (`avg` gives 2.0),
// string length and order by code point, `true == 1` inside containers, int()/float() parsing
// in to_number, and CPython's TypeError/ValueError messages. It passes all 892 cases.
import { ownKeys, setOwn } from '../python/ordered-keys.js';
import { CliError } from '../errors.js';
import { PythonError } from '../python/errors.js';
import {
  compile,
  search,
  ExpressionReference,
  JmespathError,
  PyFloat,
  type CompiledExpression,
} from './jmespath/index.js';

export { ExpressionReference, PyFloat, pyFloatRepr, pyNumberRepr } from './jmespath/index.js';

export type CompiledQuery = CompiledExpression;

export interface ApplyOptions {
  /**
   * Keep floats with integral values (the results of avg, to_number('2.0'), `2.0`) as PyFloat
   * instances, so a formatter can print them as Python does (2.0). Off, they are plain
   * numbers and print as ints.
   */
  preserveFloats?: boolean;
}

/**
 * Compiles an expression; a malformed one is a usage error (exit 252), reported before any
 * request is sent, as `Bad value for --query <expression>: <jmespath's message>`.
 */
export function compileQuery(expression: string): CompiledQuery {
  try {
    return compile(expression);
  } catch (e) {
    // A JSON literal nested too deep fails in json.loads with a RecursionError, reported the same way.
    const tooDeep = e instanceof PythonError && e.pythonClass === 'RecursionError';
    if (e instanceof JmespathError || tooDeep) throw new CliError('usage', `Bad value for --query ${expression}: ${e.message}`);
    throw e;
  }
}

/**
 * Applies a compiled query. Errors found while evaluating (unknown function, wrong arity or
 * argument type, Python's TypeError/ValueError) exit 255 with jmespath's message alone, as the
 * reference's catch-all handler prints them.
 */
export function applyQuery(query: CompiledQuery, data: unknown, options: ApplyOptions = {}): unknown {
  let result: unknown;
  try {
    result = search(query, data);
  } catch (e) {
    if (e instanceof JmespathError) throw new CliError('other', e.message);
    throw e;
  }
  return options.preserveFloats ? result : unboxFloats(result);
}

/** The value with every PyFloat replaced by its number; unchanged parts are not copied. */
export function unboxFloats(value: unknown): unknown {
  if (value instanceof PyFloat) return value.value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const unboxed = unboxFloats(item);
      if (unboxed !== item) (copy ??= [...value])[i] = unboxed;
    });
    return copy ?? value;
  }
  if (typeof value === 'object' && value !== null && !(value instanceof ExpressionReference)) {
    const dict = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const key of ownKeys(dict)) {
      const unboxed = unboxFloats(dict[key]);
      if (unboxed !== dict[key]) {
        copy ??= copyDict(dict);
        setOwn(copy, key, unboxed);
      }
    }
    return copy ?? value;
  }
  return value;
}

function copyDict(dict: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of ownKeys(dict)) setOwn(copy, key, dict[key]);
  return copy;
}
