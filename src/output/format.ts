// Chooses the formatter for --output and applies --query first, as the reference's formatters
// do, and decides whether table output is coloured. Every formatter and the JMESPath engine are
// imported statically: the bundle is one script with a code cache, where evaluating them up
// front costs less than loading them later would (README, design notes: Tree-shaking kept).
import { OUTPUT_FORMATS } from '../model/options.js';
import { CliError } from '../errors.js';
import { formatJson } from './json.js';
import { applyQuery, compileQuery } from './query.js';
import { formatTable } from './table.js';
import { formatText } from './text.js';
import { formatYaml, formatYamlStream } from './yaml.js';

export interface OutputOptions {
  /**
   * The output setting as resolved (--output, AWS_DEFAULT_OUTPUT, the profile, json). A value
   * that names no format (from the environment or a profile; --output has choices) fails only
   * when the response is formatted, as the reference's get_formatter does: after the call.
   */
  output: string;
  /** The operation's model name: the table's title. */
  operationName: string;
  query: string | undefined;
  color: 'on' | 'off' | 'auto';
  stdoutIsTty: boolean;
  env: Record<string, string | undefined>;
  /**
   * The output goes to a pager (src/output/pager.ts). The reference then writes the table to
   * the pager's pipe, not to the colorama-wrapped stdout, so coloured tables lose the reset
   * sequence colorama appends after every write.
   */
  paged?: boolean;
}

export type Formatter = (data: unknown) => Promise<string>;

/**
 * Whether table output is coloured: `on` always, `off` never, `auto` only on a terminal and
 * without NO_COLOR (set and not empty, as no-color.org defines it). The reference ignores
 * NO_COLOR; honouring it is deliberate. JSON, text and YAML are never coloured.
 */
export function useColor(options: Pick<OutputOptions, 'color' | 'stdoutIsTty' | 'env'>): boolean {
  if (options.color === 'on') return true;
  if (options.color === 'off') return false;
  return options.stdoutIsTty && (options.env.NO_COLOR ?? '') === '';
}

/** Compiles the query now (a bad expression fails before anything is sent) and returns the formatter. */
export async function createFormatter(options: OutputOptions): Promise<Formatter> {
  let query: ((data: unknown) => unknown) | undefined;
  if (options.query !== undefined) {
    const compiled = compileQuery(options.query);
    query = (data) => applyQuery(compiled, data, { preserveFloats: true });
  }
  return async (data) => {
    // get_formatter() fails before the query is applied (a query's runtime error comes second).
    if (!(OUTPUT_FORMATS as readonly string[]).includes(options.output)) {
      throw new CliError('other', `Unknown output type: ${options.output}`);
    }
    const value = query ? query(data) : data;
    switch (options.output) {
      case 'json':
        return formatJson(value);
      case 'yaml':
        return formatYaml(value);
      case 'yaml-stream':
        return formatYamlStream(value);
      case 'text':
        return formatText(value);
      case 'table':
        return formatTable(value, {
          title: options.operationName,
          color: useColor(options),
          ...(options.paged ? { autoReset: false } : {}),
        });
    }
    throw new CliError('other', `Unknown output type: ${options.output}`); // unreachable: checked above
  };
}
