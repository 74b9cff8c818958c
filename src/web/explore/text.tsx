// Text from articles, always as text: search snippets split on the API's own
// marks, and a statement's source paragraph with the quoted span marked by its
// offsets. Nothing here builds HTML from data; React makes text nodes of it.
import type { ReactNode } from 'react';

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character references back to characters (the snippet's text is HTML-escaped). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A search snippet: the pieces between <mark> and </mark> highlighted, every piece a text node. */
export function Snippet({ html }: { html: string }) {
  const pieces: ReactNode[] = [];
  let marked = false;
  html.split(/(<mark>|<\/mark>)/).forEach((piece, index) => {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) pieces.push(marked ? <mark key={index}>{decodeEntities(piece)}</mark> : decodeEntities(piece));
  });
  return <span className="snippet">{pieces}</span>;
}

const context = 320;

/** The paragraph of `body` around [start, end), trimmed to a readable length, with the span marked. */
export function SourceParagraph({ body, start, end }: { body: string; start: number; end: number }) {
  if (start < 0 || end > body.length || end <= start) return null;
  let from = body.lastIndexOf('\n', start - 1) + 1;
  let to = body.indexOf('\n', end);
  if (to < 0) to = body.length;
  const cutBefore = start - from > context;
  const cutAfter = to - end > context;
  if (cutBefore) from = start - context;
  if (cutAfter) to = end + context;
  return (
    <blockquote className="source">
      {cutBefore ? '…' : ''}
      {body.slice(from, start)}
      <mark>{body.slice(start, end)}</mark>
      {body.slice(end, to)}
      {cutAfter ? '…' : ''}
    </blockquote>
  );
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** An enum value as words: DIRECT_QUOTE → "direct quote". */
export function words(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

/** A link only for the web: an article's URL is data, and `javascript:` is not a place. */
export function safeHref(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
