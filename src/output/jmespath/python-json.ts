// Python's json.loads, as the reference's lexer uses it for `literals` and "quoted identifiers":
// accepts exactly what CPython 3.11's C scanner accepts (NaN, Infinity, -Infinity included),
// keeps ints and floats apart (`1.0` is a float and prints as one), and reports the scanner's
// message, of which the lexer shows the part before the first colon.
import { makeFloat, makeInt, setKey, type Dict } from './values.js';

export class JsonDecodeError extends Error {
  override name = 'JsonDecodeError';
}

const WS = new Set([' ', '\t', '\n', '\r']);

/** CPython refuses to convert int strings longer than this (sys.int_info.default_max_str_digits). */
const MAX_INT_DIGITS = 4300;

export function pythonJsonLoads(text: string): unknown {
  if (text.startsWith('\ufeff')) throw new JsonDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)');
  const p = new JsonScanner(text);
  p.skipWs();
  const value = p.value();
  p.skipWs();
  if (p.pos !== text.length) throw new JsonDecodeError('Extra data');
  return value;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;

class JsonScanner {
  pos = 0;
  constructor(private readonly s: string) {}

  skipWs(): void {
    while (this.pos < this.s.length && WS.has(this.s[this.pos] as string)) this.pos++;
  }

  private startsWith(word: string): boolean {
    return this.s.startsWith(word, this.pos);
  }

  value(): unknown {
    const ch = this.s[this.pos];
    switch (ch) {
      case '"':
        return this.string();
      case '{':
        return this.object();
      case '[':
        return this.array();
    }
    for (const [word, value] of LITERALS) {
      if (this.startsWith(word)) {
        this.pos += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.s);
    if (m === null) throw new JsonDecodeError('Expecting value');
    this.pos += m[0].length;
    if (m[1] !== undefined || m[2] !== undefined) return makeFloat(Number(m[0]));
    // An int: Python's is exact, ours is the nearest double; too many digits is a ValueError.
    if (m[0].replace('-', '').length > MAX_INT_DIGITS) {
      throw new JsonDecodeError('Exceeds the limit (4300 digits) for integer string conversion');
    }
    return makeInt(Number(m[0]));
  }

  private object(): Dict {
    this.pos++;
    const out: Dict = {};
    this.skipWs();
    if (this.s[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      if (this.s[this.pos] !== '"') {
        throw new JsonDecodeError('Expecting property name enclosed in double quotes');
      }
      const key = this.string();
      this.skipWs();
      if (this.s[this.pos] !== ':') throw new JsonDecodeError("Expecting ':' delimiter");
      this.pos++;
      this.skipWs();
      setKey(out, key, this.value());
      this.skipWs();
      const next = this.s[this.pos];
      this.pos++;
      if (next === '}') return out;
      if (next !== ',') throw new JsonDecodeError("Expecting ',' delimiter");
      this.skipWs();
    }
  }

  private array(): unknown[] {
    this.pos++;
    const out: unknown[] = [];
    this.skipWs();
    if (this.s[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.skipWs();
      const next = this.s[this.pos];
      this.pos++;
      if (next === ']') return out;
      if (next !== ',') throw new JsonDecodeError("Expecting ',' delimiter");
      this.skipWs();
    }
  }

  private string(): string {
    this.pos++;
    let out = '';
    for (;;) {
      const ch = this.s[this.pos];
      if (ch === undefined) throw new JsonDecodeError('Unterminated string starting at');
      this.pos++;
      if (ch === '"') return out;
      if (ch.charCodeAt(0) < 0x20) throw new JsonDecodeError('Invalid control character at');
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const esc = this.s[this.pos];
      if (esc === undefined) throw new JsonDecodeError('Unterminated string starting at');
      this.pos++;
      const simple = ESCAPES[esc];
      if (simple !== undefined) {
        out += simple;
      } else if (esc === 'u') {
        const digits = this.s.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw new JsonDecodeError('Invalid \\uXXXX escape');
        this.pos += 4;
        // Surrogate pairs need no joining: two UTF-16 units are the same JS string either way.
        out += String.fromCharCode(parseInt(digits, 16));
      } else {
        throw new JsonDecodeError('Invalid \\escape');
      }
    }
  }
}

const LITERALS: [string, unknown][] = [
  ['null', null],
  ['true', true],
  ['false', false],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
];

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
