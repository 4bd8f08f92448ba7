// Fleet mode's input lines: the bytes of the --cli-input-jsonl source, cut at each "\n" and
// decoded one line at a time, so that one bad line spoils only itself.
//
// Grammar (bytes):  input = *(line "\n") [line]        line = *(any byte but "\n")
// - A line's number counts every "\n" before it, blank lines included, so output lines name the
//   input line a user sees in an editor.
// - Blank: empty, or only spaces, tabs and a final "\r" (JSON's own whitespace). A blank line is
//   skipped and gets no output line. Anything else is a line: a form feed, NBSP or BOM alone is
//   not blank, and its line says why it is not JSON.
// - A line is decoded as strict UTF-8; invalid bytes make that line an error instead of being
//   replaced with U+FFFD and sent.
// - A line longer than MAX_LINE_BYTES is an error and ends the input: a JSON Lines request is a
//   few hundred bytes, so such a line means the source is not JSON Lines at all (`/dev/zero`),
//   and keeping it would only exhaust memory.

/** The longest line read, in bytes (without its "\n"). */
export const MAX_LINE_BYTES = 1024 * 1024;

export type InputLine =
  | { number: number; text: string }
  | { number: number; error: string; fatal?: boolean };

const NEWLINE = 0x0a;

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b === 0x20 || b === 0x09) continue;
    if (b === 0x0d && i === bytes.length - 1) continue;
    return false;
  }
  return true;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Where decoding fails: fed one byte at a time, the decoder throws at the first byte that cannot continue. */
function firstInvalidByte(bytes: Uint8Array): number {
  const stream = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (let i = 0; i < bytes.length; i += 1) {
    try {
      stream.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  // Only the end was cut short: the last character's first byte is the one that cannot be decoded.
  let at = bytes.length - 1;
  while (at > 0 && (bytes[at]! & 0xc0) === 0x80) at -= 1;
  return at;
}

function decodeLine(number: number, bytes: Uint8Array): InputLine {
  try {
    return { number, text: decoder.decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    return { number, error: `Invalid UTF-8: byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at position ${at} cannot be decoded.` };
  }
}

/**
 * Splits a byte stream into input lines. `push` each chunk and take the lines it completes;
 * `end` takes the last line (one without a final "\n"). After a fatal line nothing more comes.
 */
export class LineSplitter {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private number = 0;
  private finished = false;

  push(chunk: Uint8Array): InputLine[] {
    const lines: InputLine[] = [];
    let start = 0;
    while (!this.finished) {
      const end = chunk.indexOf(NEWLINE, start);
      const piece = chunk.subarray(start, end < 0 ? chunk.length : end);
      if (this.pendingBytes + piece.length > MAX_LINE_BYTES) {
        this.finish(lines);
        break;
      }
      if (end < 0) {
        if (piece.length > 0) {
          // Copied: the caller may reuse its chunk's memory.
          this.pending.push(Uint8Array.from(piece));
          this.pendingBytes += piece.length;
        }
        break;
      }
      this.take(piece, lines);
      start = end + 1;
    }
    return lines;
  }

  end(): InputLine[] {
    const lines: InputLine[] = [];
    if (!this.finished && this.pendingBytes > 0) this.take(new Uint8Array(), lines);
    this.finished = true;
    return lines;
  }

  private take(tail: Uint8Array, lines: InputLine[]): void {
    this.number += 1;
    const bytes = this.pending.length === 0 ? tail : Buffer.concat([...this.pending, tail]);
    this.pending = [];
    this.pendingBytes = 0;
    if (!isBlank(bytes)) lines.push(decodeLine(this.number, bytes));
  }

  private finish(lines: InputLine[]): void {
    this.number += 1;
    this.pending = [];
    this.pendingBytes = 0;
    this.finished = true;
    lines.push({
      number: this.number,
      error: `The line is longer than ${MAX_LINE_BYTES} bytes: the input is not JSON Lines, and nothing after this line was read.`,
      fatal: true,
    });
  }
}

/** The input lines of a byte stream, as they arrive. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<InputLine> {
  const splitter = new LineSplitter();
  for await (const chunk of chunks) {
    for (const line of splitter.push(chunk)) {
      yield line;
      if ('fatal' in line && line.fatal) return;
    }
  }
  yield* splitter.end();
}
