// Python's whitespace (src/python/strings.ts): str.strip() and friends without arguments.
import { describe, expect, it } from 'vitest';
import { pyLstrip, pyRstrip, pyStrip } from '../../src/python/strings.js';

describe('Python whitespace stripping', () => {
  it('strips what str.isspace() accepts and nothing else', () => {
    expect(pyStrip('\x1c\x85 a \u3000\u2028')).toBe('a');
    expect(pyLstrip('\t a ')).toBe('a ');
    expect(pyRstrip(' a \n')).toBe(' a');
    // U+FEFF is whitespace to JS's trim() only.
    expect(pyStrip('\ufeffa\ufeff')).toBe('\ufeffa\ufeff');
  });
});
