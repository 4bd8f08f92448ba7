// Python's shlex.split (POSIX mode, no comments), as botocore splits a credential_process
// command and awscli the pager command:
//
//   words  = ws* (word (ws+ word)*)? ws*
//   word   = (plain | '\\' char | "'" char* "'" | '"' (char | '\\"' | '\\\\')* '"')+
//   ws     = " " | "\t" | "\r" | "\n"
import { CliError } from '../errors.js';

// shlex's whitespace: a value made only of these splits into no words at all.
export const SHLEX_WHITESPACE = ' \t\r\n';

/**
 * Python's shlex.split(command) (POSIX mode, no comments): words separated by spaces, tabs and
 * newlines; '...' keeps everything literally; "..." keeps everything but `\"` and `\\`; outside
 * quotes a backslash keeps the next character literally. Throws the reference's ValueError
 * words (exit 255) for an unclosed quote or a trailing backslash.
 */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false; // a word has started (it may be empty: `''`)
  let quote: '' | "'" | '"' = '';
  const chars = [...command];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (quote === "'") {
      if (c === "'") quote = '';
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = '';
      else if (c === '\\') {
        const next = chars[++i];
        if (next === undefined) throw new CliError('other', 'No escaped character');
        // Inside double quotes only the quote and the backslash are escapable.
        word += next === '"' || next === '\\' ? next : `\\${next}`;
      } else word += c;
    } else if (SHLEX_WHITESPACE.includes(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\') {
      const next = chars[++i];
      if (next === undefined) throw new CliError('other', 'No escaped character');
      word += next;
      inWord = true;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote !== '') throw new CliError('other', 'No closing quotation');
  if (inWord) words.push(word);
  return words;
}
