// The model's documentation strings: the blocks a page lays out, the plain text, the first
// sentence one-line summaries use.
import { describe, expect, it } from 'vitest';
import { documentationBlocks, documentationText, firstSentence } from '../../src/model/documentation.js';

describe('documentation text', () => {
  it('strips tags, decodes entities and squashes whitespace', () => {
    expect(documentationText('<p>Use <code>Key=a,Values=&lt;id&gt;</code> and <a href="x">the guide</a>. </p> <p> More.</p>')).toBe(
      'Use Key=a,Values=<id> and the guide. More.',
    );
    expect(documentationText(undefined)).toBe('');
  });

  it('puts a space after inline markup, as awscli does, except before punctuation', () => {
    expect(documentationText('<p>Specify <code>true</code>for <code>X</code>if you want; the <b>Key</b>. <code>arn:<i>region</i>:<i>id</i></code>, done</p>')).toBe(
      'Specify true for X if you want; the Key. arn:region:id, done',
    );
  });

  it('labels <important> as awscli does, WARNING:', () => {
    expect(documentationBlocks('<important><p>Mind it.</p></important>')).toEqual([
      { kind: 'note', label: 'WARNING:', blocks: [{ kind: 'paragraph', text: 'Mind it.' }] },
    ]);
  });

  it('takes the first sentence', () => {
    expect(firstSentence('<p>The name. Of the document.</p>')).toBe('The name.');
    expect(firstSentence('<p>Version 1.2 of it</p>')).toBe('Version 1.2 of it');
  });

  it('reads paragraphs, notes and lists into blocks', () => {
    expect(documentationBlocks('<p>One.</p><note><p>Careful.</p></note><ul><li><p>a</p></li><li>b</li></ul>')).toEqual([
      { kind: 'paragraph', text: 'One.' },
      { kind: 'note', label: 'NOTE:', blocks: [{ kind: 'paragraph', text: 'Careful.' }] },
      { kind: 'list', items: [[{ kind: 'paragraph', text: 'a' }], [{ kind: 'paragraph', text: 'b' }]] },
    ]);
  });
});
