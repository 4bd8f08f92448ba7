// Python's json.loads, as the reference's lexer uses it for `literals` and "quoted identifiers":
// the project's CPython decoder (src/python/json-load.ts, the same one that reads option
// values and response bodies), its values in the JMESPath value model. Its messages are the
// scanner's; the lexer shows the part before the first colon.
import { parsePythonJson, PythonJsonError } from '../../python/json-load.js';
import { fromPythonJson } from '../../python/values.js';

export class JsonDecodeError extends Error {
  override name = 'JsonDecodeError';
}

export function pythonJsonLoads(text: string): unknown {
  try {
    return fromPythonJson(parsePythonJson(text));
  } catch (error) {
    if (error instanceof PythonJsonError) throw new JsonDecodeError(error.message);
    throw error;
  }
}
