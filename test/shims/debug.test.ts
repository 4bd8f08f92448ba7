// The bundle's stand-in for `debug`: a logger the proxy agents can call, extend and ask, which
// never writes (stderr is the user's; --debug traces attempts itself).
import { afterEach, describe, expect, it, vi } from 'vitest';
import createDebug from '../../src/shims/debug.js';

afterEach(() => vi.restoreAllMocks());

describe('createDebug', () => {
  it('gives a disabled logger that writes nothing, however it is used', () => {
    const write = vi.spyOn(process.stderr, 'write');
    const log = vi.spyOn(console, 'log');
    const logger = createDebug();
    expect([logger.enabled, logger.namespace]).toEqual([false, '']);
    logger('agent %s', 'connecting');
    logger.extend()('more');
    logger.log();
    expect(write).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it('extends to the same silent logger', () => {
    const logger = createDebug();
    expect(logger.extend()).toBe(logger);
    expect(createDebug()).toBe(logger);
  });
});
