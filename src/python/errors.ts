// Python exceptions the reference does not turn into messages of its own: they end the run with
// exit 255 and str() of the exception, which its catch-all prints.
import { CliError } from '../errors.js';

/**
 * A Python exception the reference does not turn into a message of its own (a ValueError from
 * int(), a TypeError from handing bytes to the shorthand parser, ...): the run ends with exit
 * 255 and the bare message. A list option turns ValueErrors and TypeErrors from its elements
 * into a ParamError, which is why the Python class is kept.
 */
export class PythonError extends CliError {
  constructor(
    readonly pythonClass: 'ValueError' | 'TypeError' | 'AttributeError' | 'IndexError' | 'RecursionError',
    message: string,
  ) {
    super('other', message);
    this.name = 'PythonError';
  }
}

/** Python's RecursionError: exit 255 with its bare message, as the reference's catch-all prints it. */
export function recursionError(context = ''): PythonError {
  return new PythonError('RecursionError', `maximum recursion depth exceeded${context}`);
}
