// Python's idea of whitespace in str and bytes, which JavaScript's trim() and `\s` do not share
// (Python counts \x1c-\x1f and \x85, JavaScript counts \ufeff): str.strip()/lstrip()/rstrip()
// without arguments, the `\s` of its patterns (configparser's), and bytes.strip()'s set.

/** str.isspace()'s characters, as a regular-expression character class body (BMP only, no `u` flag needed). */
export const PY_WHITESPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING = new RegExp(`^[${PY_WHITESPACE}]+`);
const TRAILING = new RegExp(`[${PY_WHITESPACE}]+$`);

/** str.lstrip() with no argument. */
export const pyLstrip = (s: string): string => s.replace(LEADING, '');
/** str.rstrip() with no argument. */
export const pyRstrip = (s: string): string => s.replace(TRAILING, '');
/** str.strip() with no argument. */
export const pyStrip = (s: string): string => pyRstrip(pyLstrip(s));

/** bytes.isspace()'s bytes: ASCII whitespace only. */
export const PY_BYTES_WHITESPACE: readonly number[] = [0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c];
