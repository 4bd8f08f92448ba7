// Key order for objects that stand for Python dicts. A Python dict keeps every key in the order
// it was inserted; a JavaScript object puts integer-like keys ("0", "42": array indices) first,
// ascending, whatever order they came in. The reference prints dicts in insertion order, so an
// object that receives such a key through setOwn records its keys' order in a hidden,
// non-enumerable property, and ownKeys reads it back. Objects without integer-like keys carry
// nothing: their own order is already right.

const KEY_ORDER = Symbol('ssm-assoc.keyOrder');
type Ordered = Record<string, unknown> & { [KEY_ORDER]?: string[] };

/** A canonical array index ("0" to "4294967294"), which JavaScript enumerates first. */
function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(key) && Number(key) < 4294967295;
}

/** Sets an own, enumerable property (even `__proto__`), keeping the insertion order. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  const dict = target as Ordered;
  let order = dict[KEY_ORDER];
  // The common case by plain assignment, which makes the same own, enumerable, writable and
  // configurable property on these plain objects (defineProperty is several times slower):
  // not `__proto__`, whose assignment sets the prototype, and no key that changes the order.
  const first = key.charCodeAt(0);
  if (order === undefined && key !== '__proto__' && !(first >= 0x30 && first <= 0x39 && isArrayIndex(key))) {
    dict[key] = value;
    return;
  }
  const added = !Object.prototype.hasOwnProperty.call(dict, key);
  if (added && order === undefined && isArrayIndex(key)) {
    order = Object.keys(dict);
    Object.defineProperty(dict, KEY_ORDER, { value: order });
  }
  Object.defineProperty(dict, key, { value, enumerable: true, writable: true, configurable: true });
  if (added && order !== undefined) order.push(key);
}

/** Whether the object's keys are not in JavaScript's own order (an integer-like key came after others). */
export function hasOwnKeyOrder(object: object): boolean {
  return (object as Ordered)[KEY_ORDER] !== undefined;
}

/** The object's own enumerable keys in insertion order (Object.keys, corrected where needed). */
export function ownKeys(object: object): string[] {
  const keys = Object.keys(object);
  const order = (object as Ordered)[KEY_ORDER];
  if (order === undefined) return keys;
  if (order.length === keys.length) return order;
  // Keys set without setOwn (never in this code base, but cheap to survive): after the rest.
  const present = new Set(keys);
  const ordered = order.filter((key) => present.has(key));
  const known = new Set(ordered);
  return [...ordered, ...keys.filter((key) => !known.has(key))];
}

export function ownEntries<T>(object: Record<string, T>): Array<[string, T]> {
  return ownKeys(object).map((key) => [key, object[key] as T]);
}

export function ownValues<T>(object: Record<string, T>): T[] {
  return ownKeys(object).map((key) => object[key] as T);
}
