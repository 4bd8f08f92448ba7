// The option tables (model data: awscli's cli.json and the operations' input shapes): every global option of the AWS CLI synopsis (awscli/data/cli.json), and an
// operation's options derived from its input shape as aws-cli derives them (one `--member-name`
// per member, from xform_name; required as the model says), followed by the options aws-cli
// adds to every operation (--cli-input-json/yaml, --generate-cli-skeleton) and ssm-assoc's fleet
// mode. Each carries what argparse needs to reproduce the reference's parsing and its error
// messages (value or flag, choices, int type, required).
import { OPERATIONS, type Operation } from './operations.js';
import { cliName } from './xform-name.js';

export interface OptionSpec {
  /** `--endpoint-url` */
  flag: string;
  /** Key in the parsed result. */
  key: string;
  /**
   * 'value' takes one argument; 'flag' takes none; 'optional' takes zero or one (nargs='?');
   * 'list' takes any number (nargs='*', awscli's ListArgument for a list member).
   */
  arity: 'value' | 'flag' | 'optional' | 'list';
  choices?: readonly string[];
  /** argparse `type=int` */
  integer?: boolean;
  /** Value used when an 'optional' option is given without one. */
  constValue?: string;
  /** Member of the request this option fills. */
  member?: string;
  /**
   * A boolean member's flag (BooleanArgument): `true` for `--x` (store_true), `false` for its
   * `--no-x` twin (store_false); both fill the same key, the last one given winning.
   */
  boolean?: boolean;
  required?: boolean;
  help: string;
}

export const OUTPUT_FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flag: '--debug', key: 'debug', arity: 'flag', help: 'Turn on debug logging.' },
  { flag: '--endpoint-url', key: 'endpointUrl', arity: 'value', help: "Override command's default URL with the given URL." },
  { flag: '--no-verify-ssl', key: 'noVerifySsl', arity: 'flag', help: 'Do not verify SSL certificates.' },
  { flag: '--no-paginate', key: 'noPaginate', arity: 'flag', help: 'Disable automatic pagination.' },
  { flag: '--output', key: 'output', arity: 'value', choices: OUTPUT_FORMATS, help: 'The formatting style for command output.' },
  { flag: '--query', key: 'query', arity: 'value', help: 'A JMESPath query to use in filtering the response data.' },
  { flag: '--profile', key: 'profile', arity: 'value', help: 'Use a specific profile from your credential file.' },
  { flag: '--region', key: 'region', arity: 'value', help: 'The region to use.' },
  { flag: '--version', key: 'version', arity: 'flag', help: 'Display the version of this tool.' },
  { flag: '--color', key: 'color', arity: 'value', choices: ['on', 'off', 'auto'], help: 'Turn on/off color output.' },
  { flag: '--no-sign-request', key: 'noSignRequest', arity: 'flag', help: 'Do not sign requests.' },
  { flag: '--ca-bundle', key: 'caBundle', arity: 'value', help: 'The CA certificate bundle to use when verifying SSL certificates.' },
  { flag: '--cli-read-timeout', key: 'cliReadTimeout', arity: 'value', integer: true, help: 'The maximum socket read time in seconds.' },
  { flag: '--cli-connect-timeout', key: 'cliConnectTimeout', arity: 'value', integer: true, help: 'The maximum socket connect time in seconds.' },
  { flag: '--cli-binary-format', key: 'cliBinaryFormat', arity: 'value', choices: ['base64', 'raw-in-base64-out'], help: 'The formatting style to be used for binary blobs.' },
  { flag: '--no-cli-pager', key: 'noCliPager', arity: 'flag', help: 'Disable cli pager for output.' },
  { flag: '--cli-auto-prompt', key: 'cliAutoPrompt', arity: 'flag', help: 'Automatically prompt for CLI input parameters.' },
  { flag: '--no-cli-auto-prompt', key: 'noCliAutoPrompt', arity: 'flag', help: 'Disable automatically prompt for CLI input parameters.' },
];

/** The options aws-cli and ssm-assoc add to every operation, after its members' options. */
const CUSTOMIZATION_OPTIONS: readonly OptionSpec[] = [
  { flag: '--cli-input-json', key: 'cliInputJson', arity: 'value', help: 'Reads arguments from the JSON string provided.' },
  { flag: '--cli-input-yaml', key: 'cliInputYaml', arity: 'value', help: 'Reads arguments from the YAML string provided.' },
  {
    flag: '--cli-input-jsonl',
    key: 'cliInputJsonl',
    arity: 'value',
    help: 'Fleet mode: one request per line of this JSON Lines file (- for stdin), one JSON line out per line in.',
  },
  { flag: '--max-concurrency', key: 'maxConcurrency', arity: 'value', integer: true, help: 'Fleet mode: calls in flight at once (default 8).' },
  {
    flag: '--cli-shutdown-grace',
    key: 'cliShutdownGrace',
    arity: 'value',
    help: 'Fleet mode: seconds that calls in flight may still take after SIGINT, SIGTERM or SIGHUP before they are aborted (default 5).',
  },
  {
    flag: '--generate-cli-skeleton',
    key: 'generateCliSkeleton',
    arity: 'optional',
    choices: ['input', 'output', 'yaml-input'],
    constValue: 'input',
    help: 'Prints a JSON skeleton to standard output without sending an API request.',
  },
];

/** What awscli/customizations/paginate.py adds to a paginated operation (its own token and limit options are hidden from help). */
export const PAGING_OPTIONS: readonly OptionSpec[] = [
  { flag: '--starting-token', key: 'startingToken', arity: 'value', help: 'A token to specify where to start paginating.' },
  { flag: '--page-size', key: 'pageSize', arity: 'value', integer: true, help: 'The size of each page to get in the AWS service call.' },
  { flag: '--max-items', key: 'maxItems', arity: 'value', integer: true, help: "The total number of items to return in the command's output." },
];

/** The key a member's value is kept under in OperationOptions: `AssociationStatus` -> `associationStatus`. */
export const memberKey = (member: string): string => member.charAt(0).toLowerCase() + member.slice(1);

const optionTables = new WeakMap<Operation, readonly OptionSpec[]>();

/** An operation's options: one per input member, in model order, then the customizations. */
export function operationOptions(op: Operation): readonly OptionSpec[] {
  let table = optionTables.get(op);
  if (table === undefined) {
    const required = new Set(op.input.required ?? []);
    const members: OptionSpec[] = Object.entries(op.input.members).flatMap(([member, ref]): OptionSpec[] => {
      const base = {
        flag: `--${cliName(member)}`,
        key: memberKey(member),
        member,
        ...(required.has(member) ? { required: true } : {}),
        help: ref.documentation ?? '',
      };
      const type = op.shapes.named(ref.shape).type;
      // awscli: a boolean member is a --x/--no-x pair of flags; a list member takes nargs='*'.
      if (type === 'boolean') {
        const { required: _required, ...optional } = base;
        return [
          { ...base, arity: 'flag', boolean: true },
          { ...optional, flag: `--no-${cliName(member)}`, arity: 'flag', boolean: false },
        ];
      }
      return [{ ...base, arity: type === 'list' ? 'list' : 'value' }];
    });
    // A member's option wins over ssm-assoc's fleet option of the same name (create-association's
    // own --max-concurrency): fleet mode then runs at its default concurrency.
    const memberFlags = new Set(members.map((spec) => spec.flag));
    table = [...members, ...(op.paginator ? PAGING_OPTIONS : []), ...CUSTOMIZATION_OPTIONS.filter((spec) => !memberFlags.has(spec.flag))];
    optionTables.set(op, table);
  }
  return table;
}

/**
 * The options of every operation, each flag once: what the main parser knows of operation
 * options before a command word has chosen one (and for `help`, `completion`). Built on first
 * use: a call names its operation, and building every operation's table costs start-up memory.
 */
let anyOperationOptionsTable: readonly OptionSpec[] | undefined;
export function anyOperationOptions(): readonly OptionSpec[] {
  if (anyOperationOptionsTable === undefined) {
    const seen = new Map<string, OptionSpec>();
    for (const op of OPERATIONS) for (const spec of operationOptions(op)) if (!seen.has(spec.flag)) seen.set(spec.flag, spec);
    anyOperationOptionsTable = [...seen.values()];
  }
  return anyOperationOptionsTable;
}

export type GlobalOptions = {
  debug: boolean;
  endpointUrl?: string;
  noVerifySsl: boolean;
  noPaginate: boolean;
  output?: OutputFormat;
  query?: string;
  profile?: string;
  region?: string;
  version: boolean;
  color: 'on' | 'off' | 'auto';
  noSignRequest: boolean;
  caBundle?: string;
  cliReadTimeout?: number;
  cliConnectTimeout?: number;
  cliBinaryFormat?: 'base64' | 'raw-in-base64-out';
  noCliPager: boolean;
  cliAutoPrompt: boolean;
  noCliAutoPrompt: boolean;
};

/** An operation's option values by key: its members' (memberKey) and the customizations'. */
export type OperationOptions = {
  /** A member's option value: a string, the words of a list option, or a boolean flag's value. */
  [memberKey: string]: string | string[] | boolean | undefined;
  cliInputJson?: string;
  cliInputYaml?: string;
  cliInputJsonl?: string;
  maxConcurrency?: string;
  cliShutdownGrace?: string;
  startingToken?: string;
  pageSize?: string;
  maxItems?: string;
  generateCliSkeleton?: 'input' | 'output' | 'yaml-input';
};
