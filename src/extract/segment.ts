// Splits raw article text into paragraphs and sorts them: article prose (the
// body), image captions with their credit lines, bylines and contributor
// lines, and page furniture (comment forms, teasers, share prompts, source
// notes). The body is the prose paragraphs joined by blank lines; `toOriginal`
// maps an offset in the body back to the original text.
import type { Span } from './types.ts';

export interface Paragraph extends Span {
  text: string;
}

export interface CaptionBlock {
  span: Span;
  caption: Span;
  credit: Span | null;
}

export interface CreditBlock {
  span: Span;
  /** The names as printed, each with its span. */
  names: Span[];
  role: 'AUTHOR' | 'CONTRIBUTOR' | 'EDITOR' | 'PHOTOGRAPHER';
}

export interface Segmented {
  body: string;
  /** Body paragraphs: where each starts in the body and in the original text. */
  pieces: { bodyStart: number; start: number; end: number }[];
  captions: CaptionBlock[];
  credits: CreditBlock[];
  dropped: (Span & { reason: string })[];
  /** A short first line taken as the headline, if the text opens with one. */
  headline: Span | null;
}

/** A heading after which the rest of the page is teasers or comments, never prose. */
const endOfArticle =
  /^(?:leave a (?:reply|comment)|you (?:may|might) (?:also )?like|related(?: articles?| stories| posts| coverage| content| topics| reading)?|more on this (?:story|topic)|_{2,}|-{3,}|read (?:more|next|also)|more (?:from|on|stories|news)|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|comments?(?: \(\d+\))?|popular (?:stories|posts)|what to read next|latest (?:news|stories)|also read|see also|sponsored(?: content| stories)?)\s*:?$/i;

const furniture: [RegExp, string][] = [
  [/^source:|originally (?:belongs to|appeared|published)|^this (?:article|story) (?:was )?originally/i, 'source note'],
  [
    /your email address will not be published|required fields are marked|^(?:post|submit) comment$|^name\s*\*?$|^email\s*\*?$|^website$/i,
    'comment form',
  ],
  [
    /\b(?:sign up|subscribe)\b.*\b(?:newsletter|updates|inbox|daily|weekly)\b|\bnewsletter\b.*\b(?:sign up|subscribe)\b|^subscribe\b/i,
    'newsletter prompt',
  ],
  [
    /^(?:share|share this|share on|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram)(?:[\s,|•·/]+(?:share|this|article|story|on|facebook|twitter|whatsapp|linkedin|email|print|reddit|pinterest|telegram|copy link|x|via))*\s*$/i,
    'share prompt',
  ],
  [
    /^follow (?:us|@)|^click here|^advertisement$|^ad$|^(?:skip|jump) to|^(?:all rights reserved|©|copyright)|all rights reserved\.?$/i,
    'page furniture',
  ],
  [/^(?:updated|published|posted|last updated)\s*(?::|on)?\s*\w{3}.*\d/i, 'timestamp'],
  [/^(?:updated|published|posted)\b.{0,60}\b(?:ago|gmt|bst|et|utc|am|pm)\b/i, 'timestamp'],
  [/\binbox\b|\bdelivered to your\b|^get (?:the|our) .*(?:newsletter|stories|updates)/i, 'newsletter prompt'],
  [/print edition|appears in the .{1,40} (?:issue|edition)/i, 'source note'],
  [/^[^.]{0,40}:?\s*https?:\/\/\S+$/i, 'link'],
  [/^[_\-–—*•=]{3,}$/, 'separator'],
  [/^(?:image|photo|video) \d+ of \d+$|^(?:enlarge|expand) (?:image|photo)$|^(?:watch|listen)(?: now)?:/i, 'media furniture'],
];

const nameRun = String.raw`(?:[\p{Lu}][\p{L}'’.-]*)(?:\s+(?:(?:de|van|von|der|da|al|bin|el|la|le)\s+)?[\p{Lu}][\p{L}'’.-]*){0,3}`;
const nameList = String.raw`${nameRun}(?:\s*(?:,|and|&)\s*${nameRun})*`;
const byline = new RegExp(String.raw`^by\s+(${nameList})(?:\s*(?:,|\||—|–|-)\s*(.*))?$`, 'iu');
const contributed = new RegExp(
  String.raw`^(?:\(?\s*)?(${nameList})\s+(?:also\s+)?contributed(?:\s+(?:reporting|to this (?:report|article|story)|from\s+.*))?\.?\s*\)?$`,
  'u',
);
/** "Dispatch reporters Jordan Hale and Mia Castellanos contributed reporting." */
const describedContributors = new RegExp(
  String.raw`^(?:[\p{Lu}][\p{L}’'.]*\s+){0,3}(?:staff\s+)?(?:reporters?|writers?|correspondents?|journalists?|producers?)\s+(${nameList})(?:\s+in\s+[^.]*?)?,?\s+(?:also\s+)?contributed\b.*$`,
  'u',
);
/** "Yuliia Serhiienko reported from Kyiv, and Daniel Arkin from New York." */
const reportedFrom = new RegExp(
  String.raw`^(${nameRun}) reported from [\p{Lu}][\p{L} .’'-]*?(?:,? and (${nameRun}) (?:reported )?from [\p{Lu}][\p{L} .’'-]*?)?\.?(?:\s+(${nameList}) (?:also )?contributed[^.]*\.?)?$`,
  'u',
);
/** "Marcus Reid covers Franklin County government for The Dispatch. Reach him at …" */
const authorBio = new RegExp(
  String.raw`^(${nameRun}) (?:covers|writes about|reports on|is (?:a|an|the) [\p{Ll} ]*(?:reporter|correspondent|writer|editor|journalist))\b.{0,200}$`,
  'u',
);
const reportingBy = /^\(?\s*((?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b.*?)\s*\)?$/i;

/** Whether `text` reads as a photo credit: "Name / Agency", "Agency – Getty Images", "Photo: …", "(AP Photo/Name)", "Name for The Atlantic". */
export function isCredit(text: string): boolean {
  const value = text
    .trim()
    .replace(/^\(|\)$/g, '')
    .trim();
  if (!value || value.length > 120 || /[!?]/.test(value)) return false;
  if (
    /^(?:Photo(?:graph)?s?|Image|Picture|Credit|Photo credit|Image source)(?:\s+by)?\s*[:,]?\s+\S/i.test(value) &&
    !/^image caption/i.test(value)
  )
    return true;
  const words = value.split(/\s+/);
  if (words.length > 14) return false;
  const lowerWords = words.filter((w) => /^[\p{Ll}]/u.test(w) && !/^(?:via|for|by|de|van|von|der|la|le|da|the|of|and)$/.test(w));
  if (lowerWords.length) return false;
  if (/\S\s*\/\s*\S/.test(value)) return value.split('/').every((part) => part.trim().split(/\s+/).length <= 6);
  if (/(?:\s[–—-]\s|\svia\s)(?:Getty Images|Reuters|AP|AFP|Shutterstock|EPA|Alamy|Bloomberg)$/.test(value)) return true;
  return /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3}\s+for\s+(?:The\s+)?[\p{Lu}]/u.test(value);
}

/** Splits a caption paragraph into caption and trailing credit, or null when it does not end in a credit. */
export function splitCredit(value: string): { caption: string; credit: string; creditStart: number } | null {
  const points: number[] = [];
  const re = /[.!?”")\]](\s*)(?=[\p{Lu}(])/gu;
  for (let m = re.exec(value); m; m = re.exec(value)) points.push(m.index + 1 + (m[1]?.length ?? 0));
  // The earliest split that leaves a credit gives the whole credit ("Kelly Morris/U.S. Army via AP", not "Army via AP").
  for (const at of points) {
    const credit = value.slice(at).trim();
    const caption = value.slice(0, at).trim();
    if (caption.length > 15 && isCredit(credit)) return { caption, credit, creditStart: value.indexOf(credit, at) };
  }
  return null;
}

/** Caption prose: present tense, a picture word, or a "left/right" position, and no quotation. */
const captionish =
  /\b(?:shows?|seen|pictured|poses?|stands?|speaks?|meets?|walks?|looks? on|gestures?|attends?|arrives?|waves?|sits?|holds?|left|right|center|centre|background|foreground|image|photo|photograph|picture|file photo)\b/i;

export function paragraphs(text: string): Paragraph[] {
  const found: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (!value) continue;
    found.push({ text: value, start: match.index + lead, end: match.index + lead + value.length });
  }
  return found;
}

/** A byline's names stop at the first part that is not a name: "By Rhiannon Clarke, Science correspondent, BBC News". */
function bylineNames(text: string, offset: number): Span[] {
  const names: Span[] = [];
  for (const span of splitNames(text.replace(/\s+for\s+.*$/i, ''), offset)) {
    const name = text.slice(span.start - offset, span.end - offset);
    const words = name.split(/\s+/);
    if (words.length > 4 || words.some((w) => /^[\p{Ll}]/u.test(w) && !/^(?:de|van|von|der|da|al|bin|la|le)$/.test(w))) break;
    if (names.length && /\b(?:News|Times|Post|Press|Online|Media|Agency|Correspondent|Reporter|Editor)\b/i.test(name)) break;
    names.push(span);
  }
  return names;
}

function splitNames(text: string, offset: number): Span[] {
  const names: Span[] = [];
  const re = /[^,&;]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const part of m[0].split(/\s+and\s+/)) {
      const at = text.indexOf(part, m.index);
      const trimmed = part
        .replace(/^\s*(?:and\s+)?/, '')
        .replace(/^[\p{Lu}][\p{L}.]*[’']s\s+/u, '')
        .replace(/\s+$/, '');
      if (trimmed.length < 2 || !/^[\p{Lu}]/u.test(trimmed)) continue;
      const lead = part.indexOf(trimmed);
      names.push({ start: offset + at + lead, end: offset + at + lead + trimmed.length });
    }
  }
  return names;
}

export function segment(text: string): Segmented {
  const all = paragraphs(text);
  const dropped: Segmented['dropped'] = [];
  const captions: CaptionBlock[] = [];
  const credits: CreditBlock[] = [];
  const prose: Paragraph[] = [];
  let headline: Span | null = null;

  let ended = false;
  let pendingCredit: Span | null = null;
  for (const [index, paragraph] of all.entries()) {
    const value = paragraph.text;
    const span = { start: paragraph.start, end: paragraph.end };
    if (ended) {
      dropped.push({ ...span, reason: 'after the end of the article' });
      continue;
    }
    if (value.length <= 60 && endOfArticle.test(value.replace(/[*:]+$/, '').trim())) {
      dropped.push({
        ...span,
        reason: value.toLowerCase().includes('reply') || value.toLowerCase().includes('comment') ? 'comment form' : 'teasers',
      });
      ended = true;
      continue;
    }
    // Only short paragraphs are furniture; on a long one, patterns like "subscribe … newsletter" backtrack for each "subscribe".
    const furnished = value.length < 300 ? furniture.find(([re]) => re.test(value)) : undefined;
    if (furnished) {
      dropped.push({ ...span, reason: furnished[1] });
      continue;
    }
    const by = value.length < 200 ? byline.exec(value) : null;
    if (by?.[1]) {
      const start = paragraph.start + value.indexOf(by[1]);
      credits.push({ span, names: bylineNames(by[1], start), role: 'AUTHOR' });
      continue;
    }
    const photos =
      value.length < 200
        ? /^(?:photographs|photography|photos|pictures|illustrations?|images)\s+by\s+(.+?)(?:\s+for\s+.*)?$/i.exec(value)
        : null;
    if (photos?.[1]) {
      credits.push({ span, names: splitNames(photos[1], paragraph.start + value.indexOf(photos[1])), role: 'PHOTOGRAPHER' });
      continue;
    }
    const placeLine =
      index < 6 && value.length < 80
        ? /^((?:[\p{Lu}][\p{L}'’-]+\s){1,3}[\p{Lu}][\p{L}'’-]+) in [\p{Lu}][\p{L}]+(?: and [\p{Lu}][\p{L}]+)?$/u.exec(value)
        : null;
    if (placeLine?.[1]) {
      const at = paragraph.start;
      credits.push({ span, names: [{ start: at, end: at + placeLine[1].length }], role: 'AUTHOR' });
      continue;
    }
    const contributors = value.length < 200 ? contributed.exec(value) : null;
    if (contributors?.[1]) {
      const start = paragraph.start + value.indexOf(contributors[1]);
      credits.push({ span, names: splitNames(contributors[1], start), role: 'CONTRIBUTOR' });
      continue;
    }
    const described = value.length < 200 ? describedContributors.exec(value) : null;
    if (described?.[1]) {
      credits.push({ span, names: splitNames(described[1], paragraph.start + value.indexOf(described[1])), role: 'CONTRIBUTOR' });
      continue;
    }
    const from = value.length < 200 ? reportedFrom.exec(value) : null;
    if (from?.[1]) {
      const names = [from[1], from[2]]
        .filter((n): n is string => !!n)
        .map((n) => {
          const at = paragraph.start + value.indexOf(n);
          return { start: at, end: at + n.length };
        });
      credits.push({ span, names, role: 'AUTHOR' });
      if (from[3]) credits.push({ span, names: splitNames(from[3], paragraph.start + value.lastIndexOf(from[3])), role: 'CONTRIBUTOR' });
      continue;
    }
    const bio = value.length < 300 && index > 0 && /\b(?:reach|contact|email|follow)\b|@/i.test(value) ? authorBio.exec(value) : null;
    if (bio?.[1]) {
      const at = paragraph.start + value.indexOf(bio[1]);
      credits.push({ span, names: [{ start: at, end: at + bio[1].length }], role: 'AUTHOR' });
      continue;
    }
    const reporting = value.length < 300 ? reportingBy.exec(value) : null;
    if (reporting?.[1]) {
      const inner = reporting[1];
      const innerStart = paragraph.start + value.indexOf(inner);
      for (const part of inner.split(/;\s*/)) {
        const m =
          /^((?:additional\s+)?(reporting|writing|editing|compiled|research))\s+by\s+(.+?)(?:\s+in\s+[\p{Lu}][\p{L} ]+)?\.?$/iu.exec(
            part.trim(),
          );
        if (!m?.[3]) continue;
        const names = m[3].replace(/\s+in\s+[\p{Lu}][\p{L}]+(?:\s+and\s+[\p{Lu}][\p{L}]+)?$/u, '');
        const at = innerStart + inner.indexOf(names);
        const role = /edit/i.test(m[2] ?? '') ? 'EDITOR' : /additional/i.test(m[1] ?? '') ? 'CONTRIBUTOR' : 'AUTHOR';
        credits.push({ span, names: splitNames(names, at), role });
      }
      continue;
    }
    // A caption ends in a credit line; a credit line alone closes the caption before it.
    if (!/[“”"]/.test(value) || value.length < 400) {
      const previous = prose.at(-1);
      if (value.length < 120 && isCredit(value)) {
        if (/^image source\b/i.test(value) && /^(?:image caption|caption)\b/i.test(all[index + 1]?.text ?? '')) {
          pendingCredit = span;
          continue;
        }
        const short = previous && previous.end === all[index - 1]?.end && previous.text.length < 300 && !/[“”"‘]/.test(previous.text);
        if (previous && short && (captionish.test(previous.text) || !/[;:]/.test(previous.text))) {
          prose.pop();
          captions.push({
            span: { start: previous.start, end: paragraph.end },
            caption: { start: previous.start, end: previous.end },
            credit: span,
          });
        } else captions.push({ span, caption: span, credit: span });
        continue;
      }
      const split = value.length < 500 && !/[“”"]/.test(value) ? splitCredit(value) : null;
      if (split) {
        const lead = /^(?:Pictured|Above|Top|Main picture)\s*:\s*/i.exec(split.caption)?.[0].length ?? 0;
        captions.push({
          span,
          caption: { start: paragraph.start + lead, end: paragraph.start + split.caption.length },
          credit: { start: paragraph.start + split.creditStart, end: paragraph.start + split.creditStart + split.credit.length },
        });
        continue;
      }
      const labelled = /^(?:Image caption|Caption|Pictured)\s*[,:]\s*/i.exec(value);
      if (labelled && value.length < 400) {
        const credit = pendingCredit;
        pendingCredit = null;
        captions.push({
          span: credit ? { start: credit.start, end: paragraph.end } : span,
          caption: { start: paragraph.start + labelled[0].length, end: paragraph.end },
          credit,
        });
        continue;
      }
      if (/^(?:Image source|Media caption)\b/i.test(value) && value.length < 120) {
        dropped.push({ ...span, reason: 'media furniture' });
        continue;
      }
    }
    // A short first line without a full stop is the headline.
    if (index === 0 && value.length <= 160 && !/[.!?:"”]$/.test(value) && all.length > 1) {
      headline = span;
      continue;
    }
    prose.push(paragraph);
  }

  const pieces: Segmented['pieces'] = [];
  let body = '';
  for (const paragraph of prose) {
    if (body) body += '\n\n';
    pieces.push({ bodyStart: body.length, start: paragraph.start, end: paragraph.end });
    body += paragraph.text;
  }
  return { body, pieces, captions, credits, dropped, headline };
}

/** Maps a body offset to the original text (an end offset maps as the end of its piece). */
export function toOriginal(pieces: Segmented['pieces'], offset: number, isEnd = false): number {
  // The last piece starting before the offset (at it, for a start), by binary search: every span and mention is
  // mapped, so a scan over the paragraphs made a page of many short paragraphs quadratic.
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const bodyStart = (pieces[mid] as Segmented['pieces'][number]).bodyStart;
    if (bodyStart < offset || (!isEnd && bodyStart === offset)) lo = mid + 1;
    else hi = mid;
  }
  const chosen = pieces[Math.max(0, lo - 1)];
  if (!chosen) return offset;
  return chosen.start + Math.min(offset - chosen.bodyStart, chosen.end - chosen.start);
}
