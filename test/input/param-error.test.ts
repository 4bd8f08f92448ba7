// ParamError: the reference's `Error parsing parameter` usage error.
import { describe, expect, it } from 'vitest';
import { ParamError } from '../../src/input/param-error.js';

describe('ParamError', () => {
  it('is a usage error naming the option', () => {
    const error = new ParamError('--x', 'Invalid JSON:\n[');
    expect([error.message, error.kind, error.exitCode]).toEqual(["Error parsing parameter '--x': Invalid JSON:\n[", 'usage', 252]);
  });
});
