// The reference's ParamError: `Error parsing parameter '--x': <detail>`, exit 252. One class for
// every failure to read an option's value: a paramfile that cannot be loaded or decoded, a value
// that is not valid JSON or shorthand, a value of the wrong type.
import { CliError } from '../errors.js';

export class ParamError extends CliError {
  constructor(
    readonly paramName: string,
    readonly detail: string,
  ) {
    super('usage', `Error parsing parameter '${paramName}': ${detail}`);
    this.name = 'ParamError';
  }
}
