// The widths the reference's table layout uses: the terminal's columns only when stdout is a
// terminal (else 80, COLUMNS ignored), and awscli.table.get_text_length's count, where East
// Asian Wide, Fullwidth and Ambiguous code points are two columns. Expected widths are what
// CPython 3.11 (Unicode 14.0.0, as the reference's Python) computes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMINAL_WIDTH, displayWidth, terminalWidth } from '../../src/output/terminal-width.js';

describe('terminalWidth', () => {
  it("takes a terminal's columns as reported, 0 included", () => {
    expect(terminalWidth({ isTTY: true, columns: 132 })).toBe(132);
    expect(terminalWidth({ isTTY: true, columns: 0 })).toBe(0);
  });

  it('falls back to 80 for anything that is not a terminal reporting its columns', () => {
    expect(DEFAULT_TERMINAL_WIDTH).toBe(80);
    expect(terminalWidth({ isTTY: false, columns: 132 })).toBe(80);
    expect(terminalWidth({ isTTY: true })).toBe(80);
    expect(terminalWidth({})).toBe(80);
  });
});

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['', 0],
    ['ab\tc', 4],
    ['\u00a0', 1], // no-break space: Neutral
    ['\u00a1', 2], // ¡: Ambiguous, the first code point after ASCII and C1 that counts two
    ['ü', 2],
    ['±×', 4],
    ['e\u0301', 3], // a combining accent is Ambiguous
    ['\u200b', 1], // zero width space counts one
    ['日本語', 6],
    ['ｱ', 1], // halfwidth katakana
    ['Ａ', 2], // fullwidth A
    ['😀', 2], // one code point, two UTF-16 units
    ['\u0378', 2], // unassigned in Unicode 14, as Python's table has it
    ['\u{10fffd}', 2], // private use: Ambiguous
  ])('%j is %d columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
