// The errors of the JMESPath engine. Each carries the compliance suite's error category and,
// as its message, exactly what str(e) gives for the corresponding jmespath 1.0.1 exception,
// because the reference CLI prints str(e) verbatim.

/** The compliance suite's categories (plus `runtime` for Python errors outside JMESPath's own). */
export type ErrorCategory =
  | 'syntax'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-arity'
  | 'unknown-function'
  | 'runtime';

export class JmespathError extends Error {
  override name = 'JmespathError';
  constructor(
    readonly category: ErrorCategory,
    message: string,
  ) {
    super(message);
  }
}

/** Any error found while compiling: the reference reports these before sending the request. */
export class JmespathSyntaxError extends JmespathError {
  override name = 'JmespathSyntaxError';
  constructor(message: string) {
    super('syntax', message);
  }
}

/** ParseError: "<msg>: Parse error at column N, token "<value>" (<TYPE>), for expression: ...". */
export function parseError(
  expression: string,
  position: number,
  tokenValue: string,
  tokenType: string,
  msg: string,
): JmespathSyntaxError {
  return new JmespathSyntaxError(
    `${msg}: Parse error at column ${position}, token "${tokenValue}" ` +
      `(${tokenType.toUpperCase()}), for expression:\n"${expression}"\n${' '.repeat(position + 1)}^`,
  );
}

/** IncompleteExpressionError: the caret sits after the last character. */
export function incompleteExpressionError(expression: string): JmespathSyntaxError {
  const length = Array.from(expression).length;
  return new JmespathSyntaxError(
    `Invalid jmespath expression: Incomplete expression:\n"${expression}"\n${' '.repeat(length + 1)}^`,
  );
}

/** LexerError: the expression is shown unquoted, so the caret is not shifted by one. */
export function lexerError(expression: string, position: number, message: string): JmespathSyntaxError {
  return new JmespathSyntaxError(
    `Bad jmespath expression: ${message}:\n${expression}\n${' '.repeat(position)}^`,
  );
}

/**
 * A Python exception other than jmespath's own (TypeError, ValueError) raised while evaluating:
 * the reference prints its str() like any other runtime error.
 */
export class JmespathPythonError extends JmespathError {
  override name = 'JmespathPythonError';
  constructor(message: string, category: ErrorCategory = 'runtime') {
    super(category, message);
  }
}

export function emptyExpressionError(): JmespathSyntaxError {
  return new JmespathSyntaxError('Invalid JMESPath expression: cannot be empty.');
}
