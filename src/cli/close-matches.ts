// difflib.get_close_matches(word, possibilities, n=3, cutoff): argparse's "maybe you meant"
// suggestions in the reference come from it, so the same similarity ratio
// (Ratcliff/Obershelp, as SequenceMatcher computes it without junk) picks the same words.

function longestMatch(a: string, b: string, alo: number, ahi: number, blo: number, bhi: number): [number, number, number] {
  let best: [number, number, number] = [alo, blo, 0];
  let lengths = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (let j = blo; j < bhi; j++) {
      if (a[i] !== b[j]) continue;
      const k = (lengths.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > best[2]) best = [i - k + 1, j - k + 1, k];
    }
    lengths = next;
  }
  return best;
}

function matchingCharacters(a: string, b: string): number {
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  let total = 0;
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = longestMatch(a, b, alo, ahi, blo, bhi);
    if (k === 0) continue;
    total += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return total;
}

export function similarity(a: string, b: string): number {
  const length = a.length + b.length;
  return length === 0 ? 1 : (2 * matchingCharacters(a, b)) / length;
}

export function closeMatches(word: string, possibilities: readonly string[], cutoff = 0.6, n = 3): string[] {
  return possibilities
    .map((p, index) => ({ p, index, score: similarity(p, word) }))
    .filter((m) => m.score >= cutoff)
    .sort((x, y) => y.score - x.score || (x.p < y.p ? 1 : x.p > y.p ? -1 : 0))
    .slice(0, n)
    .map((m) => m.p);
}
