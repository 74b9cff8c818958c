// extractArticle: raw article text in, an Extraction out (see types.ts). Pure
// and deterministic: no network, no database. The pipeline: segment the page
// (furniture, bylines, captions, prose), parse the prose with wink-nlp, find
// names, find quotes and reported speech with their speakers, read the image
// captions and credit lines, then assemble the ingestArticle input.
import { contentHash } from '../ingest/hash.ts';
import type { IngestArticleRaw } from '../ingest/input.ts';
import { type Entity, findEntities, lastWord, orgKind, Registry } from './entities.ts';
import { knownOrgs, orgWords } from './lexicon.ts';
import { normalizeMarks } from './marks.ts';
import { parse } from './nlp.ts';
import { segment, toOriginal } from './segment.ts';
import type { SpeakerOptions } from './speaker.ts';
import { findStatements, type Statement, weekdayBefore } from './statements.ts';
import type { ExtractedContributor, ExtractedImage, ExtractedStatement, Extraction, ExtractMeta, Span } from './types.ts';

export type { Extraction, ExtractMeta } from './types.ts';

/** Host used for articles given without a URL: `.invalid` is reserved (RFC 2606) and never resolves. */
export const derivedUrlBase = 'https://newsgraph.invalid/text/';

export const MAIN_EVENT = 'event:main';

type Extra = Entity & { original?: Span[] };

/**
 * `speaker` replaces the pronoun ranker's weights and listens to its choices, for training (scripts/train-extract.ts);
 * the choices' spans are offsets into `text`, like everything else the extraction returns.
 */
export function extractArticle(text: string, meta: ExtractMeta = {}, speaker: SpeakerOptions = {}): Extraction {
  const seg = segment(text);
  const parsed = parse(normalizeMarks(seg.body));
  const { registry, mentions } = findEntities(parsed);
  const publishedAt = toDate(meta.publishedAt);
  const onPronoun = speaker.onPronoun;
  const listened: SpeakerOptions = onPronoun
    ? {
        ...speaker,
        onPronoun: (choice) =>
          onPronoun({ ...choice, start: toOriginal(seg.pieces, choice.start), end: toOriginal(seg.pieces, choice.end, true) }),
      }
    : speaker;
  // Statements quote the body as written, not with the marks the parser was given.
  const found = findStatements({ parsed, registry, mentions, publishedAt, speaker: listened }).map((s) => ({
    ...s,
    text: seg.body.slice(s.span.start, s.span.end),
  }));
  const orig = (span: Span): Span => ({ start: toOriginal(seg.pieces, span.start), end: toOriginal(seg.pieces, span.end, true) });
  const addOriginal = (entity: Entity, span: Span) => {
    const e = entity as Extra;
    e.original ??= [];
    e.original.push(span);
  };

  // Images: caption, credit line, photographer, agencies, what is shown.
  const images: ExtractedImage[] = [];
  const articleImages: NonNullable<IngestArticleRaw['images']> = [];
  for (const block of seg.captions) {
    const captionText = text.slice(block.caption.start, block.caption.end).trim();
    const creditLine = block.credit ? text.slice(block.credit.start, block.credit.end).trim() : null;
    const hasCaption = !!captionText && block.caption.start !== block.credit?.start;
    const depicts: string[] = [];
    let place: string | null = null;
    if (hasCaption) {
      const sub = findEntities(parse(captionText));
      for (const [index, m] of sub.mentions.entries()) {
        const e = sub.registry.entities.get(m.entity) as Entity;
        const merged = mergeInto(registry, e);
        addOriginal(merged, { start: block.caption.start + m.start, end: block.caption.start + m.end });
        if (merged.type !== 'ORGANIZATION' && !depicts.includes(merged.key)) depicts.push(merged.key);
        const before = captionText.slice(Math.max(0, m.start - 4), m.start);
        if (merged.type === 'PLACE' && !place && (/\bin\s$/.test(before) || index === sub.mentions.length - 1)) place = merged.key;
      }
    }
    const { photographer, agencies } =
      creditLine && block.credit ? readCredit(registry, creditLine, block.credit.start, addOriginal) : { photographer: null, agencies: [] };
    const takenAt = hasCaption ? captionDate(captionText, publishedAt) : null;
    images.push({
      span: block.span,
      caption: hasCaption ? captionText : (creditLine ?? ''),
      creditLine,
      photographer,
      agencies,
      depicts,
      place,
      takenAt,
      confidence: hasCaption && creditLine ? 0.85 : 0.6,
    });
    if (hasCaption) {
      articleImages.push({ caption: captionText, creditLine, photographer, agencies, depicts, place, takenAt });
    }
  }

  // Bylines and contributor lines.
  const contributors: ExtractedContributor[] = [];
  const credited = new Set<string>();
  for (const credit of seg.credits) {
    for (const span of credit.names) {
      const name = text.slice(span.start, span.end).replace(/^the\s+/i, '');
      const words = name.split(/\s+/);
      const isOrg =
        knownOrgs.has(name) || orgWords.has(words.at(-1)?.toLowerCase() ?? '') || words.length === 1 || /^[A-Z]{2,}$/.test(name);
      const entity = isOrg
        ? registry.add('ORGANIZATION', name, { orgKind: orgKind(name), confidence: 0.9 })
        : registry.add('PERSON', name, { confidence: 0.9 });
      addOriginal(entity, span);
      if (!credited.has(`${credit.role} ${entity.key}`)) {
        credited.add(`${credit.role} ${entity.key}`);
        contributors.push({ entity: entity.key, role: credit.role, span });
      }
    }
  }

  const publisher = meta.publisher?.trim()
    ? registry.add('ORGANIZATION', meta.publisher.trim(), { orgKind: 'MEDIA', confidence: 1 })
    : null;

  // Statements and events.
  const headline = meta.headline?.trim() || (seg.headline ? text.slice(seg.headline.start, seg.headline.end) : leadHeadline(seg.body));
  const events: NonNullable<IngestArticleRaw['events']> = [
    {
      key: MAIN_EVENT,
      name: eventName(meta.headline?.trim() || (seg.headline ? text.slice(seg.headline.start, seg.headline.end) : null), seg.body),
      kind: 'OTHER',
      startAt: publishedAt ? publishedAt.toISOString().slice(0, 10) : null,
      participants: [],
    },
  ];
  const statements: ExtractedStatement[] = [];
  const articleStatements: NonNullable<IngestArticleRaw['statements']> = [];
  const subEvents = new Map<string, string>();
  const participants = new Map<string, string>();
  found.forEach((s, index) => {
    const key = `stmt:${index + 1}`;
    const about = subEventFor(s, registry, events, subEvents, publishedAt) ?? MAIN_EVENT;
    if (s.speaker && !participants.has(s.speaker) && participants.size < 12) participants.set(s.speaker, 'speaker');
    statements.push({
      key,
      kind: s.kind,
      text: s.text,
      span: orig(s.span),
      speaker: s.speaker,
      speakerSpan: s.speakerSpan ? orig(s.speakerSpan) : null,
      verb: s.verb,
      venue: s.venue,
      addressee: s.addressee,
      confidence: round(s.confidence),
    });
    articleStatements.push({
      key,
      text: s.text,
      kind: s.kind,
      speaker: s.speaker,
      speakerRole: s.speakerRole?.slice(0, 300) ?? null,
      verb: s.verb?.slice(0, 300) ?? null,
      venue: s.venue?.slice(0, 300) ?? null,
      addressee: s.addressee,
      saidAt: s.saidAt,
      startOffset: s.span.start,
      endOffset: s.span.end,
      confidence: round(s.confidence),
      about: [about],
    });
  });
  (events[0] as { participants: { entity: string; role: string }[] }).participants = [...participants].map(([entity, role]) => ({
    entity,
    role,
  }));

  const entities = [...registry.entities.values()];
  const orgIn = firstNamedIn(
    entities.filter((e) => e.type === 'ORGANIZATION' && e.name.length > 2),
    (e) => [e.name.toLowerCase()],
  );
  const affiliationOrg = (role: string) => orgIn(role.toLowerCase())?.key ?? null;
  const article: IngestArticleRaw = {
    url: meta.url?.trim() || derivedUrl(seg.body || text),
    headline,
    body: seg.body,
    publishedAt: publishedAt ? publishedAt.toISOString() : null,
    language: 'en',
    publisher: publisher?.key ?? null,
    people: entities
      .filter((e) => e.type === 'PERSON')
      .map((e) => ({
        key: e.key,
        name: e.name,
        aliases: [...e.aliases].filter((a) => a !== e.name).slice(0, 50),
        affiliations: dedupe(e.roles.map((r) => r.role.trim().slice(0, 300)))
          .filter(Boolean)
          .map((role) => ({ role, organization: affiliationOrg(role) })),
      })),
    organizations: entities
      .filter((e) => e.type === 'ORGANIZATION')
      .map((e) => ({
        key: e.key,
        name: e.name,
        aliases: [...e.aliases].filter((a) => a !== e.name).slice(0, 50),
        kind: (e.orgKind ?? 'OTHER') as 'OTHER',
      })),
    places: entities
      .filter((e) => e.type === 'PLACE')
      .map((e) => ({
        key: e.key,
        name: e.name,
        aliases: [...e.aliases].filter((a) => a !== e.name).slice(0, 50),
        kind: (e.placeKind ?? 'OTHER') as 'OTHER',
      })),
    events,
    about: [MAIN_EVENT],
    statements: articleStatements,
    relations: relations(found, articleStatements, seg.body, registry),
    images: articleImages,
    contributors: contributors.map((c) => ({ entity: c.entity, role: c.role })),
  };

  return {
    article,
    statements,
    entities: entities
      .filter((e) => e.mentions.length || (e as Extra).original?.length)
      .map((e) => ({
        key: e.key,
        type: e.type,
        name: e.name,
        aliases: [...e.aliases].filter((a) => a !== e.name),
        mentions: [...e.mentions.map(orig), ...((e as Extra).original ?? [])].sort((a, b) => a.start - b.start),
        confidence: round(e.confidence),
      })),
    images,
    contributors,
    dropped: [...seg.dropped, ...seg.credits.map((c) => ({ ...c.span, reason: c.role === 'AUTHOR' ? 'byline' : 'contributor line' }))].sort(
      (a, b) => a.start - b.start,
    ),
  };
}

export function derivedUrl(body: string): string {
  return `${derivedUrlBase}${contentHash(body).slice(0, 32)}`;
}

function toDate(value: ExtractMeta['publishedAt']): Date | null {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const round = (n: number) => Math.round(n * 100) / 100;
const dedupe = <T>(list: T[]) => [...new Set(list)];

function mergeInto(registry: Registry, e: Entity): Entity {
  if (e.country && e.type === 'ORGANIZATION') {
    const gov = registry.government(e.country, [...e.aliases][0] ?? e.name);
    return gov;
  }
  const existing = registry.find(e.type, e.name) ?? [...e.aliases].map((a) => registry.find(e.type, a)).find(Boolean);
  if (existing) return existing;
  if (e.type === 'PERSON') {
    // Looked up by surname: a scan of every entity for each person in a caption made a page of captions quadratic.
    const person = registry.withLastWord('PERSON', lastWord(e.name) ?? '', (p) => /\s/.test(p.name));
    if (person) return person;
  }
  const created = registry.add(e.type, e.name, {
    ...(e.orgKind ? { orgKind: e.orgKind } : {}),
    ...(e.placeKind ? { placeKind: e.placeKind } : {}),
    confidence: e.confidence,
  });
  for (const alias of e.aliases) registry.alias(created, alias);
  for (const role of e.roles) created.roles.push(role);
  return created;
}

/** The photographer's and agencies' names in a credit line read alone, as captions' credits are read (for credits found in page markup). */
export function creditNames(credit: string): { photographer: string | null; agencies: string[] } {
  const registry = new Registry();
  const { photographer, agencies } = readCredit(registry, credit, 0, () => {});
  const name = (key: string) => registry.entities.get(key)?.name ?? key;
  return { photographer: photographer ? name(photographer) : null, agencies: agencies.map(name) };
}

/** "Name / Agency", "Agency – Getty Images", "Photo: Name/Agency", "AP Photo/Name". */
function readCredit(
  registry: Registry,
  credit: string,
  offset: number,
  addOriginal: (e: Entity, span: Span) => void,
): { photographer: string | null; agencies: string[] } {
  let photographer: string | null = null;
  const agencies: string[] = [];
  const body = credit
    .replace(/^\(?\s*(?:photo(?:graph)?s?|image source|image|picture|credit|photo credit)(?:\s+by)?\s*[:,]?\s*/i, (m) =>
      ' '.repeat(m.length),
    )
    .replace(/^\(/, ' ')
    .replace(/\)$/, ' ');
  const parts: Span[] = [];
  for (const chunk of body.matchAll(/[^/;,–—]+/g)) {
    for (const piece of chunk[0].split(/\s+(?:via|-|for)\s+/)) {
      const at = body.indexOf(piece, chunk.index ?? 0);
      const trimmed = piece.trim();
      if (trimmed) parts.push({ start: at + piece.indexOf(trimmed), end: at + piece.indexOf(trimmed) + trimmed.length });
    }
  }
  for (const part of parts) {
    let name = body.slice(part.start, part.end).replace(/\s+Photo$/i, '');
    const span = { start: offset + part.start, end: offset + part.start + name.length };
    name = name.trim();
    if (!name || !/^[\p{Lu}]/u.test(name)) continue;
    const words = name.split(/\s+/);
    const isOrg =
      knownOrgs.has(name) ||
      knownOrgs.has(words[0] ?? '') ||
      orgWords.has(words.at(-1)?.toLowerCase() ?? '') ||
      words.length === 1 ||
      /^[A-Z]{2,}/.test(name) ||
      words.length > 4;
    if (!isOrg && !photographer) {
      const person = registry.find('PERSON', name) ?? registry.add('PERSON', name, { confidence: 0.85 });
      addOriginal(person, span);
      photographer = person.key;
      continue;
    }
    const org = registry.find('ORGANIZATION', name) ?? registry.add('ORGANIZATION', name, { orgKind: orgKind(name), confidence: 0.85 });
    addOriginal(org, span);
    if (!agencies.includes(org.key)) agencies.push(org.key);
  }
  return { photographer, agencies };
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
function captionDate(caption: string, publishedAt: Date | null): string | null {
  const full = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(caption);
  if (full) {
    const month = months.indexOf((full[1] as string).slice(0, 3).toLowerCase());
    return `${full[3]}-${String(month + 1).padStart(2, '0')}-${String(full[2]).padStart(2, '0')}`;
  }
  const day = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(caption);
  if (day && publishedAt)
    return weekdayBefore(
      publishedAt,
      ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf((day[1] as string).toLowerCase()),
    );
  return null;
}

function firstSentence(body: string): string {
  const paragraph = body.split('\n')[0] ?? '';
  const m = /^.+?[.!?](?=\s+[“"A-Z]|$)/.exec(paragraph);
  return (m ? m[0] : paragraph).trim();
}

function clip(text: string, words: number): string {
  const list = text.split(/\s+/);
  return list.length <= words ? text : list.slice(0, words).join(' ');
}

function leadHeadline(body: string): string {
  const sentence = firstSentence(body).replace(/[.!?]$/, '');
  return clip(sentence, 25) || 'Untitled article';
}

/** The article's event: named from the headline, else from the lead's first clause. */
function eventName(headline: string | null, body: string): string {
  if (headline) return clip(headline, 20).slice(0, 300);
  const clause = (firstSentence(body).split(/,\s+(?:although|though|but|while|as|after|amid|even as)\s+|;\s+|\s+[—–]\s+/)[0] ?? '').replace(
    /[.!?]$/,
    '',
  );
  return clip(clause, 20).slice(0, 300) || 'Untitled event';
}

/** A news conference, interview or meeting named in a statement's venue is a sub-event of the article's event. */
function subEventFor(
  s: Statement,
  registry: Registry,
  events: NonNullable<IngestArticleRaw['events']>,
  known: Map<string, string>,
  publishedAt: Date | null,
): string | null {
  if (!s.venue || !s.speaker) return null;
  const venue = s.venue.toLowerCase();
  const kind = /(?:news|press) conference|briefing/.test(venue)
    ? 'PRESS_CONFERENCE'
    : /interview/.test(venue)
      ? 'INTERVIEW'
      : /meeting|talks|summit/.test(venue)
        ? 'MEETING'
        : /speech|address/.test(venue)
          ? 'SPEECH'
          : null;
  if (!kind) return null;
  const speaker = registry.entities.get(s.speaker);
  if (!speaker) return null;
  const id = `${kind}:${s.speaker}:${s.saidAt ?? ''}`;
  const existing = known.get(id);
  if (existing) return existing;
  const key = `event:sub-${known.size + 1}`;
  const noun = { PRESS_CONFERENCE: 'news conference', INTERVIEW: 'interview', MEETING: 'meeting', SPEECH: 'speech' }[kind];
  const day = s.saidAt ?? (publishedAt ? publishedAt.toISOString().slice(0, 10) : null);
  events.push({
    key,
    name: `${speaker.name} ${noun}${day ? ` (${day})` : ''}`,
    kind,
    parent: MAIN_EVENT,
    startAt: day,
    participants: [{ entity: speaker.key, role: 'speaker' }],
  });
  known.set(id, key);
  return key;
}

/**
 * RESPONDS_TO where the text says so: a reply verb ("responded", "replied", "countered"), or "in response to",
 * "responding to", "reacting to" before the statement in its sentence. The answered statement is the latest earlier
 * one by a speaker named in that phrase, else the latest earlier one by someone else.
 */
function relations(
  found: Statement[],
  statements: NonNullable<IngestArticleRaw['statements']>,
  body: string,
  registry: Registry,
): NonNullable<IngestArticleRaw['relations']> {
  const out: NonNullable<IngestArticleRaw['relations']> = [];
  let nameIn: ((text: string, except: string | null) => Entity | undefined) | null = null;
  // The latest earlier statement by each speaker, the latest with a speaker, and the latest by someone other than that one.
  const lastBy = new Map<string, number>();
  let latest = -1;
  let latestOther = -1;
  found.forEach((s, i) => {
    if (i > 0) {
      const previous = found[i - 1] as Statement;
      if (previous.speaker) {
        lastBy.set(previous.speaker, i - 1);
        if (latest >= 0 && found[latest]?.speaker !== previous.speaker) latestOther = latest;
        latest = i - 1;
      }
    }
    // The sentence before the statement, looked for in the 400 characters before it (run-on input has no full stop for pages).
    const from = Math.max(0, s.at - 400);
    const before = body.slice(from, s.at + 2);
    const sentenceStart = from + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), 0);
    const lead = body.slice(sentenceStart, Math.max(s.at, s.span.start));
    const marker = /\b(?:in (?:response|reply|reaction) to|responding to|reacting to|replying to|hitting back at)\b(.{0,80})/i.exec(lead);
    const replies = /^(?:respond|responded|responds|replied|reply|replies|countered|retorted|hit back)$/i.test(s.verb ?? '');
    if (!marker && !replies) return;
    if (marker?.[1] && !nameIn) {
      const named = firstNamedIn([...registry.entities.values()], (e) => [e.name, ...e.aliases].filter((n) => n.length > 2));
      nameIn = (text, except) => named(text, except === null ? undefined : registry.entities.get(except));
    }
    const named = marker?.[1] && nameIn ? nameIn(marker[1], s.speaker) : undefined;
    const j = named ? (lastBy.get(named.key) ?? -1) : latest >= 0 && found[latest]?.speaker !== s.speaker ? latest : latestOther;
    if (j >= 0) out.push({ from: statements[i]?.key as string, to: statements[j]?.key as string, kind: 'RESPONDS_TO' });
  });
  return out;
}

/**
 * The first of `candidates` (in their order) one of whose `names` occurs in a text, skipping `except`: a walk of a
 * trie of the names from each position of the (short) text, instead of searching the text for every name.
 */
function firstNamedIn(candidates: Entity[], names: (e: Entity) => string[]): (text: string, except?: Entity) => Entity | undefined {
  type Node = { next: Map<string, Node>; ranks: number[] };
  const root: Node = { next: new Map(), ranks: [] };
  candidates.forEach((candidate, rank) => {
    for (const name of names(candidate)) {
      let node = root;
      for (const unit of name.split('')) {
        let next = node.next.get(unit);
        if (!next) {
          next = { next: new Map(), ranks: [] };
          node.next.set(unit, next);
        }
        node = next;
      }
      // The two earliest are enough: the one skipped is at most one of them.
      if (node.ranks.length < 2 && node.ranks.at(-1) !== rank) node.ranks.push(rank);
    }
  });
  return (text, except) => {
    let best = Number.POSITIVE_INFINITY;
    for (let from = 0; from < text.length; from++) {
      let node: Node | undefined = root;
      for (let at = from; at < text.length && node; at++) {
        node = node.next.get(text[at] as string);
        for (const rank of node?.ranks ?? []) if (rank < best && candidates[rank] !== except) best = rank;
      }
    }
    return candidates[best];
  };
}
