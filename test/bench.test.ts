// scripts/bench.mjs's helpers: argument parsing, order statistics and target verdicts, and the
// association rows' seed, arguments and checks (scripts/bench/associations.mjs), the latter
// against the local endpoint with bin/ssm-assoc, once each.
// No timing is asserted here; the bench measures, it is not a test.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY, parseSeed, startLocalEndpoint, type LocalEndpoint } from '../src/local-endpoint/index.js';
import { runBin } from './support/run-bin.js';

// Computed specifiers: the helpers are plain .mjs without type declarations.
const helper = (name: string) => pathToFileURL(path.resolve(import.meta.dirname, '..', 'scripts', 'bench', name)).href;
const stats = await import(helper('stats.mjs'));
const rows = await import(helper('associations.mjs'));

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
    expect(verdicts.map((t: { verdict: string }) => t.verdict)).toEqual(['met', 'n/a', 'n/a', 'n/a', 'NOT met', 'met', 'met']);
  });

  it('judges list-associations and create-association as AWS CLI v2 / ssm-assoc, at least 5x', () => {
    const s = (medianMs: number) => ({ runs: 1, medianMs, minMs: medianMs, p90Ms: medianMs, medianRssMiB: NaN });
    const verdicts = stats.judgeTargets({ list: s(100), 'aws-list': s(499), create: s(80), 'aws-create': s(400) });
    const row = (name: string) => verdicts.find((t: { name: string }) => t.name === name);
    expect(row('AWS CLI v2 / list-associations')).toEqual({ name: 'AWS CLI v2 / list-associations', value: 4.99, target: '>= 5', unit: 'x', verdict: 'NOT met' });
    expect(row('AWS CLI v2 / create-association')).toEqual({ name: 'AWS CLI v2 / create-association', value: 5, target: '>= 5', unit: 'x', verdict: 'met' });
  });

  it('formats an aligned table', () => {
    expect(stats.formatTable(['a', 'bb'], [['xyz', '1.0']])).toBe('a     bb\n---  ---\nxyz  1.0');
  });
});

describe('bench association rows', () => {
  const open: LocalEndpoint[] = [];
  afterAll(async () => {
    await Promise.all(open.map((e) => e.close()));
  });
  const keys = { AWS_ACCESS_KEY_ID: DEFAULT_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: DEFAULT_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION: 'us-east-1' };

  it('seeds 500 distinct associations the endpoint accepts; ssm-assoc lists them all in 10 requests of MaxResults 50', async () => {
    const seed = parseSeed(rows.listSeed(), 'bench seed');
    expect(seed.associations).toHaveLength(500);
    expect(new Set(seed.associations.map((a) => a.InstanceId)).size).toBe(500);
    const endpoint = await startLocalEndpoint({ seed });
    open.push(endpoint);
    const result = await runBin(rows.listArgs(endpoint.url), { env: keys });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(rows.listedAll(result.stdout)).toBe(true);
    expect(endpoint.requests.map((r) => [r.target, (r.parsedBody as { MaxResults?: number }).MaxResults, r.response.status])).toEqual(
      Array.from({ length: 10 }, () => ['AmazonSSM.ListAssociations', 50, 200]),
    );
  });

  it('creates with a new node id each run; the endpoint refuses the same targets twice', async () => {
    const endpoint = await startLocalEndpoint({ documents: [rows.DOCUMENT] });
    open.push(endpoint);
    expect(rows.instanceId(1)).toMatch(/^i-0[0-9a-f]{16}$/);
    expect(rows.instanceId(2)).not.toBe(rows.instanceId(1));
    const first = await runBin(rows.createArgs(endpoint.url, 1), { env: keys });
    expect([first.code, rows.created(first.stdout)]).toEqual([0, true]);
    expect((await runBin(rows.createArgs(endpoint.url, 2), { env: keys })).code).toBe(0);
    const again = await runBin(rows.createArgs(endpoint.url, 1), { env: keys });
    expect([again.code, again.stderr]).toEqual([254, '\nAn error occurred (AssociationAlreadyExists) when calling the CreateAssociation operation: \n']);
    expect(rows.CREATES_PER_ENDPOINT).toBeLessThan(2000);
  });

  it('checks a listing is complete: every association, each once', () => {
    const listing = (ids: string[]) => JSON.stringify({ Associations: ids.map((InstanceId) => ({ InstanceId })) });
    const ids = Array.from({ length: 500 }, (_, i) => rows.instanceId(i + 1));
    expect(rows.listedAll(listing(ids))).toBe(true);
    expect(rows.listedAll(listing(ids.slice(1)))).toBe(false);
    expect(rows.listedAll(listing([...ids.slice(1), ids[0]!]))).toBe(true);
    expect(rows.listedAll(listing([...ids.slice(1), ids[1]!]))).toBe(false);
    expect(rows.listedAll('not json')).toBe(false);
  });

  it('compares the two CLIs\' outputs byte for byte and says where they first differ', () => {
    expect(rows.compareOutputs('{\n  "a": 1\n}\n', '{\n  "a": 1\n}\n')).toBeUndefined();
    expect(rows.compareOutputs('{\n  "a": 1\n}\n', '{\n  "a": 2\n}\n')).toBe('outputs differ (13 vs 13 bytes), first at line 2: "1\\n}\\n" vs "2\\n}\\n"');
    expect(rows.compareOutputs('x', 'x\n')).toBe('outputs differ (1 vs 2 bytes), first at line 1: "" vs "\\n"');
  });
});
