// Chooses the formatter for --output and applies --query first, as the reference's formatters
// do. Formatters other than JSON, and the JMESPath engine, load only when asked for: most calls
// print JSON without a query, and start-up time is a feature.
import type { OutputFormat } from '../cli/options.js';
import { OPERATION_NAME } from '../model/shapes.js';
import { formatJson } from './json.js';

export interface OutputOptions {
  output: OutputFormat;
  query: string | undefined;
  color: 'on' | 'off' | 'auto';
  stdoutIsTty: boolean;
  env: Record<string, string | undefined>;
}

export type Formatter = (data: unknown) => Promise<string>;

/** Whether table output is coloured: `on` always, `auto` only on a terminal without NO_COLOR. */
export function useColor(options: Pick<OutputOptions, 'color' | 'stdoutIsTty' | 'env'>): boolean {
  if (options.color === 'on') return true;
  if (options.color === 'off') return false;
  return options.stdoutIsTty && (options.env.NO_COLOR ?? '') === '';
}

/** Compiles the query now (a bad expression fails before anything is sent) and returns the formatter. */
export async function createFormatter(options: OutputOptions): Promise<Formatter> {
  let query: ((data: unknown) => unknown) | undefined;
  if (options.query !== undefined) {
    const { compileQuery, applyQuery } = await import('./query.js');
    const compiled = compileQuery(options.query);
    query = (data) => applyQuery(compiled, data, { preserveFloats: true });
  }
  return async (data) => {
    const value = query ? query(data) : data;
    switch (options.output) {
      case 'json':
        return formatJson(value);
      case 'yaml':
        return (await import('./yaml.js')).formatYaml(value);
      case 'yaml-stream':
        return (await import('./yaml.js')).formatYamlStream(value);
      case 'text':
        return (await import('./text.js')).formatText(value);
      case 'table':
        return (await import('./table.js')).formatTable(value, { title: OPERATION_NAME, color: useColor(options) });
    }
  };
}
