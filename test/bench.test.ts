// scripts/bench.mjs's pure helpers: argument parsing, order statistics and target verdicts.
// No timing is asserted here; the bench measures, it is not a test.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// A computed specifier: the helpers are plain .mjs without type declarations.
const statsUrl = pathToFileURL(path.resolve(import.meta.dirname, '..', 'scripts', 'bench', 'stats.mjs')).href;
const stats = await import(statsUrl);

describe('bench argument parsing', () => {
  it('has defaults', () => {
    expect(stats.parseArgs([])).toEqual({ runs: 15, warmup: 2, rss: 'auto', aws: true, baseline: undefined, json: undefined, fleetRssLines: [1000, 100000], help: false });
    expect(stats.parseArgs(['--fleet-rss-lines', '10,20']).fleetRssLines).toEqual([10, 20]);
    expect(() => stats.parseArgs(['--fleet-rss-lines', '10'])).toThrow('--fleet-rss-lines needs two counts, N,M');
  });

  it('reads --runs, --warmup, --rss, --no-aws, --baseline and --json, spaced or with =', () => {
    expect(stats.parseArgs(['--runs', '5', '--warmup=0', '--rss', 'proc', '--no-aws', '--baseline', '/tmp/before', '--json=out.json'])).toEqual({
      runs: 5,
      warmup: 0,
      rss: 'proc',
      aws: false,
      baseline: '/tmp/before',
      json: 'out.json',
      fleetRssLines: [1000, 100000],
      help: false,
    });
  });

  it.each([[['--runs', '0']], [['--runs', 'x']], [['--runs']], [['--warmup', '-1']], [['--rss', 'ps']], [['--baseline']], [['--bogus']]])('rejects %j', (argv) => {
    expect(() => stats.parseArgs(argv)).toThrow();
  });
});

describe('bench statistics', () => {
  it('takes medians of odd and even lists', () => {
    expect(stats.median([3, 1, 2])).toBe(2);
    expect(stats.median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes nearest-rank p90', () => {
    expect(stats.percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(stats.percentile(Array.from({ length: 15 }, (_, i) => 15 - i), 90)).toBe(14);
    expect(stats.percentile([7], 90)).toBe(7);
  });

  it('summarizes wall times and RSS in MiB', () => {
    expect(stats.summarize([30, 10, 20], [2048, 1024, 3072])).toEqual({ runs: 3, medianMs: 20, minMs: 10, p90Ms: 30, medianRssMiB: 2 });
    expect(stats.summarize([5], []).medianRssMiB).toBeNaN();
  });

  it('judges the targets on medians and says n/a when an input is missing', () => {
    const s = (medianMs: number, medianRssMiB = NaN) => ({ runs: 1, medianMs, minMs: medianMs, p90Ms: medianMs, medianRssMiB });
    const verdicts = stats.judgeTargets({ node: s(40), full: s(60, 50), version: s(49), skeleton: s(48) });
    expect(verdicts.map((t: { verdict: string }) => t.verdict)).toEqual(['met', 'n/a', 'NOT met', 'met', 'met']);
  });

  it('formats an aligned table', () => {
    expect(stats.formatTable(['a', 'bb'], [['xyz', '1.0']])).toBe('a     bb\n---  ---\nxyz  1.0');
  });
});
