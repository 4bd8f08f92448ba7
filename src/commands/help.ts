// Help pages: `ssm-assoc OPERATION help` (the operation's manual page, built from the service
// model's documentation and the AWS CLI's examples the way the reference's clidocs lays it out;
// test/fixtures/help holds the reference's pages it is compared with) and
// `ssm-assoc help` (the command list). Plain text, 78 columns, no roff and no escapes: the
// reference pipes roff through groff, and what a reader keeps of that is the text below.
import { GLOBAL_OPTIONS, PAGING_OPTIONS, operationOptions, type OptionSpec } from '../model/options.js';
import { model, type ShapeSet, type Shape, type StructureShape } from '../model/shapes.js';
import { OPERATIONS, type Operation } from '../model/operations.js';
import { EXAMPLES_NOTE, operationExamples, type ExampleBlock } from '../model/examples.js';
import { documentationBlocks, firstSentence, type Block } from '../model/documentation.js';

const PROGRAM = 'ssm-assoc';
/** groff's ascii line length for man pages: the reference's help never goes past column 78. */
const WIDTH = 78;
/**
 * Columns of nested blocks. reStructuredText nests by 3.5 ens and groff rounds, so the
 * reference's indents step by 3 and 4 in turn: 7, 10, 14, 17, 21, ...
 */
const indentAt = (depth: number): number => 7 + Math.floor(depth * 3.5);
const SECTION = indentAt(0);


/**
 * A word too long for a line, cut after commas, hyphens or slashes (as groff breaks the
 * reference's long `Key=...,Values=...` examples), and hard only where none is near.
 */
function breakLongWord(word: string, room: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > room) {
    const head = rest.slice(0, room);
    const comma = head.lastIndexOf(',');
    const at = comma >= room / 3 ? comma : Math.max(head.lastIndexOf('-'), head.lastIndexOf('/'));
    const cut = at >= room / 3 ? at + 1 : room;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/** Greedy word wrap at WIDTH columns, the first line after `firstPrefix`, the others after `restPrefix`. */
function wrap(text: string, column: number, firstPrefix = '', restPrefix = firstPrefix.replace(/./g, ' ')): string[] {
  const lines: string[] = [];
  let line = '';
  let prefix = firstPrefix;
  const room = Math.max(20, WIDTH - column - Math.max(firstPrefix.length, restPrefix.length));
  const words = text
    .split(' ')
    .filter((w) => w !== '')
    .flatMap((w) => (w.length > room ? breakLongWord(w, room) : [w]));
  for (const word of words) {
    if (line !== '' && column + prefix.length + line.length + 1 + word.length > WIDTH) {
      lines.push(' '.repeat(column) + prefix + line);
      line = word;
      prefix = restPrefix;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(' '.repeat(column) + prefix + line);
  return lines;
}

/** The column one nesting step inside `column`. */
function deeper(column: number): number {
  for (let depth = 0; depth < 40; depth++) if (indentAt(depth) === column) return indentAt(depth + 1);
  return column + 3;
}

/** Blocks at a column, each followed by a blank line (blank runs collapse on output). */
function renderBlocks(blocks: Block[], column: number): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      lines.push(...wrap(block.text, column), '');
    } else if (block.kind === 'note') {
      lines.push(' '.repeat(column) + block.label, ...renderBlocks(block.blocks, deeper(column)));
    } else {
      for (const item of block.items) {
        const [first, ...rest] = item;
        if (first?.kind === 'paragraph') {
          lines.push(...wrap(first.text, column, 'o '), '', ...renderBlocks(rest, column + 2), '');
        } else {
          lines.push(' '.repeat(column) + 'o', ...renderBlocks(item, column + 2), '');
        }
      }
    }
  }
  return lines;
}

/** Joins lines, collapsing runs of blank lines into one and trimming trailing spaces. */
function joinLines(lines: string[]): string {
  const out: string[] = [];
  for (const line of lines.map((l) => l.replace(/\s+$/, ''))) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Shapes as the reference's help shows them: `Name -> (type)` with the documentation below and
// the members (structures), `key`/`value` (maps) or the unnamed member (lists) nested inside.

function typeName(shape: Shape): string {
  return shape.type;
}

/** Lines for one member at nesting depth `depth`; `name` undefined for a list's member. */
function shapeLines(shapes: ShapeSet, name: string | undefined, shape: Shape, documentation: string | undefined, depth: number, seen: string[]): string[] {
  const column = indentAt(depth);
  const title = name === undefined ? `(${typeName(shape)})` : `${name} -> (${typeName(shape)})`;
  // Only an option's own enum lists its values (clidocs' _document_enums); a member's does not.
  return [' '.repeat(column) + title, ...renderBlocks(documentationBlocks(documentation), indentAt(depth + 1)), ...childLines(shapes, shape, depth + 1, seen), ''];
}

function childLines(shapes: ShapeSet, shape: Shape, depth: number, seen: string[]): string[] {
  const lines: string[] = [];
  if (shape.type === 'structure') {
    for (const [member, memberShape, ref] of shapes.members(shape)) {
      // A recursive shape is shown once; its repetition would never end.
      if (seen.includes(ref.shape)) {
        lines.push(' '.repeat(indentAt(depth)) + `${member} -> (${typeName(memberShape)})`, '');
        continue;
      }
      lines.push(...shapeLines(shapes, member, memberShape, ref.documentation ?? memberShape.documentation, depth, [...seen, ref.shape]));
    }
  } else if (shape.type === 'list') {
    const member = shapes.named(shape.member.shape);
    lines.push(...shapeLines(shapes, undefined, member, shape.member.documentation ?? member.documentation, depth, [...seen, shape.member.shape]));
  } else if (shape.type === 'map') {
    const key = shapes.named(shape.key.shape);
    const value = shapes.named(shape.value.shape);
    lines.push(
      ...shapeLines(shapes, 'key', key, shape.key.documentation ?? key.documentation, depth, seen),
      ...shapeLines(shapes, 'value', value, shape.value.documentation ?? value.documentation, depth, [...seen, shape.value.shape]),
    );
  }
  return lines;
}

const COMPLEX = new Set(['structure', 'list', 'map']);

/** Whether an option takes shorthand syntax (argprocess.py's _supports_shorthand_syntax). */
function supportsShorthand(shapes: ShapeSet, shape: Shape): boolean {
  return shape.type === 'list' ? COMPLEX.has(shapes.named(shape.member.shape).type) : COMPLEX.has(shape.type);
}

/** Shorthand nested deeper than this is too complex to show (ParamShorthandDocGen._MAX_STACK). */
const MAX_SHORTHAND_STACK = 3;
class TooComplex extends Error {}

function shorthandDocs(shapes: ShapeSet, shape: Shape, stack: string[]): string {
  if (stack.length > MAX_SHORTHAND_STACK) throw new TooComplex();
  switch (shape.type) {
    case 'structure': {
      const inner = shapes
        .members(shape)
        .map(([member, memberShape, ref]) => {
          if (stack.includes(ref.shape)) return `${member}=( ... recursive ... )`;
          return `${member}=${shorthandDocs(shapes, memberShape, [...stack, ref.shape])}`;
        })
        .join(',');
      return stack.length === 0 ? inner : `{${inner}}`;
    }
    case 'list': {
      const member = shapes.named(shape.member.shape);
      const element = shorthandDocs(shapes, member, [...stack, shape.member.shape]);
      return COMPLEX.has(member.type) || stack.length > 1 ? `[${element},${element}]` : `${element},${element}`;
    }
    case 'map': {
      const key = shapes.named(shape.key.shape);
      const value = shorthandDocs(shapes, shapes.named(shape.value.shape), stack);
      const start = `KeyName1=${value},KeyName2=${value}`;
      if (key.type === 'string' && key.enum !== undefined && stack.length === 0) {
        return `${start}\n\nWhere valid key names are:\n${key.enum.map((k) => `  ${k}\n`).join('')}`;
      }
      return stack.length === 0 ? start : `{${start}}`;
    }
    default:
      return shape.type;
  }
}

/**
 * An option's shorthand example (ParamShorthandDocGen.generate_shorthand_example):
 * `Date=timestamp,Name=string,...`, a list's member followed by ` ...`; '' where it would be
 * too deep to show.
 */
export function shorthandSyntax(shapes: ShapeSet, shape: Shape): string {
  try {
    return shape.type === 'list' ? `${shorthandDocs(shapes, shapes.named(shape.member.shape), [])} ...` : shorthandDocs(shapes, shape, []);
  } catch (error) {
    if (error instanceof TooComplex) return '';
    throw error;
  }
}

const SCALAR = (shape: Shape): boolean => !COMPLEX.has(shape.type);

/** A scalar as the JSON syntax shows it (clidocs' _json_example_value_name). */
function jsonValueName(shape: Shape, includeEnum = true): string {
  if (shape.type === 'string') return shape.enum !== undefined && includeEnum ? shape.enum.map((v) => `"${v}"`).join('|') : '"string"';
  return shape.type === 'boolean' ? 'true|false' : shape.type;
}

/** The JSON syntax block (clidocs' _json_example): the shape as a JSON template, two spaces a level. */
export function jsonSyntax(shapes: ShapeSet, shape: Shape): string {
  let out = '';
  let level = 0;
  const newLine = () => (out += `\n${'  '.repeat(level)}`);
  const example = (s: Shape, name: string, stack: string[]): void => {
    if (stack.filter((n) => n === name).length > 1) {
      if (s.type === 'structure') out += '{ ... recursive ... }';
      return;
    }
    const inner = [...stack, name];
    if (s.type === 'list') {
      const member = shapes.named(s.member.shape);
      out += '[';
      if (SCALAR(member)) {
        out += `${jsonValueName(member)}, ...`;
      } else {
        level++;
        newLine();
        example(member, s.member.shape, inner);
        newLine();
        out += '...';
        level--;
        newLine();
      }
      out += ']';
    } else if (s.type === 'map') {
      const value = shapes.named(s.value.shape);
      out += '{';
      level++;
      out += `${jsonValueName(shapes.named(s.key.shape))}: `;
      if (SCALAR(value)) {
        out += jsonValueName(value);
      } else {
        level++;
        example(value, s.value.shape, inner);
        level--;
      }
      newLine();
      out += '...';
      level--;
      out += '}';
    } else if (s.type === 'structure') {
      out += '{';
      level++;
      newLine();
      const members = shapes.members(s);
      members.forEach(([member, memberShape, ref], i) => {
        out += `"${member}": `;
        if (SCALAR(memberShape)) out += jsonValueName(memberShape);
        else example(memberShape, ref.shape, inner);
        if (i < members.length - 1) {
          out += ',';
          newLine();
        }
      });
      level--;
      newLine();
      out += '}';
    }
  };
  example(shape, '', []);
  return out.replace(/ +$/gm, '');
}

/**
 * The syntax blocks after an option's description (clidocs' doc_option_example): shorthand for
 * structures, maps and lists of them; `"string" "string" ...` for a list of scalars; the JSON
 * syntax for every structure, map or list of non-scalars.
 */
function syntaxLines(shapes: ShapeSet, shape: Shape): string[] {
  const block = (label: string, text: string) => [' '.repeat(SECTION) + label, '', ...code(text, indentAt(1)), ''];
  // A structure of a single string `Value` is given as that string (awscli's special case).
  if (shape.type === 'structure') {
    const members = shapes.members(shape);
    if (members.length === 1 && members[0]![0] === 'Value' && members[0]![1].type === 'string') return [];
  }
  const lines: string[] = [];
  if (supportsShorthand(shapes, shape)) {
    const shorthand = shorthandSyntax(shapes, shape);
    if (shorthand !== '') lines.push(...block('Shorthand Syntax:', shorthand));
  }
  if (shape.type === 'list' && SCALAR(shapes.named(shape.member.shape))) {
    const member = shapes.named(shape.member.shape);
    const name = jsonValueName(member, false);
    const valid = member.type === 'string' && member.enum !== undefined ? `\n\nWhere valid values are:\n${member.enum.map((v) => `    ${v}`).join('\n')}` : '';
    lines.push(...block('Syntax:', `${name} ${name} ...${valid}`));
  } else if (COMPLEX.has(shape.type)) {
    lines.push(...block('JSON Syntax:', jsonSyntax(shapes, shape)));
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Global options: the texts of awscli/data/cli.json (the reference's help shows these, longer
// than argparse's one-liners).

const GLOBAL_HELP: Record<string, string> = {
  '--debug': 'Turn on debug logging.',
  '--endpoint-url': "Override command's default URL with the given URL.",
  '--no-verify-ssl':
    'By default, the AWS CLI uses SSL when communicating with AWS services. For each SSL connection, the AWS CLI will verify SSL certificates. This option overrides the default behavior of verifying SSL certificates.',
  '--no-paginate': 'Disable automatic pagination.',
  '--output': 'The formatting style for command output.',
  '--query': 'A JMESPath query to use in filtering the response data.',
  '--profile': 'Use a specific profile from your credential file.',
  '--region': 'The region to use. Overrides config/env settings.',
  '--version': 'Display the version of this tool.',
  '--color': 'Turn on/off color output.',
  '--no-sign-request': 'Do not sign requests. Credentials will not be loaded if this argument is provided.',
  '--ca-bundle': 'The CA certificate bundle to use when verifying SSL certificates. Overrides config/env settings.',
  '--cli-read-timeout':
    'The maximum socket read time in seconds. If the value is set to 0, the socket read will be blocking and not timeout. The default value is 60 seconds.',
  '--cli-connect-timeout':
    'The maximum socket connect time in seconds. If the value is set to 0, the socket connect will be blocking and not timeout. The default value is 60 seconds.',
  '--cli-binary-format':
    'The formatting style to be used for binary blobs. The default format is base64. The base64 format expects binary blobs to be provided as a base64 encoded string. The raw-in-base64-out format preserves compatibility with AWS CLI V1 behavior and binary values must be passed literally. When providing contents from a file that map to a binary blob fileb:// will always be treated as binary and use the file contents directly regardless of the cli-binary-format setting. When using file:// the file contents will need to properly formatted for the configured cli-binary-format.',
  '--no-cli-pager': 'Disable cli pager for output.',
  '--cli-auto-prompt': 'Automatically prompt for CLI input parameters.',
  '--no-cli-auto-prompt': 'Disable automatically prompt for CLI input parameters.',
};

/** A global option's type as global_options.rst names it (`int`). */
const optionType = (spec: OptionSpec): string => (spec.arity === 'flag' ? 'boolean' : spec.integer ? 'int' : 'string');
/** An operation option's type as clidocs names it from its cli_type_name (`integer`). */
const operationOptionType = (spec: OptionSpec): string => (spec.arity === 'flag' ? 'boolean' : spec.integer ? 'integer' : 'string');

function globalOptionLines(): string[] {
  const lines: string[] = [];
  for (const spec of GLOBAL_OPTIONS) {
    lines.push(' '.repeat(SECTION) + `${spec.flag} (${optionType(spec)})`, '');
    lines.push(...wrap(GLOBAL_HELP[spec.flag] ?? spec.help, SECTION), '');
    for (const choice of spec.choices ?? []) lines.push(' '.repeat(SECTION) + `o ${choice}`, '');
  }
  return lines;
}

function globalSynopsis(): string[] {
  return GLOBAL_OPTIONS.map((spec) => ' '.repeat(10) + (spec.arity === 'flag' ? `[${spec.flag}]` : `[${spec.flag} <value>]`));
}

// ---------------------------------------------------------------------------------------------
// The operation's page.

const CLI_INPUT_HELP =
  'Reads arguments from the JSON string provided. The JSON string follows the format provided by --generate-cli-skeleton. If other arguments are provided on the command line, those values will override the JSON-provided values. It is not possible to pass arbitrary binary values using a JSON-provided value as the string will be taken literally. This may not be specified along with --cli-input-yaml.';
const SKELETON_HELP =
  'Prints a JSON skeleton to standard output without sending an API request. If provided with no value or the value input, prints a sample input JSON that can be used as an argument for --cli-input-json. Similarly, if provided yaml-input it will print a sample input YAML that can be used with --cli-input-yaml. If provided with the value output, it validates the command inputs and returns a sample output JSON for that command. The generated JSON skeleton is not stable between versions of the AWS CLI and there are no backwards compatibility guarantees in the JSON skeleton generated.';

const code = (text: string, column: number): string[] => text.split('\n').map((line) => ' '.repeat(column) + line);

/** The EXAMPLES section: awscli's note, then the example file's paragraphs and code. */
function exampleLines(examples: ExampleBlock[]): string[] {
  return [
    'EXAMPLES',
    ...renderBlocks([{ kind: 'note', label: 'NOTE:', blocks: documentationBlocks(EXAMPLES_NOTE) }], SECTION),
    ...examples.flatMap((block) => (block.kind === 'paragraph' ? [...wrap(block.text, SECTION), ''] : [...code(block.text, indentAt(1)), ''])),
  ];
}

/** An option's title, `--targets (list)`, wrapped as groff wraps it when the flags run long. */
const optionTitle = (flags: string, type: string): string[] => wrap(`${flags} (${type})`, SECTION);

function operationOptionLines(op: Operation): string[] {
  const lines: string[] = [];
  const flags = new Map(operationOptions(op).filter((spec) => spec.boolean !== false).map((spec) => [spec.member, memberFlags(spec)]));
  for (const [member, shape, ref] of op.shapes.members(op.input)) {
    if (pagingMember(op, member)) continue;
    lines.push(...optionTitle(flags.get(member)!, typeName(shape)));
    lines.push(...renderBlocks(documentationBlocks(ref.documentation ?? shape.documentation), indentAt(1)));
    if (shape.type === 'string' && shape.enum !== undefined) {
      lines.push(' '.repeat(indentAt(1)) + 'Possible values:', '');
      for (const value of shape.enum) lines.push(' '.repeat(indentAt(1)) + `o ${value}`, '');
    }
    lines.push(...childLines(op.shapes, shape, 1, [ref.shape]), ...syntaxLines(op.shapes, shape), '');
  }
  lines.push(...optionTitle('--cli-input-json | --cli-input-yaml', 'string'), ...wrap(CLI_INPUT_HELP, indentAt(1)), '');
  for (const spec of pagingOptions(op)) {
    lines.push(...optionTitle(spec.flag, operationOptionType(spec)), ...renderBlocks(documentationBlocks(PAGING_HELP[spec.flag]), indentAt(1)));
  }
  for (const spec of extraOperationOptions(op)) {
    lines.push(...optionTitle(spec.flag, operationOptionType(spec)), ...wrap(spec.help, indentAt(1)), '');
  }
  lines.push(...optionTitle('--generate-cli-skeleton', 'string'), ...wrap(SKELETON_HELP, indentAt(1)), '');
  return lines;
}

/** The paging options' texts (awscli/customizations/paginate.py). */
const PAGINATION_LINK =
  '<p>For usage examples, see <a href="https://docs.aws.amazon.com/cli/latest/userguide/pagination.html">Pagination</a> in the <i>AWS Command Line Interface User Guide</i>.</p>';
const PAGING_HELP: Record<string, string> = {
  '--starting-token': `<p>A token to specify where to start paginating. This is the <code>NextToken</code> from a previously truncated response.</p>${PAGINATION_LINK}`,
  '--page-size': `<p>The size of each page to get in the AWS service call. This does not affect the number of items returned in the command's output. Setting a smaller page size results in more calls to the AWS service, retrieving fewer items in each call. This can help prevent the AWS service calls from timing out.</p>${PAGINATION_LINK}`,
  '--max-items': `<p>The total number of items to return in the command's output. If the total number of items available is more than the value specified, a <code>NextToken</code> is provided in the command's output. To resume pagination, provide the <code>NextToken</code> value in the <code>starting-token</code> argument of a subsequent command. <b>Do not</b> use the <code>NextToken</code> response element directly outside of the AWS CLI.</p>${PAGINATION_LINK}`,
};

/** --starting-token, --page-size, --max-items where the operation is paginated. */
const pagingOptions = (op: Operation): readonly OptionSpec[] => (op.paginator === undefined ? [] : PAGING_OPTIONS);

/** What paginate.py adds to a paginated operation's description. */
function pagingParagraph(op: Operation): string[] {
  if (op.paginator === undefined) return [];
  const keys = [op.paginator.result_key].flat();
  const query = keys.length === 0 ? '' : ` When using --output text and the --query argument on a paginated response, the --query argument must extract data from the results of the following query expressions: ${keys.join(', ')}`;
  return [...wrap(`${op.cliName} is a paginated operation. Multiple API calls may be issued in order to retrieve the entire data set of results. You can disable pagination by providing the --no-paginate argument.${query}`, SECTION), ''];
}

/** The operation's own token and limit members, which paginate.py hides from help (still accepted). */
function pagingMember(op: Operation, member: string): boolean {
  const paginator = op.paginator;
  return paginator !== undefined && [paginator.input_token, paginator.limit_key ?? []].flat().includes(member);
}

/** Operation options of this tool beyond the model's members and the reference's own (fleet mode). */
function extraOperationOptions(op: Operation): OptionSpec[] {
  const known = new Set(['--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton', ...PAGING_OPTIONS.map((spec) => spec.flag)]);
  return operationOptions(op).filter((spec) => spec.member === undefined && !known.has(spec.flag));
}

/** A member's flags as help names them: a boolean's pair `--x | --no-x`, else its one flag. */
function memberFlags(spec: OptionSpec): string {
  return spec.boolean === true ? `${spec.flag} | --no-${spec.flag.slice(2)}` : spec.flag;
}

function requestSynopsis(op: Operation): string[] {
  return operationOptions(op)
    .filter((spec) => spec.member !== undefined && spec.boolean !== false && !pagingMember(op, spec.member))
    .map((spec) => {
      const usage = spec.boolean === true ? memberFlags(spec) : `${spec.flag} <value>`;
      return ' '.repeat(10) + (spec.required ? usage : `[${usage}]`);
    });
}

/** `ssm-assoc OPERATION help`: the operation's manual page. */
export function commandHelp(op: Operation): string {
  const examples = operationExamples(op.name);
  const lines = [
    'NAME',
    ' '.repeat(SECTION) + `${op.cliName} -`,
    '',
    'DESCRIPTION',
    ...renderBlocks(documentationBlocks(op.documentation), SECTION),
    ' '.repeat(SECTION) + 'See also: AWS API Documentation',
    '',
    ...pagingParagraph(op),
    'SYNOPSIS',
    ' '.repeat(12) + op.cliName,
    ...requestSynopsis(op),
    ' '.repeat(10) + '[--cli-input-json | --cli-input-yaml]',
    ...pagingOptions(op).map((spec) => ' '.repeat(10) + `[${spec.flag} <value>]`),
    ...extraOperationOptions(op).map((spec) => ' '.repeat(10) + `[${spec.flag} <value>]`),
    ' '.repeat(10) + '[--generate-cli-skeleton <value>]',
    ...globalSynopsis(),
    '',
    'OPTIONS',
    ...operationOptionLines(op),
    'GLOBAL OPTIONS',
    ...globalOptionLines(),
    ...(examples === undefined ? [] : exampleLines(examples)),
    'OUTPUT',
    // clidocs: an output without members is `None`.
    ...(Object.keys(op.output.members).length === 0 ? [' '.repeat(SECTION) + 'None'] : childLines(op.shapes, op.output, 0, [op.outputShapeName])),
  ];
  return joinLines(lines);
}

let summaries: ReadonlyArray<readonly [string, string]> | undefined;

/**
 * The commands `ssm-assoc help` lists, with what each does. Built on first use: the first
 * sentence of every operation's documentation is read from its HTML, which a call never needs.
 */
export function commandSummaries(): ReadonlyArray<readonly [string, string]> {
  return (summaries ??= [
    ...OPERATIONS.map((op) => [op.cliName, firstSentence(op.documentation)] as const),
    ['help', `Shows this page. ${PROGRAM} update-association-status help shows the command's manual page.`],
    ['completion', `Prints a shell completion script for bash, zsh or fish: ${PROGRAM} completion bash|zsh|fish. ${PROGRAM} help completion says how to install it.`],
    ['local-endpoint', `Starts the embedded local SSM endpoint on 127.0.0.1, a small State Manager for the association operations, for trying ${PROGRAM} without AWS. ${PROGRAM} local-endpoint --help lists its flags.`],
  ]);
}

/** `ssm-assoc help` and `ssm-assoc --help`: the program's page, listing its commands. */
export function topLevelHelp(): string {
  const lines = [
    'NAME',
    ' '.repeat(SECTION) + `${PROGRAM} -`,
    '',
    'DESCRIPTION',
    ...wrap(
      `${PROGRAM} runs the UpdateAssociationStatus operation of ${model.metadata.serviceFullName} as the AWS Command Line Interface's "aws ssm update-association-status" does: the same options, configuration, output and exit codes.`,
      SECTION,
    ),
    '',
    'SYNOPSIS',
    ' '.repeat(10) + `${PROGRAM} [options] <command> [parameters]`,
    '',
    ...wrap(
      `Use ${PROGRAM} <command> help for information on a specific command. The synopsis for each command shows its parameters and their usage. Optional parameters are shown in square brackets.`,
      SECTION,
    ),
    '',
    'GLOBAL OPTIONS',
    ...globalOptionLines(),
    'AVAILABLE COMMANDS',
    ...commandSummaries().flatMap(([name, summary]) => [' '.repeat(SECTION) + `o ${name}`, ...wrap(summary, SECTION + 2), '']),
  ];
  return joinLines(lines);
}
