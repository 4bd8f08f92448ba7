// botocore's PageIterator semantics over scripted pages: merging, --max-items and its resume
// token (bytes as botocore's TokenEncoder writes them), --starting-token, --page-size.
import { describe, expect, it } from 'vitest';
import { decodeToken, encodeToken, fullResult, pages, type PageRun, RepeatedToken } from '../../src/commands/paginate.js';
import type { PaginatorModel } from '../../src/model/shapes.js';

const MODEL: PaginatorModel = { input_token: 'NextToken', output_token: 'NextToken', limit_key: 'MaxResults', result_key: 'Associations' };

function script(responses: Record<string, unknown>[]) {
  const sent: Record<string, unknown>[] = [];
  const call = async (request: Record<string, unknown>) => {
    sent.push(request);
    const next = responses.shift();
    if (next === undefined) throw new Error('no more responses');
    return structuredClone(next);
  };
  return { sent, call };
}

async function collect(responses: Record<string, unknown>[], input: Record<string, unknown>, options = {}) {
  const { sent, call } = script(responses);
  const run: PageRun = {};
  const got: Record<string, unknown>[] = [];
  for await (const page of pages(call, input, MODEL, options, run)) got.push(page);
  return { sent, run, got, merged: fullResult(got, MODEL, run) };
}

const THREE = () => [
  { Associations: [1, 2], NextToken: 't1' },
  { Associations: [3, 4], NextToken: 't2' },
  { Associations: [5] },
];

describe('pages and fullResult', () => {
  it('fetch every page and concatenate the result key', async () => {
    const { sent, merged } = await collect(THREE(), { Filter: 'x' });
    expect(sent).toEqual([{ Filter: 'x' }, { Filter: 'x', NextToken: 't1' }, { Filter: 'x', NextToken: 't2' }]);
    expect(merged).toEqual({ Associations: [1, 2, 3, 4, 5] });
  });

  it('stop inside a page on --max-items with a truncation resume token', async () => {
    const { sent, merged } = await collect(THREE(), {}, { maxItems: 3 });
    expect(sent).toHaveLength(2);
    expect(merged).toEqual({ Associations: [1, 2, 3], NextToken: 'eyJOZXh0VG9rZW4iOiAidDEiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==' });
  });

  it('stop on a page boundary with the service token', async () => {
    const { merged } = await collect(THREE(), {}, { maxItems: 2 });
    expect(merged).toEqual({ Associations: [1, 2], NextToken: encodeToken({ NextToken: 't1' }) });
  });

  it('resume from a truncation token, skipping what was already printed, with --page-size', async () => {
    const token = encodeToken({ NextToken: 't1', boto_truncate_amount: 1 });
    const { sent, merged } = await collect([{ Associations: [3, 4], NextToken: 't2' }, { Associations: [5] }], {}, { startingToken: token, pageSize: 2 });
    expect(sent).toEqual([{ NextToken: 't1', MaxResults: 2 }, { NextToken: 't2', MaxResults: 2 }]);
    expect(merged).toEqual({ Associations: [4, 5] });
  });

  it('fail on the same token twice', async () => {
    await expect(collect([{ Associations: [1], NextToken: 'a' }, { Associations: [2], NextToken: 'a' }], {})).rejects.toThrow(new RepeatedToken("Error during pagination: The same next token was received twice: {'NextToken': 'a'}"));
  });
});

describe('tokens', () => {
  it('are base64 of json.dumps, non-ASCII escaped', () => {
    expect(encodeToken({ NextToken: 't\u00e9' })).toBe('eyJOZXh0VG9rZW4iOiAidFx1MDBlOSJ9');
    expect(decodeToken('eyJOZXh0VG9rZW4iOiAidDIiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==')).toEqual({ token: { NextToken: 't2' }, index: 1 });
    expect(decodeToken('not-a-token')).toEqual({ token: { NextToken: 'not-a-token' }, index: 0 });
    expect(decodeToken('abc___2')).toEqual({ token: { NextToken: 'abc' }, index: 2 });
  });
});
