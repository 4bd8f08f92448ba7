// The one table of error kinds: every failure the tool reports is a CliError of one of these
// kinds, and the kind alone decides the exit code. Messages are written where the error is
// raised (they carry the reference's wording); the edge (src/main.ts) prints them and exits.

export const EXIT_CODES = {
  /** Usage and parameter errors: bad options, unparsable values, failed validation. */
  usage: 252,
  /** Configuration and credentials: no region, no credentials, bad config values. */
  configuration: 253,
  /** The service answered with an error. */
  service: 254,
  /** Everything else: transport failures, missing profiles, unexpected responses. */
  other: 255,
  /** Interrupted by the user (SIGINT, Ctrl-C). */
  interrupted: 130,
} as const;

export type ErrorKind = keyof typeof EXIT_CODES;

export class CliError extends Error {
  readonly kind: ErrorKind;
  /** What was already written to stdout when the failure happened (the reference streams). */
  readonly partialOutput: string;
  /** The service's error code (`AssociationDoesNotExist`), for service errors. */
  readonly code: string | undefined;

  constructor(kind: ErrorKind, message: string, options: { partialOutput?: string; code?: string } = {}) {
    super(message);
    this.name = 'CliError';
    this.kind = kind;
    this.partialOutput = options.partialOutput ?? '';
    this.code = options.code;
  }

  get exitCode(): number {
    return EXIT_CODES[this.kind];
  }
}

