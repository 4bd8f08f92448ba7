// `--output text`: awscli.text.format_text, line for line. Scalars print through Python's str()
// and values nested where a scalar was expected through repr() (src/python/values.ts).
//
// Layout rules reproduced (awscli/text.py):
// - A scalar prints as str(value) and a newline: strings as is, `True`/`False`, `None`, ints
//   in decimal, floats as Python's repr (`2.5`, `2.0`, `1e-05`, `1.5e+300`).
// - A dict prints one tab-separated line of its scalar values, in key order sorted by code
//   point, prefixed by the upper-cased key it sits under (none at the top level); a dict with
//   no scalar values prints no line. Its list and dict values follow, by sorted key, each
//   under its own key as identifier.
// - A list of scalars prints one `IDENTIFIER\tvalue` line per element, or, with no
//   identifier (top level), all elements on one tab-separated line. An empty list prints
//   nothing.
// - A list holding any dict prints every element as a dict whose scalar columns are the
//   union of the elements' scalar keys (sorted); an element lacking a key prints '' there,
//   and one whose value for it is a list or dict prints Python's repr of it. A non-dict
//   element makes the reference crash (`'str' object has no attribute 'items'`).
// - A list holding lists (no dicts) prints its scalars as one scalar list, then each nested
//   list under the same identifier.
// Output is streamed by the reference, so a crash leaves the lines written before it on
// stdout; OutputFormatError carries them.
import { CliError } from '../errors.js';
import { compareStrings, isDict, pyStr, pyTypeName } from '../python/values.js';

/**
 * A crash of the reference's formatter on a value it cannot lay out: the reference prints
 * Python's exception message as an error (exit 255) after whatever it had already written
 * to stdout, which `partialOutput` holds.
 */
export class OutputFormatError extends CliError {
  constructor(message: string, partialOutput = '') {
    super('other', message, { partialOutput });
    this.name = 'OutputFormatError';
  }
}

// Values follow the project's value model (src/python/values.ts): an integral JS
// number is a Python int, any other number a float, PyFloat an integral float (`2.0`).
type Dict = Record<string, unknown>;

/** Python's isinstance(value, (list, dict)); PyFloat is an object but a scalar. */
export function isContainer(value: unknown): boolean {
  return Array.isArray(value) || isDict(value);
}

/** Python's sorted() of str keys: by code point. */
export function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort(compareStrings);
}

/** `--output text` of a value (after --query), exactly as the reference writes it. */
export function formatText(value: unknown): string {
  const out: string[] = [];
  try {
    formatItem(value, out, null, null);
  } catch (error) {
    if (error instanceof OutputFormatError) throw new OutputFormatError(error.message, out.join(''));
    throw error;
  }
  return out.join('');
}

function formatItem(item: unknown, out: string[], identifier: string | null, scalarKeys: string[] | null): void {
  if (isDict(item)) formatDict(item, out, identifier, scalarKeys);
  else if (Array.isArray(item)) formatList(item, out, identifier);
  else out.push(`${pyStr(item)}\n`);
}

function formatList(item: unknown[], out: string[], identifier: string | null): void {
  if (item.length === 0) return;
  if (item.some(isDict)) {
    const allKeys = allScalarKeys(item);
    for (const element of item) formatItem(element, out, identifier, allKeys);
  } else if (item.some(Array.isArray)) {
    const scalars = item.filter((el) => !isContainer(el));
    if (scalars.length > 0) formatScalarList(scalars, out, identifier);
    for (const nonScalar of item.filter(isContainer)) formatItem(nonScalar, out, identifier, null);
  } else {
    formatScalarList(item, out, identifier);
  }
}

function formatScalarList(elements: unknown[], out: string[], identifier: string | null): void {
  if (identifier !== null) {
    const prefix = identifier.toUpperCase();
    for (const element of elements) out.push(`${prefix}\t${pyStr(element)}\n`);
  } else {
    out.push(`${elements.map((v) => pyStr(v)).join('\t')}\n`);
  }
}

function formatDict(item: Dict, out: string[], identifier: string | null, scalarKeys: string[] | null): void {
  const scalars: string[] = [];
  const nonScalars: Array<[string, unknown]> = [];
  if (scalarKeys === null) {
    for (const key of sortedKeys(Object.keys(item))) {
      const value = item[key];
      if (isContainer(value)) nonScalars.push([key, value]);
      else scalars.push(pyStr(value));
    }
  } else {
    // Columns shared by every element of the list: a missing key prints '', and a key that
    // is scalar elsewhere but a list or dict here prints Python's repr of it.
    for (const key of scalarKeys) scalars.push(Object.hasOwn(item, key) ? pyStr(item[key]) : '');
    const shared = new Set(scalarKeys);
    for (const key of sortedKeys(Object.keys(item).filter((k) => !shared.has(k)))) nonScalars.push([key, item[key]]);
  }
  if (scalars.length > 0) {
    if (identifier !== null) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join('\t')}\n`);
  }
  for (const [key, value] of nonScalars) formatItem(value, out, key, null);
}

function allScalarKeys(list: unknown[]): string[] {
  const seen = new Set<string>();
  for (const element of list) {
    // The reference calls .items() on every element; anything but a dict crashes it.
    if (!isDict(element)) throw new OutputFormatError(`'${pyTypeName(element)}' object has no attribute 'items'`);
    for (const [key, value] of Object.entries(element)) if (!isContainer(value)) seen.add(key);
  }
  return sortedKeys(seen);
}
