// The model's documentation strings: a small HTML dialect (p, code, a, b, i, note, ul, li) read into
// blocks (paragraphs, admonitions, bullet lists) that a page lays out, its plain text, and the first
// sentence that one-line summaries use (help's command list, completion, auto-prompt).

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; label: string; blocks: Block[] }
  | { kind: 'list'; items: Block[][] };

interface HtmlNode {
  tag: string;
  children: Array<HtmlNode | string>;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

const VOID_TAGS = new Set(['br', 'hr', 'img']);

function parseHtml(html: string): HtmlNode {
  const root: HtmlNode = { tag: 'root', children: [] };
  const stack: HtmlNode[] = [root];
  const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|[^<]+|</g;
  for (const m of html.matchAll(token)) {
    const top = stack[stack.length - 1]!;
    if (m[2] === undefined) {
      top.children.push(decodeEntities(m[0]));
      continue;
    }
    const tag = m[2].toLowerCase();
    if (m[1] === '/') {
      // Close the nearest open element of that name; a stray closing tag is ignored.
      const at = stack.map((n) => n.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
    } else if (VOID_TAGS.has(tag)) {
      top.children.push(' ');
    } else {
      const node: HtmlNode = { tag, children: [] };
      top.children.push(node);
      stack.push(node);
    }
  }
  return root;
}

const BLOCK_TAGS = new Set(['p', 'div', 'note', 'important', 'ul', 'ol', 'li', 'fullname', 'dl', 'dd', 'dt']);

/** Inline markup that awscli's reStructuredText closes with a space (bcdoc's _end_inline). */
const SPACED_INLINE = new Set(['code', 'b', 'i', 'strong', 'em']);
/** Where such an element ended, until squash decides whether a space follows. */
const INLINE_END = '\u0000';

function inlineText(node: HtmlNode | string): string {
  if (typeof node === 'string') return node.replace(/\u0000/g, '');
  const text = node.children.map(inlineText).join('');
  return SPACED_INLINE.has(node.tag) ? text + INLINE_END : text;
}

/**
 * Whitespace squashed to single spaces; after inline markup a space (`<code>X</code>if` reads
 * `X if`), except before punctuation, where the reference's `X .` is a rendering slip.
 */
const squash = (text: string): string =>
  text
    .replace(/\u0000+(?=[\s.,;:!?)\]'"]|\u0000|$)/g, '')
    .replace(/\u0000+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function blocksOf(node: HtmlNode): Block[] {
  const blocks: Block[] = [];
  let pending = '';
  const flush = () => {
    const text = squash(pending);
    if (text !== '') blocks.push({ kind: 'paragraph', text });
    pending = '';
  };
  for (const child of node.children) {
    if (typeof child === 'string' || !BLOCK_TAGS.has(child.tag)) {
      pending += inlineText(child);
      continue;
    }
    flush();
    if (child.tag === 'note' || child.tag === 'important') {
      // awscli writes <important> as a reStructuredText warning.
      blocks.push({ kind: 'note', label: child.tag === 'note' ? 'NOTE:' : 'WARNING:', blocks: blocksOf(child) });
    } else if (child.tag === 'ul' || child.tag === 'ol') {
      const items = child.children
        .filter((c): c is HtmlNode => typeof c !== 'string' && c.tag === 'li')
        .map((li) => blocksOf(li))
        .filter((item) => item.length > 0);
      if (items.length > 0) blocks.push({ kind: 'list', items });
    } else {
      blocks.push(...blocksOf(child));
    }
  }
  flush();
  return blocks;
}

/** The documentation's blocks; an absent or empty documentation string has none. */
export function documentationBlocks(html: string | undefined): Block[] {
  return html === undefined ? [] : blocksOf(parseHtml(html));
}

/** The documentation as one line of plain text (tags stripped, entities decoded, spaces squashed). */
export function documentationText(html: string | undefined): string {
  return html === undefined ? '' : squash(inlineText(parseHtml(html)));
}

/** The first sentence of the documentation, for one-line hints (auto-prompt, completions). */
export function firstSentence(html: string | undefined): string {
  const text = documentationText(html);
  const m = /^.*?[.!?](?=\s|$)/.exec(text);
  return m === null ? text : m[0];
}
