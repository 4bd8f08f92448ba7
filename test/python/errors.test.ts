// Python exceptions (src/python/errors.ts): exit 255 with the bare message.
import { describe, expect, it } from 'vitest';
import { PythonError, recursionError } from '../../src/python/errors.js';

describe('PythonError', () => {
  it('keeps the Python class and ends the run with 255 and the bare message', () => {
    const error = new PythonError('ValueError', "invalid literal for int() with base 10: 'x'");
    expect([error.pythonClass, error.message, error.exitCode]).toEqual(['ValueError', "invalid literal for int() with base 10: 'x'", 255]);
  });

  it("words a RecursionError as Python's", () => {
    const error = recursionError(' while calling a Python object');
    expect([error.pythonClass, error.message, error.exitCode]).toEqual(['RecursionError', 'maximum recursion depth exceeded while calling a Python object', 255]);
  });
});
