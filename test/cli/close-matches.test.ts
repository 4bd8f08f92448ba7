// closeMatches and similarity against Python's difflib (get_close_matches, SequenceMatcher.ratio):
// every expected value below is what CPython 3 prints for the same arguments.
import { describe, expect, it } from 'vitest';
import { closeMatches, similarity } from '../../src/cli/close-matches.js';

const OPTIONS = [
  '--name', '--instance-id', '--association-status', '--cli-input-json', '--cli-input-yaml',
  '--generate-cli-skeleton', '--debug', '--endpoint-url', '--no-verify-ssl', '--no-paginate', '--output',
  '--query', '--profile', '--region', '--version', '--color', '--no-sign-request', '--ca-bundle',
  '--cli-read-timeout', '--cli-connect-timeout', '--cli-binary-format', '--no-cli-pager',
  '--cli-auto-prompt', '--no-cli-auto-prompt',
];

describe('similarity (SequenceMatcher.ratio)', () => {
  it.each([
    ['abcd', 'bcda', 0.75],
    ['xabcyabcz', 'abcabc', 0.8],
    ['', '', 1],
    ['', 'a', 0],
    ['--name', '--nme', 10 / 11],
  ])('%j ~ %j = %d', (a, b, ratio) => {
    expect(similarity(a, b)).toBeCloseTo(ratio, 12);
  });
});

describe('closeMatches (get_close_matches, n=3, cutoff=0.6)', () => {
  it.each([
    ['--nme', ['--name']],
    ['--instanceid', ['--instance-id']],
    ['--regin', ['--region', '--version']],
    // Equal scores: the greater string first, as heapq.nlargest on (score, word) orders them.
    ['--cli-input', ['--cli-input-yaml', '--cli-input-json', '--cli-read-timeout']],
    ['--no-paginat', ['--no-paginate', '--no-cli-pager']],
    ['--zzz', []],
  ])('%s -> %j', (word, expected) => {
    expect(closeMatches(word, OPTIONS)).toEqual(expected);
  });

  it('keeps at most n, at or above the cutoff, best first', () => {
    expect(closeMatches('ab', ['ba', 'ab', 'ac', 'ca'], 0.5)).toEqual(['ab', 'ca', 'ba']);
    expect(closeMatches('ab', ['ba', 'ab', 'ac', 'ca'], 0.5, 1)).toEqual(['ab']);
    expect(closeMatches('ab', ['ba', 'ab', 'ac', 'ca'], 0.51)).toEqual(['ab']);
  });
});
