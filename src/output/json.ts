// JSON output as the reference writes it: Python's json.dump(indent=4, ensure_ascii=False)
// (src/python/json-dump.ts), except that the response {} prints nothing at all.
import { dumpJson } from '../python/json-dump.js';

/** What `--output json` prints for a (queried) response. */
export function formatJson(value: unknown): string {
  if (isEmptyObject(value)) return '';
  return dumpJson(value);
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
