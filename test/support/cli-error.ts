// What a synchronous step threw, as the user would see it: the CliError's message and exit code.
import { CliError } from '../../src/errors.js';

export function thrownCliError(fn: () => unknown): { message: string; exitCode: number } {
  try {
    fn();
  } catch (error) {
    if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
    throw error;
  }
  throw new Error('expected a CliError');
}
