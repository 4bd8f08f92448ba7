// The documentation examples of the operations (awscli/examples/ssm/OPERATION.rst, cut into
// examples.json by scripts/cut-examples.mjs with the commands spelled the way this tool runs
// them), read into blocks a help page lays out: paragraphs (titles, prose, `Output:`) and code
// (commands and the documented outputs). Only the reStructuredText those files use is read:
// paragraphs, literal blocks after `::`, and inline bold, emphasis, literals and links. An
// operation without an example has no EXAMPLES section, as in the reference.
import examplesJson from './examples.json' with { type: 'json' };

export type ExampleBlock = { kind: 'paragraph'; text: string } | { kind: 'code'; text: string };

/** The note awscli puts before every operation's examples (customizations/addexamples.py). */
export const EXAMPLES_NOTE =
  "<p>To use the following examples, you must have the AWS CLI installed and configured. See the <a href='https://docs.aws.amazon.com/cli/latest/userguide/cli-chap-getting-started.html'>Getting started guide</a> in the <i>AWS CLI User Guide</i> for more information.</p><p>Unless otherwise stated, all examples have unix-like quotation rules. These examples will need to be adapted to your terminal's quoting rules. See <a href='https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters-quoting-strings.html'>Using quotation marks with strings</a> in the <i>AWS CLI User Guide</i>.</p>";

/** Inline markup as text: `**T**`, `*T*`, ``` ``T`` ```, `` `T` ``, `` `T <url>`__ ``. */
const inline = (text: string): string =>
  text
    .replace(/`([^`<]*?)\s*<[^>]*>`__?/g, '$1')
    .replace(/``(.+?)``/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*([^*\s][^*]*)\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** reStructuredText (the subset above) as blocks. */
export function exampleBlocks(rst: string): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  const lines = rst.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  let literalNext = false;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (/^\s/.test(line)) {
      // An indented block: literal after `::`, otherwise (not used by these files) plain text.
      const start = i;
      while (i < lines.length && (lines[i]!.trim() === '' || /^\s/.test(lines[i]!))) i++;
      const body = lines.slice(start, i).map((l) => l.replace(/\s+$/, ''));
      while (body[body.length - 1] === '') body.pop();
      const indent = Math.min(...body.filter((l) => l !== '').map((l) => l.length - l.trimStart().length));
      const text = body.map((l) => l.slice(indent)).join('\n');
      blocks.push(literalNext ? { kind: 'code', text } : { kind: 'paragraph', text: inline(text) });
      literalNext = false;
      continue;
    }
    const start = i;
    while (i < lines.length && lines[i]!.trim() !== '' && !/^\s/.test(lines[i]!)) i++;
    let text = lines.slice(start, i).join(' ').trim();
    literalNext = text.endsWith('::');
    // `Text ::` introduces a literal block and prints `Text`; `Output::` prints `Output:`.
    if (literalNext) text = /\s::$/.test(text) ? text.replace(/\s*::$/, '') : text.slice(0, -1);
    if (text !== '') blocks.push({ kind: 'paragraph', text: inline(text) });
  }
  return blocks;
}

const EXAMPLE_RST: Readonly<Record<string, string>> = examplesJson.examples;

/** The examples of an operation, by its API name; undefined where it has none. */
export function operationExamples(operation: string): ExampleBlock[] | undefined {
  const rst = EXAMPLE_RST[operation];
  return rst === undefined ? undefined : exampleBlocks(rst);
}
