// The quotation-mark stage, before parsing: typewriter-era marks become the
// ones the quote finder reads. Wire and New York Times archive copy opens a
// quote with '' or `` and closes it with ''; each pair becomes one " and a
// space, so the text keeps its length and every offset still points into the
// original.

/** Where a two-character mark opens a quote: at a paragraph's start or after a space or bracket, before a word. */
const opensAfter = /[\s([{—–-]/;

export function normalizeMarks(text: string): string {
  if (!text.includes("''") && !text.includes('``')) return text;
  return text.replace(/''|``/g, (mark, at: number) => {
    const before = text[at - 1] ?? '';
    const after = text[at + 2] ?? '';
    const opening = (before === '' || opensAfter.test(before)) && /\S/.test(after);
    if (mark === '``') return ' "';
    if (opening) return ' "';
    // A closing mark follows a word or punctuation; two marks between spaces are neither.
    return /\S/.test(before) ? '" ' : mark;
  });
}
