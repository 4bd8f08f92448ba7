// Help pages reduced to what test/commands/help.test.ts compares between ssm-assoc's page and
// the reference's (test/fixtures/help, recorded by scripts/record-help.mjs): the page's
// headings (section titles, option and member titles, the syntax labels) with their indent, and
// between them the prose as one run of words. Line breaks, blank lines and the indent of prose
// do not count: there the reference's page shows how docutils read the reStructuredText that
// awscli made of the model's HTML (a paragraph starting with a space becomes an indented block
// quote; a bold line before a list nests under the item before it), which ssm-assoc does not
// copy (README, "Help pages").

/** Lines that give a page its structure, compared with their indent. */
const HEADING = [
  /^[A-Z][A-Z ]*$/, // NAME, OPTIONS, GLOBAL OPTIONS
  /^ +--\S.*\([a-z ]+\)$/, // --targets (list)
  /^ +\S+ -> \([a-z ]+\)$/, // Key -> (string)
  /^ +\([a-z ]+\)$/, // (structure)
  /^ +(Possible values|Shorthand Syntax|JSON Syntax|Syntax|Where valid values are):$/,
];

/** The page as `indent|heading` lines and `prose words` lines, in order. */
export function outline(page: string): string[] {
  const out: string[] = [];
  let prose: string[] = [];
  const flush = () => {
    if (prose.length > 0) out.push(normaliseProse(prose.join(' ')));
    prose = [];
  };
  for (const line of page.split('\n')) {
    if (HEADING.some((re) => re.test(line))) {
      flush();
      out.push(`${line.length - line.trimStart().length}|${line.trim()}`);
    } else if (line.trim() !== '') {
      prose.push(line.trim());
    }
  }
  flush();
  return out;
}

/**
 * Prose as both pages' words compare: single spaces; no space after a comma, hyphen or slash
 * (ssm-assoc cuts a word too long for its line there, where the unhyphenated reference lets it
 * run past the margin); no space before a full stop or comma (awscli's reStructuredText leaves
 * one after an inline literal or a link, `Key .`); ASCII only (groff -T ascii drops the rest,
 * `can’t` prints as `cant`).
 */
function normaliseProse(text: string): string {
  return text
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/ +/g, ' ')
    .replace(/(\S) (?=[.,](?: |$))/g, '$1')
    .replace(/([,/-]) /g, '$1');
}

/**
 * The reference's page (col -bx of its groff output) as ssm-assoc words it: without the man
 * page's running title and footer, and with the program named ssm-assoc in the examples.
 */
export function referencePage(text: string): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  // First line: `OP()   OP()`; last: `   OP()`.
  return (
    lines
      .slice(1, -1)
      .join('\n')
      .replace(/^( +)aws ssm /gm, '$1ssm-assoc ')
      // A literal with spaces or italics inside (`<code>arn:<i>region</i>:...</code>`) is left
      // unparsed by docutils, backquotes and bcdoc's spaces after each italic part showing.
      .replace(/``([\s\S]*?)``/g, (_, inner: string) => inner.trim().replace(/\s+:/g, ':'))
      // awscli writes --cli-input-json's and --generate-cli-skeleton's text on their title line
      // (no blank line between them in its reStructuredText); ssm-assoc sets it below, as for
      // every other option.
      .replace(/^( {7})(--\S[^(\n]*\([a-z]+\)) (?=\S)/gm, '$1$2\n$1   ')
      // --version takes no value: ssm-assoc's synopsis and options say so (README deviations).
      .replace(/^( +)\[--version <value>\]$/m, '$1[--version]')
      .replace(/^( +)--version \(string\)$/m, '$1--version (boolean)')
  );
}

/** The page without the options of fleet mode, which the reference does not have. */
export function withoutOptions(page: string, flags: readonly string[]): string {
  let out = page;
  for (const flag of flags) {
    out = out
      .replace(new RegExp(`^ {10}\\[${flag} <value>\\]\n`, 'm'), '')
      .replace(new RegExp(`^ {7}${flag} \\([a-z]+\\)\n( {10}.*\n|\n)*?(?=^ {7}\\S)`, 'm'), '');
  }
  return out;
}
