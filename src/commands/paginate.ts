// Pagination as botocore's PageIterator does it (botocore/paginate.py), for the paginators
// ssm-assoc wires: flat input/output tokens, one or more result keys, an optional limit key.
// Pure: the request loop takes the call as a function, pages come out one by one (text and
// yaml-stream output print them as they come), and `fullResult` merges them as
// build_full_result does. The resume token is botocore's own: base64 of json.dumps of
// {input token: value, ..., "boto_truncate_amount": n}.
import type { PaginatorModel } from '../model/shapes.js';
import { PAGING_OPTIONS } from '../model/options.js';
import { pyStringRepr } from '../python/repr.js';
import { CliError } from '../errors.js';

type Page = Record<string, unknown>;
type TokenMap = Record<string, unknown>;

export interface PaginateOptions {
  startingToken?: string;
  /** An int of the value model (python/values.ts): the request's limit member as it is sent. */
  pageSize?: number | bigint;
  maxItems?: number;
}

/** The same service token twice in a row: botocore's PaginationError (exit 255). */
export class RepeatedToken extends CliError {
  constructor(message: string) {
    super('other', message);
  }
}

const asList = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);

// json.dumps with its default separators and ensure_ascii: non-ASCII as lower-case \uXXXX.
function pyDumps(value: TokenMap): string {
  const body = Object.entries(value)
    .map(([key, item]) => `${JSON.stringify(key)}: ${JSON.stringify(item)}`)
    .join(', ');
  return `{${body}}`.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** TokenEncoder.encode for tokens of strings and numbers. */
export function encodeToken(token: TokenMap): string {
  return Buffer.from(pyDumps(token), 'utf8').toString('base64');
}

/**
 * TokenDecoder.decode plus the truncation index it carries; what does not decode to an object
 * is read as botocore's old-style token (`tok1___tok2___index`, or the whole text as the
 * service's own token), as _parse_starting_token_deprecated does.
 */
export function decodeToken(text: string, inputTokens: string[] = ['NextToken']): { token: TokenMap; index: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const token = { ...(parsed as TokenMap) };
    const index = typeof token.boto_truncate_amount === 'number' ? token.boto_truncate_amount : 0;
    delete token.boto_truncate_amount;
    return { token, index };
  }
  let parts = text.split('___');
  let index = 0;
  if (parts.length === inputTokens.length + 1) {
    const last = parts[parts.length - 1]!;
    if (/^\s*[+-]?\d+\s*$/.test(last)) {
      index = Number(last);
      parts = parts.slice(0, -1);
    } else parts = [text];
  }
  const token: TokenMap = {};
  inputTokens.forEach((name, i) => {
    const part = parts[i];
    token[name] = part === undefined || part === 'None' ? null : part;
  });
  return { token, index };
}

/** A token map as Python prints the dict (strings and None only). */
function dictRepr(tokens: TokenMap): string {
  const items = Object.entries(tokens).map(([k, v]) => `${pyStringRepr(k)}: ${typeof v === 'string' ? pyStringRepr(v) : v === null ? 'None' : String(v)}`);
  return `{${items.join(', ')}}`;
}

function nextTokens(model: PaginatorModel, page: Page): TokenMap {
  if (model.more_results !== undefined && !page[model.more_results]) return {};
  const outputs = asList(model.output_token);
  const tokens: TokenMap = {};
  asList(model.input_token).forEach((input, i) => {
    const value = page[outputs[i]!];
    tokens[input] = value ? value : null;
  });
  return tokens;
}

function inject(request: Page, tokens: TokenMap): void {
  for (const [name, value] of Object.entries(tokens)) {
    if (value !== null && value !== undefined && value !== 'None') request[name] = value;
    else delete request[name];
  }
}

/** What a run of pages leaves behind: the resume token when --max-items stopped it early. */
export interface PageRun {
  resumeToken?: string;
}

/**
 * The pages of one paginated command, fetched with `call` as PageIterator.__iter__ does.
 * `run.resumeToken` is set once the generator is done if the run stopped on --max-items.
 */
export async function* pages(
  call: (request: Page) => Promise<Page>,
  input: Page,
  model: PaginatorModel,
  options: PaginateOptions,
  run: PageRun,
): AsyncGenerator<Page> {
  const request: Page = { ...input };
  const resultKey = asList(model.result_key)[0]!;
  const starting = options.startingToken === undefined ? undefined : decodeToken(options.startingToken, asList(model.input_token));
  let next: TokenMap = starting?.token ?? Object.fromEntries(asList(model.input_token).map((k) => [k, null]));
  if (starting !== undefined) inject(request, starting.token);
  if (options.pageSize !== undefined && model.limit_key !== undefined) request[model.limit_key] = options.pageSize;
  let total = 0;
  let first = true;
  let previous: string | undefined;
  for (;;) {
    const page = await call({ ...request });
    let startTruncation = 0;
    if (first && starting !== undefined) {
      startTruncation = starting.index;
      const data = page[resultKey];
      page[resultKey] = Array.isArray(data) || typeof data === 'string' ? data.slice(startTruncation) : null;
      for (const key of asList(model.result_key).slice(1)) {
        const sample = page[key];
        page[key] = Array.isArray(sample) ? [] : typeof sample === 'string' ? '' : typeof sample === 'number' ? 0 : null;
      }
    }
    first = false;
    const current = (page[resultKey] as unknown[] | null | undefined) ?? [];
    const over = options.maxItems === undefined ? 0 : total + current.length - options.maxItems;
    if (over > 0) {
      const keep = current.length - over;
      page[resultKey] = current.slice(0, keep);
      run.resumeToken = encodeToken({ ...next, boto_truncate_amount: keep + startTruncation });
      yield page;
      return;
    }
    yield page;
    total += current.length;
    next = nextTokens(model, page);
    if (Object.values(next).every((t) => t === null)) return;
    if (options.maxItems !== undefined && total === options.maxItems) {
      run.resumeToken = encodeToken(next);
      return;
    }
    const key = JSON.stringify(next);
    if (previous === key) throw new RepeatedToken(`Error during pagination: The same next token was received twice: ${dictRepr(next)}`);
    inject(request, next);
    previous = key;
  }
}

/** The paging options given where there is no paging: paginate.py's usage error, or undefined when none is. */
function pagingConflict(options: PaginateOptions): CliError | undefined {
  const flags = PAGING_OPTIONS.filter((spec) => options[spec.key as keyof PaginateOptions] !== undefined).map((spec) => spec.flag);
  return flags.length > 0 ? new CliError('usage', `Cannot specify --no-paginate along with pagination arguments: ${flags.join(', ')}`) : undefined;
}

/**
 * Whether a request pages (paginate.py): the operation has a paginator, --no-paginate is not
 * given, and the request holds neither the operation's own token nor its limit (giving one
 * turns pagination off). Where it does not page, the paging options are a usage error, thrown.
 */
export function pagesRequest(model: PaginatorModel | undefined, noPaginate: boolean, params: Page, options: PaginateOptions): boolean {
  if (model === undefined) return false;
  const on = !noPaginate && ![model.input_token, model.limit_key ?? []].flat().some((member) => params[member] !== undefined);
  if (!on) {
    const conflict = pagingConflict(options);
    if (conflict !== undefined) throw conflict;
  }
  return on;
}

/** Every page of one request (or up to --max-items), merged as build_full_result merges them. */
export async function mergedPages(call: (request: Page) => Promise<Page>, input: Page, model: PaginatorModel, options: PaginateOptions): Promise<Page> {
  const run: PageRun = {};
  const all: Page[] = [];
  for await (const page of pages(call, input, model, options, run)) all.push(page);
  return fullResult(all, model, run);
}

/** build_full_result: result keys concatenated, non-aggregate keys from the first page, NextToken last. */
export function fullResult(all: Page[], model: PaginatorModel, run: PageRun): Page {
  const result: Page = {};
  for (const page of all) {
    for (const key of asList(model.result_key)) {
      const value = page[key];
      if (value === null || value === undefined) continue;
      const existing = result[key];
      if (existing === undefined || existing === null) result[key] = Array.isArray(value) ? [...value] : value;
      else if (Array.isArray(value)) (existing as unknown[]).push(...value);
      else if (typeof value === 'number' || typeof value === 'string') result[key] = (existing as never) + (value as never);
    }
  }
  const firstPage = all[0];
  for (const key of model.non_aggregate_keys ?? []) {
    if (firstPage !== undefined) result[key] = firstPage[key] ?? null;
  }
  if (run.resumeToken !== undefined) result.NextToken = run.resumeToken;
  return result;
}
