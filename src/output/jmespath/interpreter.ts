// Evaluates a parsed JMESPath expression the way jmespath 1.0.1's TreeInterpreter does
// (jmespath/visitor.py): projections drop nulls, comparisons order only numbers and strings
// (a string against a number raises Python's TypeError), `==` is Python's with its 0/1 versus
// true/false special case, and slices follow Python's list slicing.
import { ownValues } from '../../python/ordered-keys.js';
import { callFunction } from './functions.js';
import { JmespathPythonError } from './errors.js';
import type { Node } from './parser.js';
import {
  ExpressionReference,
  getKey,
  isDict,
  isNumber,
  numberValue,
  pyEquals,
  setKey,
  type Dict,
} from '../../python/values.js';
import { isFalse, pyLess } from './values.js';

export function evaluate(node: Node, value: unknown): unknown {
  switch (node.type) {
    case 'subexpression':
    case 'index_expression':
    case 'pipe': {
      let result = value;
      for (const child of node.children) result = evaluate(child, result);
      return result;
    }
    case 'field':
      return isDict(value) ? getKey(value, node.value as string) : null;
    case 'comparator':
      return compare(node, value);
    case 'current':
    case 'identity':
      return value;
    case 'expref': {
      const inner = node.children[0] as Node;
      return new ExpressionReference(inner, (v) => evaluate(inner, v));
    }
    case 'function_expression': {
      const args = node.children.map((child) => evaluate(child, value));
      return callFunction(node.value as string, args);
    }
    case 'filter_projection': {
      const [left, right, condition] = node.children as [Node, Node, Node];
      const base = evaluate(left, value);
      if (!Array.isArray(base)) return null;
      const collected: unknown[] = [];
      for (const element of base) {
        if (!isFalse(evaluate(condition, element))) {
          const current = evaluate(right, element);
          if (current !== null) collected.push(current);
        }
      }
      return collected;
    }
    case 'flatten': {
      const base = evaluate(node.children[0] as Node, value);
      if (!Array.isArray(base)) return null;
      const merged: unknown[] = [];
      for (const element of base) {
        if (Array.isArray(element)) merged.push(...element);
        else merged.push(element);
      }
      return merged;
    }
    case 'index': {
      if (!Array.isArray(value)) return null;
      const i = node.value as number;
      const at = i < 0 ? value.length + i : i;
      return at >= 0 && at < value.length ? value[at] : null;
    }
    case 'slice':
      return Array.isArray(value) ? slice(value, node.slice ?? [null, null, null]) : null;
    case 'literal':
      return node.value;
    case 'multi_select_dict': {
      if (value === null) return null;
      const collected: Dict = {};
      for (const pair of node.children) {
        setKey(collected, pair.value as string, evaluate(pair.children[0] as Node, value));
      }
      return collected;
    }
    case 'multi_select_list':
      if (value === null) return null;
      return node.children.map((child) => evaluate(child, value));
    case 'or_expression': {
      const matched = evaluate(node.children[0] as Node, value);
      return isFalse(matched) ? evaluate(node.children[1] as Node, value) : matched;
    }
    case 'and_expression': {
      const matched = evaluate(node.children[0] as Node, value);
      return isFalse(matched) ? matched : evaluate(node.children[1] as Node, value);
    }
    case 'not_expression': {
      const result = evaluate(node.children[0] as Node, value);
      // Python's `not` on a number is false unless it is 0, and jmespath special-cases 0 too.
      if (isNumber(result)) return false;
      return isFalse(result);
    }
    case 'projection':
    case 'value_projection': {
      const base = evaluate(node.children[0] as Node, value);
      let elements: unknown[];
      if (node.type === 'projection') {
        if (!Array.isArray(base)) return null;
        elements = base;
      } else {
        if (!isDict(base)) return null;
        elements = ownValues(base);
      }
      const collected: unknown[] = [];
      for (const element of elements) {
        const current = evaluate(node.children[1] as Node, element);
        if (current !== null) collected.push(current);
      }
      return collected;
    }
    default:
      throw new Error(`jmespath: unknown node type ${node.type}`);
  }
}

const ORDERING: Record<string, '<' | '<=' | '>' | '>='> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };

function compare(node: Node, value: unknown): boolean | null {
  const left = evaluate(node.children[0] as Node, value);
  const right = evaluate(node.children[1] as Node, value);
  if (node.value === 'eq') return equals(left, right);
  if (node.value === 'ne') return !equals(left, right);
  if (!comparable(left) || !comparable(right)) return null;
  return pyLess(left, right, ORDERING[node.value as string] as '<' | '<=' | '>' | '>=');
}

function comparable(x: unknown): boolean {
  return isNumber(x) || typeof x === 'string';
}

/** jmespath's _equals: 0 and 1 never equal false and true, otherwise Python's ==. */
function equals(x: unknown, y: unknown): boolean {
  if (isNumber(x) && (numberValue(x) === 0 || numberValue(x) === 1) && typeof y === 'boolean') return false;
  if (isNumber(y) && (numberValue(y) === 0 || numberValue(y) === 1) && typeof x === 'boolean') return false;
  return pyEquals(x, y);
}

/** Python's list[start:stop:step]. */
function slice(list: unknown[], [start, stop, step]: [number | null, number | null, number | null]): unknown[] {
  const length = list.length;
  const s = step ?? 1;
  if (s === 0) throw new JmespathPythonError('slice step cannot be zero', 'invalid-value');
  const lower = s < 0 ? -1 : 0;
  const upper = s < 0 ? length - 1 : length;
  const bound = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    let b = v < 0 ? v + length : v;
    if (b < lower) b = lower;
    else if (b > upper) b = upper;
    return b;
  };
  const from = bound(start, s < 0 ? upper : lower);
  const to = bound(stop, s < 0 ? lower : upper);
  const out: unknown[] = [];
  if (s > 0) for (let i = from; i < to; i += s) out.push(list[i]);
  else for (let i = from; i > to; i += s) out.push(list[i]);
  return out;
}
