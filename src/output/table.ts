// `--output table`: awscli.formatter.TableFormatter building an awscli.table.MultiTable and
// rendering it, reproduced step for step (cli-table3 cannot: see below).
//
// Building (TableFormatter._build_table):
// - A falsy value (None, False, 0, '', [], {}) prints nothing at all.
// - Every table starts with a section titled with the operation name.
// - A dict: its scalar keys (sorted by code point) become a header row over one value row;
//   a dict with a single scalar key becomes one `key | value` row instead. Each list or dict
//   value (sorted by key, skipped when falsy) follows as its own section titled with its key,
//   one indentation level deeper.
// - A list of dicts (judged by its first element): the union of the elements' scalar keys
//   are the columns, one row per element ('' where an element lacks the key). If elements
//   have nested values, every element after the first starts a fresh section with the same
//   title and headers, and its nested values follow it.
// - A list of anything else: one row per scalar element, a list of scalars (or a dict, whose
//   keys Python iterates) as one multi-column row; other elements recurse into the current
//   section. Rows of differing lengths crash the reference (`Row should have ...`).
// Rendering (MultiTable.render):
// - The table is as wide as its widest section: column contents + 4 each, + 2 for the
//   borders, + 2 per indentation level, or the title + 2 (+ 2 per level). If that is wider
//   than the terminal (80 when stdout is not one; see terminal-width.ts), every section of
//   exactly one row under headers is turned into `header | value` rows and widths recomputed.
// - A line of dashes; then each section: the centred title (`+---+` under it when the
//   section has no headers or rows), a `+---+---+` break, the centred headers, a break, the
//   left-aligned rows (two spaces of padding unless the cell is too narrow), a break. Each
//   line of a section is wrapped in one `|` per indentation level on both sides.
// - Columns are scaled to the section width: width * (section width / natural width), rounded
//   half to even (Python's round), then corrected one column at a time (from the left when
//   too wide, from the right when too narrow) until they sum to the section width.
// - Widths count East Asian Wide, Fullwidth and Ambiguous characters as two columns.
// - Multi-line values are written as is: the newline breaks the row inside its cell.
// Colour (`--color on`, or `auto` on a terminal): row values are wrapped in bright blue
// (ESC[1m ESC[34m ... ESC[0m) and the indentation bars in dim yellow (ESC[2m ESC[33m | ESC[0m);
// titles and headers stay plain. Colour also makes the reference install colorama with
// autoreset on stdout, which appends ESC[0m after every write() call: after the first
// dashes line, and four times per section line (left bars, line, right bars, newline).
//
// cli-table3 is not used: it measures with string-width (Ambiguous characters one column),
// sizes columns to content rather than scaling them to a shared width with round-half-even,
// has no nested indented sections, centres titles differently and cannot emit colorama's
// per-write resets, so none of the reference's bytes could come out of it.
import { ownKeys } from '../python/ordered-keys.js';
import { displayWidth, terminalWidth } from './terminal-width.js';
import { isDict, pyTruthy, pyStr, pyTypeName } from '../python/values.js';
import { OutputFormatError, isContainer, sortedKeys } from './text.js';

export interface TableOptions {
  /** The outermost section's title: the operation name, `UpdateAssociationStatus`. */
  title: string;
  /** Colour styling, as `--color on` (or `auto` with stdout a terminal). */
  color: boolean;
  /** Columns to fit; defaults to terminalWidth() (80 unless stdout is a terminal). */
  width?: number;
  /**
   * Whether colorama's autoreset sequence follows every write (default: `color`). The
   * reference only resets when it writes to sys.stdout itself; when it pipes into a pager
   * (stdout a terminal and a pager configured) colour comes without the resets.
   */
  autoReset?: boolean;
}

const RESET = '\x1b[0m';
const ROW_STYLE = '\x1b[1m\x1b[34m';
const INDENT_STYLE = '\x1b[2m\x1b[33m';

type Dict = Record<string, unknown>;

/** A section title: the reference also holds None (sections begun by a list nested in a list). */
type Title = string | null;

// awscli.table.Section: rows are stored as str() of each cell; widths track the widest cell
// (and header) per column.
class Section {
  title: Title = '';
  headers: string[] = [];
  rows: string[][] = [];
  indentLevel = 0;
  private numCols: number | null = null;
  private maxWidths: number[] = [];

  addHeader(headers: string[]): void {
    this.updateMaxWidths(headers);
    if (this.numCols === null) this.numCols = headers.length;
    this.headers = headers;
  }

  addRow(row: unknown[]): void {
    if (this.numCols === null) this.numCols = row.length;
    if (row.length !== this.numCols) {
      throw new OutputFormatError(`Row should have ${this.numCols} elements, instead it has ${row.length}`);
    }
    const cells = row.map((v) => pyStr(v));
    this.rows.push(cells);
    this.updateMaxWidths(cells);
  }

  private updateMaxWidths(row: string[]): void {
    if (this.maxWidths.length === 0) {
      this.maxWidths = row.map(displayWidth);
    } else {
      // Python indexes the widths by the row's positions: headers longer than what the
      // section first held (a list of lists of dicts refills one section) overrun them.
      row.forEach((cell, i) => {
        const known = this.maxWidths[i];
        if (known === undefined) throw new OutputFormatError('list index out of range');
        this.maxWidths[i] = Math.max(displayWidth(cell), known);
      });
    }
  }

  naturalWidths(): number[] {
    return [...this.maxWidths];
  }

  /** Section.calculate_column_widths(padding=4, max_width): scaled to sum to maxWidth. */
  columnWidths(maxWidth: number): number[] {
    const unscaled = this.maxWidths.map((w) => w + 4);
    if (unscaled.length === 0) return unscaled;
    const scale = maxWidth / unscaled.reduce((a, b) => a + b, 0);
    const scaled = unscaled.map((w) => roundHalfEven(scale * w));
    let offBy = scaled.reduce((a, b) => a + b, 0) - maxWidth;
    while (offBy !== 0) {
      const order = scaled.map((_, i) => i);
      if (offBy < 0) order.reverse();
      for (const i of order) {
        if (offBy > 0) {
          scaled[i] = (scaled[i] ?? 0) - 1;
          offBy -= 1;
        } else {
          scaled[i] = (scaled[i] ?? 0) + 1;
          offBy += 1;
        }
        if (offBy === 0) break;
      }
    }
    return scaled;
  }

  /** Section.total_width(padding=4, with_border=True, outer_padding=indent_level). */
  totalWidth(): number {
    const outer = this.indentLevel * 2;
    const total = this.maxWidths.reduce((sum, w) => sum + w + 4, 0) + 2 + outer;
    return Math.max(displayWidth(titleText(this.title)) + 2 + outer, total);
  }
}

// get_text_length(None) measures str(None).
function titleText(title: Title): string {
  return title ?? 'None';
}

/** Python's round() of a float to an int: ties go to the even neighbour. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

// awscli.table.center_text. Python's ' ' * n is '' for negative n, hence the clamps.
function centerText(text: string, length: number, leftEdge: string, rightEdge: string, textLength: number): string {
  const charStart = Math.floor(length / 2) - Math.floor(textLength / 2) - 1;
  const lengthSoFar = displayWidth(leftEdge) + charStart + textLength;
  const rightSpaces = length - displayWidth(rightEdge) - lengthSoFar;
  return `${leftEdge}${spaces(charStart)}${text}${spaces(rightSpaces)}${rightEdge}`;
}

// awscli.table.align_left (left_padding=2): padding is dropped when the cell is too narrow.
function alignLeft(text: string, length: number, leftEdge: string, rightEdge: string, textLength: number): string {
  const computed = textLength + 2 + displayWidth(leftEdge) + displayWidth(rightEdge);
  const padding = length - computed >= 0 ? 2 : 0;
  const lengthSoFar = leftEdge.length + padding + textLength;
  return `${leftEdge}${spaces(padding)}${text}${spaces(length - lengthSoFar - rightEdge.length)}${rightEdge}`;
}

function spaces(n: number): string {
  return n > 0 ? ' '.repeat(n) : '';
}

// TableFormatter._build_table and helpers, filling MultiTable sections.
class TableBuilder {
  readonly sections: Section[] = [];
  private current: Section | null = null;

  newSection(title: Title, indentLevel: number): void {
    const section = new Section();
    section.title = title;
    section.indentLevel = indentLevel;
    this.sections.push(section);
    this.current = section;
  }

  private section(): Section {
    // The outermost call always opens a section before anything adds to one.
    if (this.current === null) throw new Error('table: no current section');
    return this.current;
  }

  build(title: Title, current: unknown, indentLevel: number): boolean {
    if (!pyTruthy(current)) return false;
    if (title !== null) this.newSection(title, indentLevel);
    if (Array.isArray(current)) {
      if (isDict(current[0])) {
        this.buildFromList(current, indentLevel, title);
      } else {
        for (const item of current) {
          if (!isContainer(item)) this.section().addRow([item]);
          else if (isDict(item)) this.section().addRow(ownKeys(item)); // iterating a dict yields its keys
          else if ((item as unknown[]).every((el) => !isContainer(el))) this.section().addRow(item as unknown[]);
          else this.build(null, item, 0);
        }
      }
    }
    if (isDict(current)) this.buildFromDict(current, indentLevel);
    return true;
  }

  private buildFromDict(current: Dict, indentLevel: number): void {
    const [headers, more] = groupScalarKeys(current);
    const [only] = headers;
    if (headers.length === 1 && only !== undefined) {
      this.section().addRow([only, current[only]]);
    } else if (headers.length > 0) {
      this.section().addHeader(headers);
      this.section().addRow(headers.map((k) => current[k]));
    }
    for (const key of more) this.build(key, current[key], indentLevel + 1);
  }

  private buildFromList(current: unknown[], indentLevel: number, title: Title): void {
    const headerSet = new Set<string>();
    const moreSet = new Set<string>();
    for (const item of current) {
      const [h, m] = groupScalarKeys(item);
      h.forEach((k) => headerSet.add(k));
      m.forEach((k) => moreSet.add(k));
    }
    const headers = sortedKeys(headerSet);
    const more = sortedKeys(moreSet);
    this.section().addHeader(headers);
    let first = true;
    for (const element of current) {
      if (!first && more.length > 0) {
        this.newSection(title, indentLevel);
        this.section().addHeader(headers);
      }
      first = false;
      if (isDict(element)) {
        this.section().addRow(headers.map((h) => (Object.hasOwn(element, h) ? element[h] : '')));
        for (const key of more) {
          if (Object.hasOwn(element, key)) this.build(key, element[key], indentLevel + 1);
        }
        continue;
      }
      // Only '' and [] get past groupScalarKeys without being dicts. element.get() runs once
      // per header, so it fails only when there are headers; `key in element` is a substring
      // test on '' (true for the key '', whose lookup then fails) and false on [].
      if (headers.length > 0) throw new OutputFormatError(`'${pyTypeName(element)}' object has no attribute 'get'`);
      this.section().addRow([]);
      if (element === '' && more.includes('')) throw new OutputFormatError("string indices must be integers, not 'str'");
    }
  }
}

/**
 * TableFormatter._group_scalar_keys: sorted scalar keys and sorted non-scalar keys. It
 * iterates its argument and indexes it with each item, so a non-dict crashes it the way
 * Python does (a string, number, bool or None element of a list of dicts); an empty string
 * or list yields no keys.
 */
function groupScalarKeys(current: unknown): [string[], string[]] {
  if (isDict(current)) {
    const headers: string[] = [];
    const more: string[] = [];
    for (const key of ownKeys(current)) (isContainer(current[key]) ? more : headers).push(key);
    return [sortedKeys(headers), sortedKeys(more)];
  }
  if (typeof current === 'string') {
    if (current === '') return [[], []];
    throw new OutputFormatError("string indices must be integers, not 'str'");
  }
  if (Array.isArray(current)) {
    if (current.length === 0) return [[], []];
    // current[element] for each element: only ints (and bools) index a list.
    for (const element of current) {
      const index = typeof element === 'boolean' ? Number(element) : element;
      if (typeof index !== 'number' || !Number.isInteger(index)) {
        throw new OutputFormatError(`list indices must be integers or slices, not ${pyTypeName(element)}`);
      }
      if (index < -current.length || index >= current.length) throw new OutputFormatError('list index out of range');
    }
    // Every element indexed the list, so the reference goes on with int "keys" and then
    // fails sorting them among the dicts' str keys, in an order set by str hashing (random
    // per process); this message is one of the ones it prints.
    throw new OutputFormatError("'<' not supported between instances of 'str' and 'int'");
  }
  throw new OutputFormatError(`'${pyTypeName(current)}' object is not iterable`);
}

/** awscli.table.convert_to_vertical_table: one-row sections become `header | value` rows. */
function convertToVertical(sections: Section[]): void {
  sections.forEach((section, i) => {
    const [row] = section.rows;
    if (section.rows.length === 1 && row !== undefined && section.headers.length > 0) {
      const vertical = new Section();
      vertical.title = section.title;
      vertical.indentLevel = section.indentLevel;
      const n = Math.min(section.headers.length, row.length);
      for (let j = 0; j < n; j += 1) vertical.addRow([section.headers[j], row[j]]);
      sections[i] = vertical;
    }
  });
}

/** `--output table` of a value (after --query), exactly as the reference writes it. */
export function formatTable(value: unknown, options: TableOptions): string {
  const builder = new TableBuilder();
  if (!builder.build(options.title, value, 0)) return '';
  const sections = builder.sections;
  const terminal = options.width ?? terminalWidth();
  let maxWidth = widest(sections);
  if (maxWidth > terminal) {
    convertToVertical(sections);
    maxWidth = widest(sections);
  }
  return render(sections, maxWidth, options.color, options.autoReset ?? options.color);
}

function widest(sections: Section[]): number {
  return Math.max(...sections.map((s) => s.totalWidth()));
}

function render(sections: Section[], tableWidth: number, color: boolean, autoReset: boolean): string {
  const out: string[] = [];
  // One call per write() the reference makes on stdout; colorama's autoreset follows each.
  const write = (text: string): void => {
    out.push(text);
    if (autoReset) out.push(RESET);
  };
  const styleRow = (text: string): string => (color ? `${ROW_STYLE}${text}${RESET}` : text);
  const bar = color ? `${INDENT_STYLE}|${RESET}` : '|';

  write(`${'-'.repeat(Math.max(tableWidth, 0))}\n`);
  for (const section of sections) {
    // IndentedStream: bars, the line, bars, the newline, as four writes.
    const bars = bar.repeat(section.indentLevel);
    const line = (text: string): void => {
      write(bars);
      write(text);
      write(bars);
      write('\n');
    };
    const width = tableWidth - section.indentLevel * 2;
    const lineBreak = (widths: number[]): void => {
      line(widths.map((w, i) => (i === 0 ? `+${dashes(w - 2)}+` : `${dashes(w - 1)}+`)).join(''));
    };

    if (section.title !== null && section.title !== '') {
      line(centerText(section.title, width, '|', '|', displayWidth(section.title)));
      if (section.headers.length === 0 && section.rows.length === 0) line(`+${dashes(width - 2)}+`);
    }
    if (section.headers.length > 0) {
      const widths = section.columnWidths(width);
      lineBreak(widths);
      line(
        zip(widths, section.headers)
          .map(([w, header], i) => centerText(header, w, i === 0 ? '|' : '', '|', displayWidth(header)))
          .join(''),
      );
    }
    if (section.rows.length > 0) {
      const widths = section.columnWidths(width);
      if (widths.length === 0) continue;
      lineBreak(widths);
      for (const row of section.rows) {
        line(
          zip(widths, row)
            .map(([w, cell], i) => alignLeft(styleRow(cell), w, i === 0 ? '|' : '', '|', displayWidth(cell)))
            .join(''),
        );
      }
      lineBreak(widths);
    }
  }
  return out.join('');
}

function dashes(n: number): string {
  return n > 0 ? '-'.repeat(n) : '';
}

/** Python's zip(): pairs up to the shorter sequence. */
function zip<T>(widths: number[], items: T[]): Array<[number, T]> {
  const n = Math.min(widths.length, items.length);
  const pairs: Array<[number, T]> = [];
  for (let i = 0; i < n; i += 1) pairs.push([widths[i] ?? 0, items[i] as T]);
  return pairs;
}
