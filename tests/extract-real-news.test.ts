// Patterns of real political news the extractor must read (the misses most
// frequent on PolNeAR's train split), each on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { normalizeMarks } from '../src/extract/marks.ts';
import type { Extraction } from '../src/extract/types.ts';

const nameOf = (x: Extraction, key: string | null) => (key ? (x.entities.find((e) => e.key === key)?.name ?? key) : null);
const said = (text: string) => {
  const x = extractArticle(text);
  return x.statements.map((s) => ({ kind: s.kind, text: s.text, speaker: nameOf(x, s.speaker) }));
};

describe("wire and archive quotation marks ('' and ``)", () => {
  it('keeps the length of the text, so offsets still hold', () => {
    const text = "''We will rebuild,'' Mr. Smith said. ``Soon.''";
    expect(normalizeMarks(text)).toHaveLength(text.length);
    expect(normalizeMarks(text)).toBe(' "We will rebuild,"  Mr. Smith said.  "Soon." ');
  });

  it('reads them as quotation marks, and quotes the text as written', () => {
    const found = said("''We will rebuild the bridge before winter,'' Mayor Tom Smith said on Monday.");
    expect(found).toContainEqual({ kind: 'DIRECT_QUOTE', text: 'We will rebuild the bridge before winter,', speaker: 'Tom Smith' });
  });

  it('keeps the original marks in a reported clause around a quoted fragment', () => {
    const found = said("Senator Ann Ruiz said the plan was ''dead on arrival'' in the Senate.");
    expect(found.map((s) => s.text)).toContain("the plan was ''dead on arrival'' in the Senate");
  });
});
