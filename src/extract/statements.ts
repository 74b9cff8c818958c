// Direct quotes and reported speech with their speakers. Quotes are found
// from the quotation marks (curly or straight, across paragraphs); reported
// speech from speech verbs with a clause after them. The speaker is read from
// the words around the verb: a name (with its title or appositive), a
// pronoun or a description resolved to an earlier speaker, an organization
// or a metonym ("Kyiv said"). Items are resolved in text order, so "he" and
// "the spokesman" find the right earlier speaker.
import { antecedents } from './antecedents.ts';
import { runOnEnd } from './clause-end.ts';
import { openingPhraseComma, participleOpening, presentVerbTaggedNoun } from './cues.ts';
import type { Entity, Mention, Registry } from './entities.ts';
import {
  abbreviations,
  clauseOpeners,
  evidenceNouns,
  evidenceVerbs,
  groupNames,
  mediaWords,
  nounContentVerb,
  quoteVerbs,
  speechNouns,
  speechParticiple,
  speechVerbs,
} from './lexicon.ts';
import type { Parsed, Token } from './nlp.ts';
import { Keys, lastAtOrBefore } from './recency.ts';
import { rules } from './rules.ts';
import { best, pronounCandidates, reach, type SpeakerOptions, speakerWeights } from './speaker.ts';
import type { ExtractedStatementKind, Span } from './types.ts';

export interface Statement {
  kind: ExtractedStatementKind;
  span: Span;
  text: string;
  speaker: string | null;
  speakerSpan: Span | null;
  speakerRole: string | null;
  verb: string | null;
  venue: string | null;
  addressee: string | null;
  saidAt: string | null;
  confidence: number;
  /** Where the attribution sits (for ordering and relations). */
  at: number;
}

interface Quote {
  open: number;
  close: number;
  start: number;
  end: number;
  paragraph: number;
  continues: boolean;
  openEnded: boolean;
}

const skippable = new Set([
  'has',
  'have',
  'had',
  'also',
  'consistently',
  'repeatedly',
  'later',
  'earlier',
  'previously',
  'again',
  'already',
  'publicly',
  'reportedly',
  'privately',
  'then',
  'once',
  'further',
  'would',
  'will',
  'could',
  'did',
  'does',
  'do',
  'not',
  'never',
  'just',
  'recently',
  'separately',
  'still',
  'even',
  'only',
  'often',
  'flatly',
  'strongly',
  'firmly',
  'initially',
  'first',
  'finally',
  'immediately',
  'quickly',
  'angrily',
  'bluntly',
  'simply',
  'openly',
  'explicitly',
  'repeatedly',
  'is',
  'was',
  'were',
  'are',
  'being',
  'been',
  'had',
  'may',
  'might',
  'can',
  'clearly',
  'subsequently',
  'in',
  'turn',
  'however',
  'meanwhile',
]);
/** Verbs that report speech only with a noun: "sounded alarm that", "expressed concern that". */
const nounVerbs = new Set([
  'sound',
  'sounded',
  'sounds',
  'express',
  'expressed',
  'expresses',
  'voice',
  'voiced',
  'voices',
  'raise',
  'raised',
  'raises',
  'make',
  'made',
  'makes',
  'give',
  'gave',
  'gives',
  'offer',
  'offered',
  'offers',
]);
const modals = new Set(['could', 'would', 'might', 'may', 'will', 'can', 'should', 'must', 'was', 'were', 'is', 'are', 'had']);
const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Pronouns that name a speaker the text need not have named: "they said", "we argue". */
const unnamedPronouns = new Set(['he', 'i', 'she', 'them', 'they', 'us', 'we', 'who', 'you']);
/** Speech verbs whose content may be an infinitive: promises, threats, requests. */
const infinitiveSpeech =
  /^(?:vow|vowed|vows|vowing|pledge|pledged|pledges|pledging|promise|promised|promises|promising|threaten|threatened|threatens|threatening|urge|urged|urges|urging|ask|asked|asks|asking|tell|told|tells|telling|warn|warned|warns|warning)$/;
/**
 * Words after a comma that end a reported clause. Not "because", "although", "though", "since" or "despite": PolNeAR's
 * content spans, like what was said, run on through such a subordinate clause.
 */
/** Things written or said that a participle after them ("a statement saying") speaks through, for their author. */
const documentNouns =
  /^(?:ad|ads|announcement|book|column|comment|comments|email|emails|interview|letter|memo|message|note|op-ed|post|release|remarks|report|speech|statement|tweet|tweets|video)$/;
const subordinators = /^(?:although|though|because|since|despite)$/;
const clauseBreakers = new Set([
  'while',
  'as',
  'after',
  'before',
  'according',
  'said',
  'says',
  'adding',
  'noting',
  'saying',
  'whereas',
  'unless',
  'amid',
]);
const venueNouns =
  /^(?:(?:in|at|during|on|via|through|from|over)\s+(?:a|an|the|his|her|their|its|one|separate|joint|)\s*(?:[\w’'-]+\s+){0,4}?(?:message|statement|statements|interview|conference|briefing|remarks|address|speech|post|video|broadcast|call|letter|tweet|meeting|session|hearing|summit|forum|television|radio|twitter|telegram|facebook|x|channel|podcast|appearance|show|comments|op-ed|report|parliament|rally|ceremony|visit)\b(?:\s+(?:message|statement|address|conference|call|post|interview|remarks|briefing|appearance))?(?:\s+(?:with|to|on)\s+(?:[\p{Lu}][\p{L}.’'-]*\s?){1,4})?)/iu;
const timeWords =
  /^(?:(?:on|late|early|last|this|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|week|month|year|morning|evening|night|afternoon)(?:\s+(?:morning|evening|night|afternoon|week|month))?\b/i;
const roleNouns =
  /(?:commissioner|councillor|council(?:man|woman)|chancellor|mp|mep|coach|manager|captain|founder|owner|fisherman|farmer|teacher|student|officer|inspector|detective|sheriff|mother|father|son|daughter|wife|husband|resident|victim|runner|athlete|player|winner|defendant|plaintiff|activist|campaigner|protester|scientist|glaciologist|spokes(?:man|woman|person)|minister|president|official|secretary|general|leader|chief|ambassador|chancellor|governor|mayor|senator|lawmaker|commander|officer|adviser|advisor|aide|analyst|expert|envoy|premier|diplomat|director|head|prosecutor|judge|lawyer|attorney|king|queen|pope|representative|chairman|chairwoman|ceo|executive|negotiator|researcher|professor|witness|resident|worker|doctor|nurse|author|economist|strategist|colonel|captain|sergeant|major)s?$/i;
const orgNouns =
  /(?:ministry|government|agency|company|military|army|department|office|administration|kremlin|council|committee|group|organization|alliance|bank|court|police|party|union|force|zoo|charity|service|firm|club|museum|hospital|school|university|authority|regulator|watchdog)$/i;
/** Organization words a description ends with that `orgNouns` does not cover. */
const orgHeads = new Set([
  'firm',
  'group',
  'maker',
  'carrier',
  'club',
  'team',
  'side',
  'council',
  'body',
  'regulator',
  'watchdog',
  'union',
  'lender',
  'insurer',
  'retailer',
  'airline',
  'operator',
  'company',
  'bank',
  'authority',
  'board',
]);
/** A description "the <word>" names a person whose role holds the word (without a plural s), an organization whose name holds it. */
const roleKeys = new Keys((s) => roleNouns.test(s) || roleNouns.test(`${s}s`), new Set());
const orgKeys = new Keys((s) => orgNouns.test(s), orgHeads);
/** Predicates whose subject is the subject of the infinitive after them: "is likely to say", "declined to say". Not "too early to tell". */
const catenatives =
  /^(?:able|about|appear(?:s|ed)?|beg[ai]n|begins|careful|continue[sd]?|decline[sd]?|due|eager|expected|going|likely|poised|quick|ready|refuse[sd]?|seem(?:s|ed)?|set|tr(?:y|ies|ied)|unable|unlikely|want(?:s|ed)?|willing)$/;
/** Verbs that report a clause whoever their subject is: a clause after them is speech even when the speaker is not found. */
const reportingVerbs = new Set([
  'acknowledged',
  'added',
  'admitted',
  'argued',
  'argues',
  'claimed',
  'claims',
  'explained',
  'insisted',
  'insists',
  'noted',
  'notes',
  'say',
  'said',
  'says',
  'stressed',
  'tell',
  'tells',
  'told',
  'warned',
  'warns',
  'wrote',
  'writes',
]);
/**
 * Speech verbs whose clause is speech whatever their subject (see `looseSubject`): every one but the few whose clause
 * on train was more often a plan, a request or a figure than something said ("pledged to", "asked whether", "estimated").
 */
const looseVerb = (token: Token) => {
  if (reportingVerbs.has(token.lower)) return true;
  const kind = speechVerbs.get(token.lower);
  // "his oft-stated promise", "the only state holding": a noun or adjective the word can also be is no speech act.
  if (kind === undefined || kind === 'PARAPHRASE' || token.pos !== 'VERB') return false;
  return !looseExcluded.test(token.lower);
};
const looseExcluded = /^(?:pledge|ask|estimate|find|threaten|promise|urge|continue|disclose|respond|signall?)(?:s|d|ed|es)?$/;
const timeNouns = new Set(['morning', 'afternoon', 'evening', 'night']);
const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface StatementContext {
  parsed: Parsed;
  registry: Registry;
  mentions: Mention[];
  publishedAt: Date | null;
  /** The pronoun ranker's weights (speaker-weights.json unless given) and a listener for its choices (training). */
  speaker?: SpeakerOptions;
}

export function findStatements({ parsed, registry, mentions, publishedAt, speaker = {} }: StatementContext): Statement[] {
  const { text, tokens, sentences } = parsed;
  const quotes = findQuotes(text);
  // Whether any quote spans `offset`, by binary search: quotes are sorted by their opening mark, and
  // reachedBy[i] is the furthest any of the first i + 1 closes (a quote may overlap the next).
  const reachedBy: number[] = [];
  for (const [i, q] of quotes.entries()) reachedBy.push(Math.max(q.close, reachedBy[i - 1] ?? -1));
  const inQuote = (offset: number) => {
    const i = lastAtOrBefore(quotes.length, (k) => (quotes[k] as Quote).open, offset);
    return i >= 0 && (reachedBy[i] as number) >= offset;
  };
  /** How many characters of `span` lie inside quotation marks. */
  const quotedShare = (span: Span) => {
    let shared = 0;
    // From the last quote opening before the span, which may reach into it.
    const first = Math.max(
      0,
      lastAtOrBefore(quotes.length, (k) => (quotes[k] as Quote).open, span.start),
    );
    for (let i = first; i < quotes.length; i++) {
      const q = quotes[i] as Quote;
      if (q.open >= span.end) break;
      shared += Math.max(0, Math.min(q.close + 1, span.end) - Math.max(q.open, span.start));
    }
    return shared;
  };
  const newlines: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) newlines.push(at);
  /** Where the paragraph holding `offset` starts. */
  const paragraphStartOf = (offset: number) => {
    const i = lastAtOrBefore(newlines.length, (k) => newlines[k] as number, offset - 1);
    return i >= 0 ? (newlines[i] as number) + 1 : 0;
  };
  const mentionEndingAt = new Map<number, Mention>();
  const mentionStartingAt = new Map<number, Mention>();
  for (const m of mentions) {
    mentionEndingAt.set(m.last - 1, m);
    mentionStartingAt.set(m.first, m);
  }
  /**
   * The first mention, in text order, from offset `from` on that passes `test`, looked for until `stop` holds: a scan
   * from the first mention of the page for every description or "according to" made a page of them quadratic.
   */
  const mentionFrom = (from: number, stop: (m: Mention) => boolean, test: (m: Mention) => boolean) => {
    for (let k = lastAtOrBefore(mentions.length, (i) => (mentions[i] as Mention).start, from - 1) + 1; k < mentions.length; k++) {
      const m = mentions[k] as Mention;
      if (stop(m)) return undefined;
      if (test(m)) return m;
    }
    return undefined;
  };
  // Mentions never overlap, so their first tokens are in text order too; if some did, scans stop at the sentence's end.
  const firstsInOrder = mentions.every((m, k) => k === 0 || (mentions[k - 1] as Mention).first <= m.first);
  /** For each token, the first VERB, AUX or "that" at or after it (tokens.length if none). */
  const nextVerbOrThat: number[] = new Array(tokens.length + 1).fill(tokens.length);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const x = tokens[k] as Token;
    nextVerbOrThat[k] = ['VERB', 'AUX'].includes(x.pos) || x.lower === 'that' ? k : (nextVerbOrThat[k + 1] as number);
  }
  /** The roles each person has, as a set: one person named in thousands of roles made checking the list quadratic. */
  const rolesOf = new Map<Entity, Set<string>>();
  /** The first token ending after `offset`. */
  const tokenAtOffset = (offset: number) => lastAtOrBefore(tokens.length, (k) => (tokens[k] as Token).end, offset) + 1;
  const t = (i: number): Token => tokens[i] ?? { text: '', lower: '', start: text.length, end: text.length, pos: 'X', sentence: -1 };
  const entity = (key: string | null | undefined) => (key ? registry.entities.get(key) : undefined);
  const asSubject = (m: Mention) => {
    let i = m.last;
    if (t(i).text === ',' && ['VERB', 'AUX'].includes(t(i + 1).pos)) i++;
    else if (t(i).text === ',') {
      while (i < tokens.length && t(i + 1).text !== ',' && i - m.last < 15 && !/^[.;“”"]$/.test(t(i + 1).text)) i++;
      i += 2;
    }
    while (skippable.has(t(i).lower) && !['is', 'was', 'are', 'were', 'has', 'had', 'have'].includes(t(i).lower)) i++;
    return ['VERB', 'AUX'].includes(t(i).pos);
  };
  // Speakers so far, for pronouns and descriptions.
  const earlier = antecedents(registry, mentions, {
    isSubject: asSubject,
    // “Cruz is our best debater,” he says: a name inside a quotation is not who "he" points back at.
    quoted: (m) => inQuote(m.start),
    roleKeys,
    orgKeys,
  });
  const { lastPerson, lastOrg } = earlier;

  type Subject = { key: string | null; span: Span; role: string | null; confidence: number; evidence?: string };

  /** Resolves a description ("the spokesman", "the country's foreign minister") to an earlier speaker. */
  const describe = (phrase: string, span: Span): Subject | null => {
    const words = phrase
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .split(/\s+/);
    const head = words.at(-1) ?? '';
    // "a senior diplomat", "one official": someone the text does not name.
    if (
      /^(?:a|an|one|another|two|three|several|some)$/.test(words[0] ?? '') &&
      (roleNouns.test(head) || /^(?:person|people|source|sources)$/.test(head))
    ) {
      return { key: null, span, role: phrase, confidence: 0.4 };
    }
    if (roleNouns.test(head)) {
      const described = earlier.latestWithRole(head.replace(/s$/, ''), span.start);
      const found = described ?? lastPerson(span.start);
      if (head.endsWith('s') && !found) return { key: null, span, role: phrase, confidence: 0.3 };
      if (found) return { key: found.key, span, role: phrase, confidence: described ? 0.8 : 0.55 };
    }
    if (orgNouns.test(head) || orgHeads.has(head)) {
      const found = lastOrg(span.start, head) ?? lastOrg(span.start);
      // An organization the text has not named: the statement stands, unattributed.
      return found ? { key: found.key, span, role: null, confidence: 0.6 } : { key: null, span, role: phrase, confidence: 0.3 };
    }
    if (/^the\s/i.test(phrase) && !head.endsWith('s')) {
      const found = lastPerson(span.start);
      if (found) return { key: found.key, span, role: phrase, confidence: 0.5 };
    }
    // "Organizers said", "residents said": people the text does not name.
    if (/s$/.test(head) && !/ss$/.test(head) && words.length <= 4) return { key: null, span, role: phrase, confidence: 0.3 };
    return null;
  };
  const sentenceOf = (offset: number) => t(tokenAtOffset(offset)).sentence;
  /** "he"/"she": the candidate people before it, ranked (speaker.ts). */
  const personFor = (gender: 'm' | 'f', span: Span): Entity | undefined => {
    const candidates = pronounCandidates({
      at: span.start,
      gender,
      mentions,
      lastMention: lastAtOrBefore(mentions.length, (k) => (mentions[k] as Mention).start, span.start - 1),
      speakers: earlier.speakersBefore(span.start, reach.people),
      entity: (key) => registry.entities.get(key),
      sentenceOf,
      paragraphOf: paragraphStartOf,
      isSubject: asSubject,
      quoted: (m) => inQuote(m.start),
      possessor: (m) => /^[’']s$/.test(t(m.last).text),
      afterPreposition: (m) => t(m.first - 1).pos === 'ADP',
      rule: lastPerson(span.start, gender),
    });
    const chosen = best(candidates, speaker.weights ?? speakerWeights);
    speaker.onPronoun?.({
      ...span,
      candidates: candidates.map((c) => ({ key: c.entity.key, features: c.features })),
      chosen,
    });
    return candidates[chosen]?.entity;
  };
  const pronoun = (word: string, span: Span): Subject | null => {
    if (word === 'he' || word === 'she') {
      const gender = word === 'he' ? 'm' : 'f';
      const found = personFor(gender, span);
      if (!found) return null;
      earlier.setGender(found, gender);
      return { key: found.key, span, role: null, confidence: 0.75 };
    }
    if (word === 'they' || word === 'it') {
      const found = lastOrg(span.start);
      return found ? { key: found.key, span, role: null, confidence: 0.55 } : null;
    }
    return null;
  };

  const fromMention = (m: Mention, role: string | null, confidence = 0.9): Subject => {
    const e = entity(m.entity);
    let roles = e ? rolesOf.get(e) : undefined;
    if (e && !roles) {
      roles = new Set(e.roles.map((r) => r.role));
      rolesOf.set(e, roles);
    }
    if (e && roles && role && e.type === 'PERSON' && !roles.has(role)) {
      roles.add(role);
      e.roles.push({ role });
      earlier.addRole(e, role);
    }
    return { key: m.entity, span: { start: m.start, end: m.end }, role: role ?? m.title ?? null, confidence };
  };

  /**
   * From token `k` back over what sits between a subject and its verb: adverbs and auxiliaries, a time ("on Tuesday",
   * "Friday night") and a party label in parentheses ("(D-Ohio)"). Each step is bounded, so the look back is too.
   */
  const skipBack = (from: number, floor: number): number => {
    let k = from;
    for (let steps = 0; steps < 6 && k >= floor; steps++) {
      if (skippable.has(t(k).lower) || (t(k).pos === 'ADV' && t(k).lower !== 'not')) k--;
      // "Forbes, however, says": an adverb between commas.
      else if (t(k).text === ',' && t(k - 2).text === ',' && (skippable.has(t(k - 1).lower) || t(k - 1).pos === 'ADV')) k -= 3;
      else if (t(k).text === ')') {
        let o = k - 1;
        while (o >= floor && k - o < 10 && !/^[()]$/.test(t(o).text)) o--;
        if (t(o).text !== '(' || o < floor) break;
        k = o - 1;
      } else if (timeNouns.has(t(k).lower) && weekdayNames.includes(t(k - 1).lower)) k -= 2;
      else if (weekdayNames.includes(t(k).lower) || /^(?:yesterday|today|tonight)$/.test(t(k).lower)) {
        k--;
        if (/^(?:on|last|this|late|early)$/.test(t(k).lower)) k--;
      } else break;
    }
    return k;
  };

  /** The speaker a sentence opens on, for a participle whose sentence has no statement or verb subject to lean on. */
  const openingSubject = (floor: number, before: number): Subject | null => {
    const m = openingMention(floor, before);
    return m ? fromMention(m, null, rules.sentenceSubject) : null;
  };

  /** The person or organization a sentence opening at token `floor` opens on (after a few words describing it), before token `before`. */
  const openingMention = (floor: number, before: number): Mention | undefined => {
    const m = mentionFrom(
      t(floor).start,
      (mm) => mm.first >= Math.min(before, floor + descriptionReach),
      (mm) => mm.first >= floor && ['PERSON', 'ORGANIZATION'].includes(entity(mm.entity)?.type ?? ''),
    );
    if (!m) return undefined;
    for (let j = floor; j < m.first; j++) if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'CCONJ', 'PART'].includes(t(j).pos)) return undefined;
    return m;
  };

  /**
   * "Rep. Lee Zeldin of New York, a Trump supporter, said", "Sen. Jack Reed (D-R.I.), said": a sentence that opens on
   * a name (after a few words describing it), then its place or party label and a comma, and an appositive up to the
   * comma at token `k` before the verb.
   */
  const openingName = (k: number, floor: number): Subject | null => {
    const m = openingMention(floor, k);
    if (!m) return null;
    let j = m.last;
    if (t(j).lower === 'of') while (j < m.last + 5 && t(j).text !== ',') j++;
    else if (t(j).text === '(') while (j < m.last + 10 && t(j - 1).text !== ')') j++;
    if (t(j).text !== ',' || j > k) return null;
    for (let x = j; x < k; x++) if (/^[;:“”"()]$/.test(t(x).text)) return null;
    return fromMention(m, null, 0.8);
  };

  /** The subject ending just before token `v`, not reaching back past token `floor`. */
  const subjectBefore = (v: number, floor: number): Subject | null => {
    const k = skipBack(v - 1, floor);
    if (k < floor) return null;
    const tk = t(k);
    if (tk.text === ',') {
      let c1 = k - 1;
      while (c1 >= floor && t(c1).text !== ',' && !/[“”"]/.test(t(c1).text)) c1--;
      if (c1 < floor || t(c1).text !== ',') return openingName(k, floor);
      const inner = text.slice(t(c1 + 1).start, t(k - 1).end);
      const before = mentionEndingAt.get(c1 - 1);
      const innerMention = mentionStartingAt.get(c1 + 1);
      let lead = c1 - 1;
      while (lead > floor && !['PUNCT'].includes(t(lead - 1).pos) && !/^(?:and|but|that|while|as)$/.test(t(lead - 1).lower)) lead--;
      const described = /^(?:a|an|the|its|his|her|their|our)$/i.test(t(lead).text) || /^[\p{Ll}]/u.test(t(lead).text);
      const innerIsPerson = innerMention && entity(innerMention.entity)?.type === 'PERSON';
      if (
        before &&
        before.first >= floor &&
        entity(before.entity)?.type !== 'PLACE' &&
        !(described && innerIsPerson && before.first > lead)
      ) {
        return fromMention(before, inner);
      }
      // Further back over a longer appositive: "Marjorie Bell, 74, who has lived there for 40 years, said".
      for (let c = c1 - 1, commas = 0; c >= floor && commas < 3; c--) {
        if (t(c).text !== ',') continue;
        commas++;
        const m = mentionEndingAt.get(c - 1);
        if (m && m.first >= floor && entity(m.entity)?.type === 'PERSON' && !before) return fromMention(m, null, 0.8);
      }
      if (innerMention && innerMention.last === k && entity(innerMention.entity)?.type === 'ORGANIZATION' && !before) {
        return fromMention(innerMention, null, 0.75);
      }
      if (innerMention && entity(innerMention.entity)?.type === 'PERSON') {
        let d = c1 - 1;
        while (d >= floor && !['PUNCT'].includes(t(d).pos) && !/^(?:and|but|that|while|as)$/.test(t(d).lower)) d--;
        const description = text.slice(t(d + 1).start, t(c1 - 1).end);
        return fromMention(innerMention, description || null);
      }
      return openingName(k, floor);
    }
    if (tk.lower === 'who' && t(k - 1).text === ',') {
      const m = mentionEndingAt.get(k - 2);
      return m ? fromMention(m, null, 0.8) : null;
    }
    // "the United States and its allies": the first party speaks for the group.
    if (/^(?:allies|partners)$/.test(tk.lower) && t(k - 1).lower === 'its' && t(k - 2).lower === 'and') {
      const m = mentionEndingAt.get(k - 3);
      if (m && m.first >= floor) return fromMention(m, null, 0.75);
    }
    const m = mentionEndingAt.get(k);
    if (m && m.first >= floor) {
      const e = entity(m.entity);
      if (e?.type === 'PLACE') {
        // "Jeb Bush of Florida said", "Senator Ann Lee of Ohio said": the person the place is said of speaks.
        const person = t(m.first - 1).lower === 'of' ? mentionEndingAt.get(m.first - 2) : undefined;
        return person && person.first >= floor && entity(person.entity)?.type === 'PERSON' ? fromMention(person, null) : null;
      }
      return fromMention(m, null);
    }
    if (pronouns.has(tk.lower)) return pronoun(tk.lower, { start: tk.start, end: tk.end });
    // "Russia has positioned … but has denied …": the sentence's subject.
    if (/^(?:and|but)$/.test(tk.lower)) return sentenceSubject(k);
    if (['NOUN', 'PROPN', 'ADJ'].includes(tk.pos)) {
      let d = k;
      while (
        (d - 1 >= floor && ['NOUN', 'ADJ', 'DET', 'PROPN', 'NUM'].includes(t(d - 1).pos)) ||
        (d - 1 >= floor && /^[’']s$/.test(t(d - 1).text)) ||
        // "a spokesman for the force", "the head of the agency"
        (d - 2 >= floor && /^(?:for|of|at)$/.test(t(d - 1).lower) && roleNouns.test(t(d - 2).lower))
      )
        d--;
      if (t(d).lower === 'that' || t(d).lower === 'this') return null;
      const phrase = text.slice(t(d).start, tk.end);
      const span = { start: t(d).start, end: tk.end };
      if (evidenceNouns.test(phrase)) return { key: null, span, role: null, confidence: 0.7, evidence: phrase };
      // "A Commission spokesperson", "a Leonardo spokesman": unnamed, so the organization speaks.
      const inner = mentionFrom(
        span.start,
        (mm) => mm.start > span.end,
        (mm) => mm.end <= span.end && entity(mm.entity)?.type === 'ORGANIZATION',
      );
      if (inner && /^(?:a|an)\s/i.test(phrase))
        return { key: inner.entity, span: { start: inner.start, end: inner.end }, role: phrase, confidence: 0.7 };
      return describe(phrase, span);
    }
    return null;
  };

  /**
   * The noun phrase right before token `v` when `subjectBefore` resolves no one: "21 percent said", "people in Fort
   * Pierce said", "they said" with no organization before. Unattributed; a bounded look back (a few words).
   */
  const unnamedBefore = (v: number, floor: number): Subject | null => {
    let k = v - 1;
    while (k >= floor && (skippable.has(t(k).lower) || t(k).pos === 'ADV')) k--;
    const end = k;
    // A name the tagger misreads ("Fort Pierce/VERB") is still a noun phrase: a mention is passed over whole.
    const nounAt = (i: number) => ['NOUN', 'PROPN', 'NUM', 'PRON'].includes(t(i).pos) || mentionEndingAt.has(i);
    while (k >= floor && end - k < 8 && (nounAt(k) || ['ADJ', 'DET'].includes(t(k).pos) || /^[()]$|^(?:of|in|at|for)$/.test(t(k).lower)))
      k = mentionEndingAt.has(k) ? Math.min(k - 1, (mentionEndingAt.get(k) as { first: number }).first - 1) : k - 1;
    // "Some say", "Many said": a quantifier standing for people.
    const quantifier = /^(?:some|many|most|others|few|several|both|all|half)$/.test(t(end).lower);
    if (k === end || !(nounAt(end) || quantifier || t(end).pos === 'PUNCT')) return null;
    // "this signaled", "which showed": not a speaker.
    if (t(end).pos === 'PRON' && !unnamedPronouns.has(t(end).lower)) return null;
    if (/^(?:this|that|these|those|which|what|it)$/.test(t(k + 1).lower)) return null;
    const span = { start: t(k + 1).start, end: t(end).end };
    // "Democrats say", "79 percent of Republicans said": a group the text names, spoken for by its name.
    let g = end;
    while (g > k && t(g).pos !== 'PROPN') g--;
    let h = g;
    while (h - 1 > k && t(h - 1).pos === 'PROPN') h--;
    const sentenceStart = h === sentences[t(h).sentence]?.first || (h === k + 1 && t(k).pos === 'CCONJ');
    const capitalised = /^\p{Lu}/u.test(t(h).text) && (!sentenceStart || h < g || groupNames.has(t(h).lower));
    if (g > k && capitalised && !mentionStartingAt.has(h) && !mentionEndingAt.has(g)) {
      const name = text.slice(t(h).start, t(g).end);
      const group = registry.add('ORGANIZATION', name, { confidence: rules.namedGroup });
      group.mentions.push({ start: t(h).start, end: t(g).end });
      return { key: group.key, span: { start: t(h).start, end: t(g).end }, role: null, confidence: rules.namedGroup };
    }
    return { key: null, span, role: text.slice(span.start, span.end), confidence: rules.unnamedSubject };
  };

  /**
   * The speaker of the sentence holding token `k`, for a verb with no subject of its own ("… but has denied",
   * "…, adding that"): the last statement made in the sentence before `k`, or its first named subject.
   */
  const sentenceSubject = (k: number): Subject | null => {
    const sentence = sentences[t(k).sentence];
    if (!sentence) return null;
    const recent = [(bySentence.get(t(k).sentence) ?? []).at(-1), statements.at(-1)].find(
      (s) => s && s.at < t(k).start && s.at >= t(sentence.first).start,
    );
    if (recent) {
      return {
        key: recent.speaker,
        span: recent.speakerSpan ?? { start: t(k).start, end: t(k).end },
        role: recent.speakerRole,
        confidence: rules.sentenceSubject,
      };
    }
    const first = mentionFrom(
      t(sentence.first).start,
      (mm) => (firstsInOrder ? mm.first >= k : mm.start >= t(sentence.last).start),
      (mm) => mm.first >= sentence.first && mm.first < k && ['VERB', 'AUX'].includes(t(mm.last).pos),
    );
    if (first) return fromMention(first, null, rules.sentenceSubject);
    const opener = t(sentence.first);
    if (pronouns.has(opener.lower)) return pronoun(opener.lower, { start: opener.start, end: opener.end });
    // "The departments declined to comment, saying …": the subject of the sentence's first verb.
    for (let j = sentence.first + 1; j < k; j++) {
      if (t(j).text === ',') return null;
      if (['VERB', 'AUX'].includes(t(j).pos)) {
        const subject = withGroup(subjectBefore(j, sentence.first), j, sentence.first);
        return subject && { ...subject, confidence: Math.min(subject.confidence, rules.sentenceSubject) };
      }
    }
    return null;
  };

  /** The person or organization named right before a participle at token `v`, else the noun phrase there, unnamed. */
  const nounBefore = (v: number, floor: number): Subject | null => {
    const m = mentionEndingAt.get(v - 1);
    if (m && m.first >= floor && ['PERSON', 'ORGANIZATION'].includes(entity(m.entity)?.type ?? ''))
      return fromMention(m, null, rules.sentenceSubject);
    // "Trump issued a statement saying …": a document speaks for whoever issued it, the sentence's speaker.
    if (documentNouns.test(t(v - 1).lower)) return null;
    return unnamedBefore(v, floor);
  };

  /** `subject`, or, where it names no one, the group or unnamed speaker right before token `v`. */
  const withGroup = (subject: Subject | null, v: number, floor: number): Subject | null => {
    if (subject?.key || subject?.evidence) return subject;
    const unnamed = unnamedBefore(v, floor);
    return unnamed && (unnamed.key || !subject) ? unnamed : subject;
  };

  /**
   * "Yellen is likely to stress that …", "voters were more likely to say …", "Schumer declined to say how …": the
   * speech verb is the infinitive of a predicate whose subject is the speaker.
   */
  const catenativeSubject = (v: number, floor: number): Subject | null => {
    if (t(v - 1).lower !== 'to' || v - 2 < floor || !catenatives.test(t(v - 2).lower)) return null;
    return withGroup(subjectBefore(v - 2, floor), v - 2, floor);
  };

  /**
   * "Numerous veterans interviewed at rallies this week, including Mr. Jebens, said they …": a speech verb with a
   * clause of its own reports speech even when the words before it resolve to no one; the statement stands, unattributed.
   */
  const unresolvedSubject = (v: number, floor: number): Subject | null => {
    let k = skipBack(v - 1, floor);
    // "…, including two dairy owners, said": an appositive closes a subject that opens the sentence on a noun phrase.
    const opensOnNoun = ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t(floor).pos);
    if (t(k).text === ',' && opensOnNoun && !/[“”"]/.test(text.slice(t(floor).start, t(v).start))) k--;
    // A noun phrase must end there: not a quotation's closing mark (“…,” said X, who …) nor "who", "I", "those".
    if (!reportingVerbs.has(t(v).lower) || k < floor || !['NOUN', 'PROPN', 'NUM'].includes(t(k).pos) || inQuote(t(k).start)) return null;
    // "Rep. Ann Roe (D-Md.), chair of the …, said": the name the sentence opens on, when one does.
    const opening = opensOnNoun ? openingMention(floor, v) : undefined;
    if (opening) return fromMention(opening, null, rules.unresolvedSubject);
    return { key: null, span: { start: t(k).start, end: t(k).end }, role: null, confidence: rules.unresolvedSubject };
  };

  /**
   * "The self-described democratic socialist said he …", "Rep. Ann Roe (D-Md.), chair of …, said she …": a reporting
   * verb with a clause of its own reports speech even when no noun phrase the look back knows ends before it; the
   * name the sentence opens on speaks, else no one the text names.
   */
  const looseSubject = (v: number, floor: number): Subject | null => {
    // "too early to tell whether …", "hard to say": an infinitive has no speaker of its own here.
    if (!looseVerb(t(v)) || t(v - 1).lower === 'to' || inQuote(t(v - 1).start)) return null;
    // "his oft-stated promise", "the only state holding": the word is the noun or adjective it can also be.
    if (
      !reportingVerbs.has(t(v).lower) &&
      (t(v - 1).text === '-' || t(v - 1).pos === 'DET' || (t(v - 1).pos === 'ADV' && t(v - 2).pos === 'DET'))
    )
      return null;
    const opening = openingMention(floor, v);
    if (opening && opening.last < v) return fromMention(opening, null, rules.looseSubject);
    return { key: null, span: { start: t(v).start, end: t(v).end }, role: null, confidence: rules.looseSubject };
  };

  /** A subject right after token `v` ("…," said Smith, the …). */
  const subjectAfter = (v: number): Subject | null => {
    let m = mentionStartingAt.get(v + 1) ?? (t(v + 1).lower === 'the' ? mentionStartingAt.get(v + 2) : undefined);
    let role: string | null = null;
    // "said Clinton campaign manager Robby Mook": a name that opens a description is not the speaker.
    const opensDescription = m && (/^[’']s$/.test(t(m.last).text) || (t(m.last).pos === 'NOUN' && /^\p{Ll}/u.test(t(m.last).text)));
    if (!m || entity(m.entity)?.type !== 'PERSON' || opensDescription) {
      const described = personAfterDescription(v + 1, t(v).sentence);
      if (described) {
        m = described;
        role = text.slice(t(v + 1).start, t(described.first - 1).end);
      }
    }
    if (m && entity(m.entity)?.type !== 'PLACE') {
      if (t(m.last).text === ',') {
        let e = m.last + 1;
        while (e < tokens.length && !/^[,.;“”"]$/.test(t(e).text)) e++;
        if (e > m.last + 1) role = text.slice(t(m.last + 1).start, t(e - 1).end);
      }
      return fromMention(m, role);
    }
    if (pronouns.has(t(v + 1).lower)) return pronoun(t(v + 1).lower, { start: t(v + 1).start, end: t(v + 1).end });
    let e = v + 1;
    while (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t(e).pos) && t(e).sentence === t(v).sentence) e++;
    if (e > v + 1) return describe(text.slice(t(v + 1).start, t(e - 1).end), { start: t(v + 1).start, end: t(e - 1).end });
    return null;
  };

  /**
   * A person named after a few words describing them, from token `from` on: "Acme spokesman John Doe", "Dr. Ana
   * Lima", "Texas delegate Bill Eastland". The description is the person's role, not a speaker of its own.
   */
  const personAfterDescription = (from: number, sentence: number): Mention | undefined => {
    for (let k = from; k < from + descriptionReach && t(k).sentence === sentence; k++) {
      // "another Twitter user, Johanna Bayer": the name in apposition to the description.
      if (t(k).text === ',' && k > from && t(k - 1).pos === 'NOUN') {
        const m = mentionStartingAt.get(k + 1);
        return m && entity(m.entity)?.type === 'PERSON' ? m : undefined;
      }
      if (!['PROPN', 'NOUN', 'ADJ', 'DET', 'PART'].includes(t(k).pos) || (t(k).pos === 'PART' && !/^[’']s$/.test(t(k).text)))
        return undefined;
      const m = mentionStartingAt.get(k + 1);
      if (m && entity(m.entity)?.type === 'PERSON') return m;
    }
    return undefined;
  };

  type Complement = { next: number; addressee: string | null; venue: string | null; saidAt: string | null; verb: string };
  /**
   * "…, said Howard Rubel, a senior analyst at Jefferies, who notes …": the verb after a comma is followed by its
   * speaker's name and an appositive, not by a clause of its own.
   */
  const namedAfter = (v: number): boolean => {
    const m = mentionStartingAt.get(v + 1) ?? personAfterDescription(v + 1, t(v).sentence);
    return !!m && entity(m.entity)?.type === 'PERSON' && t(m.last).text === ',';
  };

  /** "pointed out that …", "points out": a speech verb of two words. */
  const pointsOut = (v: number) => /^point(?:s|ed|ing)?$/.test(t(v).lower) && t(v + 1).lower === 'out';

  /** What follows a speech verb before its clause: addressee, time, venue, "that". */
  const complement = (v: number): Complement => {
    let i = v + 1;
    let addressee: string | null = null;
    let venue: string | null = null;
    let saidAt: string | null = null;
    let verb = t(v).text;
    if (pointsOut(v)) {
      verb = `${t(v).text} ${t(v + 1).text}`;
      i = v + 2;
    }
    if (/^(?:tell|told|tells|telling|ask|asked|asks|asking|warn|warned|warns|warning|assure|assured|urged|urge|urging)$/.test(t(v).lower)) {
      const m = mentionStartingAt.get(i) ?? (t(i).lower === 'the' ? mentionStartingAt.get(i + 1) : undefined);
      if (m && entity(m.entity)?.type !== 'PLACE') {
        addressee = m.entity;
        const name = text.slice(m.start, m.end);
        if (mediaWords.test(name)) venue = `${t(v).text} ${name}`;
        i = m.last;
      } else if (/^(?:reporters|journalists|lawmakers|parliament|the|a|an)$/.test(t(i).lower) && /^t[oe]l/.test(t(v).lower)) {
        let e = i;
        // "telling reporters the bill was dead": a determiner after the first word opens the clause, not more of the addressee.
        while (['DET', 'NOUN', 'ADJ', 'PROPN'].includes(t(e).pos) && e - i < 4 && !(e > i && t(e).pos === 'DET')) e++;
        if (e > i) {
          venue = `${t(v).text} ${text.slice(t(i).start, t(e - 1).end)}`;
          i = e;
        }
      }
    }
    for (let guard = 0; guard < 6; guard++) {
      if (t(i).pos === 'ADV' && t(i + 1).lower === 'that') i++;
      const rest = text.slice(t(i).start, t(i).start + 120);
      if (t(i).text === ',' && guard === 0) {
        i++;
        continue;
      }
      const time = timeWords.exec(rest);
      // "said Monday's decision will …": a day with a possessive is the clause's first word, not when it was said.
      if (time && !/^[’']s\b/.test(rest.slice(time[0].length))) {
        const day = weekdayNames.indexOf(
          time[0]
            .toLowerCase()
            .replace(/^(?:on|late|early)\s+/, '')
            .split(/\s+/)[0] ?? '',
        );
        if (day >= 0 && publishedAt) saidAt = weekdayBefore(publishedAt, day);
        i = tokenAtOffset(t(i).start + time[0].length);
        continue;
      }
      const place = venueNouns.exec(rest);
      if (place) {
        venue = place[0].trim();
        i = tokenAtOffset(t(i).start + place[0].length);
        continue;
      }
      break;
    }
    // "told reporters outside his residence that …": a short phrase before "that" is skipped.
    // A programme's title in quotation marks is part of it: "said on ABC's “This Week” that …".
    // "noted in a guest column in Saturday’s New York Times that …", "told The Post and Courier newspaper of Charleston that …".
    // After "told", the addressee and where it was may hold a comma or a possessive: "told The Post’s editorial board
    // that", "told a town hall in Salem, New Hampshire, on Monday that".
    const tells = /^(?:tell|tells|told|telling)$/.test(t(v).lower);
    for (let k = i; k < i + thatReach; k++) {
      const passes = tells && (t(k).text === ',' || /^[’']s$/.test(t(k).text));
      if (['VERB', 'AUX', 'PUNCT'].includes(t(k).pos) && t(k).lower !== 'that' && !/^[“”"]$/.test(t(k).text) && !passes) break;
      if (t(k).lower === 'that' && k > i && (t(i).pos === 'ADP' || tells || (addressee && ['NOUN', 'PROPN'].includes(t(i).pos)))) {
        i = k;
        break;
      }
    }
    // "sounded continued alarm that": the noun is part of the verb.
    let n = i;
    while (t(n).pos === 'ADJ') n++;
    if (speechNouns.has(t(n).lower) && t(n + 1).lower === 'that') {
      verb = `${t(v).text} ${t(n).text}`;
      i = n + 1;
    }
    return { next: i, addressee, venue, saidAt, verb };
  };

  /**
   * Whether a clause without "that" starts at token `start`: a subject ("the economy", "21 percent", "too many
   * women", "none of them") or a conjunction opening one ("if elected, he …"), with a verb within a long noun
   * phrase's reach (a bounded look ahead).
   */
  const opensClause = (start: number, last: number): boolean => {
    const opener = t(start);
    const subjectLike = ['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(opener.pos);
    const quantified =
      (opener.pos === 'ADV' && ['ADJ', 'DET', 'NUM', 'NOUN', 'PRON'].includes(t(start + 1).pos) && !timeWords.test(opener.lower)) ||
      // "none of the candidates were", "about half of the adjustment reflected", "nearly 60 percent say"
      (/^(?:none|neither|either|each|most|half|about|nearly|almost|roughly|only)$/.test(opener.lower) &&
        (t(start + 1).lower === 'of' || ['NUM'].includes(t(start + 1).pos) || /^(?:half|a|all)$/.test(t(start + 1).lower)));
    if (!subjectLike && !quantified && !clauseOpeners.has(opener.lower) && !gerundSubject(start, last)) return false;
    if (['to', 'of', 'for', 'on'].includes(opener.lower) || (opener.lower === 'about' && !quantified)) return false;
    for (let k = start + 1; k < start + clauseReach && k < last; k++) if (['VERB', 'AUX'].includes(t(k).pos)) return true;
    return false;
  };

  /**
   * "announced a benefit concert for …", "recalled Ali's generosity", "said nothing about …": what was said, as a noun
   * phrase rather than a clause.
   */
  const nounContent = (v: number, start: number): boolean => {
    const opener = t(start);
    if (/^(?:say|says|said)$/.test(t(v).lower))
      return /^(?:nothing|something|anything|little|much)$/.test(opener.lower) || (opener.lower === 'the' && t(start + 1).lower === 'same');
    if (!nounContentVerb(t(v).lower)) return false;
    const possessive = /^(?:his|her|their|its|our|my|your)$/.test(opener.lower);
    return (
      possessive || (['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(opener.pos) && !/^(?:that|this|it|which|what)$/.test(opener.lower))
    );
  };

  /**
   * "a finish that he said defied expectations", "a decision they say allowed …", "which the probe said were covered
   * up": a speech verb inside a relative clause, whose reported clause is the verb after it (its subject is the noun
   * the relative clause hangs on).
   */
  const relativeReport = (v: number, floor: number): boolean => {
    if (!/^(?:say|says|said|claim|claims|claimed)$/.test(t(v).lower)) return false;
    const next = t(v + 1);
    if (!['VERB', 'AUX'].includes(next.pos) || /ing$/.test(next.lower) || next.lower === 'to') return false;
    let k = skipBack(v - 1, floor);
    const pronounSubject = t(k).pos === 'PRON' && pronouns.has(t(k).lower);
    if (pronounSubject) k--;
    else while (k >= floor && v - k < 8 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t(k).pos)) k--;
    if (k < floor || k === v - 1) return false;
    // "that he said", "which they say"; with no relative word, only a pronoun subject after a noun ("a decision they say").
    return /^(?:that|which|who|whom)$/.test(t(k).lower) || (pronounSubject && t(k).pos === 'NOUN');
  };

  /** "said legalizing it could put …", "says going through a dark time has allowed …": a gerund opens the clause, a finite verb follows. */
  const gerundSubject = (start: number, last: number): boolean => {
    if (t(start).pos !== 'VERB' || !/ing$/.test(t(start).lower) || speechParticiple(t(start).lower)) return false;
    for (let k = start + 1; k < start + clauseReach && k < last; k++) {
      if (/^[,;:]$/.test(t(k).text)) return false;
      if (t(k).pos === 'AUX' && modals.has(t(k).lower)) return true;
      if (/^(?:has|have|does|do|did)$/.test(t(k).lower)) return true;
    }
    return false;
  };

  /** "Some say", "six in 10 say": the tagger reads "say" after a quantifier as a noun; it is a noun only after "a", "their", "the final" …. */
  const sayTaggedNoun = (v: number): boolean =>
    t(v).pos === 'NOUN' &&
    (/^(?:say|says|said)$/.test(t(v).lower) || presentTaggedNoun(v)) &&
    !/^(?:a|an|the|their|his|her|its|our|my|your|no|any|final|last|little|more|much)$/.test(t(v - 1).lower) &&
    ['PRON', 'DET', 'NOUN', 'PROPN', 'SCONJ'].includes(t(v + 1).pos);

  /**
   * "The Daily News claims the NRA's refusal …", "Smith notes that …": the tagger reads a speech verb's -s form as a
   * plural noun; after a name or "he"/"she" and before its clause it is the verb. Not after "’s" or a determiner's noun
   * ("Trump's claims", "these claims").
   */
  const presentTaggedNoun = (v: number): boolean => {
    if (!/s$/.test(t(v).lower) || speechVerbs.get(t(v).lower) === undefined || speechVerbs.get(t(v).lower) === 'PARAPHRASE') return false;
    const before = t(v - 1);
    return (before.pos === 'PROPN' && mentionEndingAt.has(v - 1)) || /^(?:he|she|it)$/.test(before.lower);
  };

  /** Whether the subject of the verb at `v` is a person (named, or "he", "she", "I", "we"). */
  const personSpeaks = (v: number, floor: number): boolean => {
    const subject = subjectBefore(v, floor);
    if (!subject || subject.evidence) return false;
    if (entity(subject.key)?.type === 'PERSON') return true;
    return !subject.key && /^(?:he|she|i|we)$/i.test(text.slice(subject.span.start, subject.span.end));
  };

  /**
   * Whether the quotation opening at token `start` is a fragment of a reported clause that goes on after it
   * (`said "local forces" must lead`), rather than the whole of what was said.
   */
  const quotedFragment = (start: number, last: number): boolean => {
    const q = quotes[lastAtOrBefore(quotes.length, (k) => (quotes[k] as Quote).open, t(start).start)];
    if (!q || q.open !== t(start).start || q.close - q.open > 80) return false;
    const after = tokenAtOffset(q.close + 1);
    // Words of the clause follow ("voters would", "must lead"), not "and that …", "in a statement" or "he said".
    return (
      after < last &&
      // ("it gets me mad" every time he …: a determiner opens the rest of the clause.)
      ['NOUN', 'PROPN', 'VERB', 'AUX', 'ADJ', 'ADV', 'NUM', 'PART', 'DET'].includes(t(after).pos) &&
      !speechVerbs.has(t(after).lower)
    );
  };

  type Item = { at: number; run: () => void };
  const items: Item[] = [];
  const statements: Statement[] = [];
  const bySentence = new Map<number, Statement[]>();
  const emit = (s: Statement) => {
    statements.push(s);
    const by = s.speakerSpan && text.slice(s.speakerSpan.start, s.speakerSpan.end).toLowerCase();
    earlier.spoke(s.speaker, s.at, !!by && !pronouns.has(by));
  };

  /**
   * The speech verb and its subject before token `from`, looked for back to token `floor`: "X said: “…", "X told Y
   * that “…", "according to X, “…". The complement of the last verb tried comes back even when no subject was found.
   */
  const attributionBefore = (from: number, floor: number): { subject: Subject | null; comp: Complement | null } => {
    let comp: Complement | null = null;
    for (let v = from; v >= floor; v--) {
      if (inQuote(t(v).start)) continue;
      if (t(v).lower === 'to' && t(v - 1).lower === 'according') {
        const m = mentionStartingAt.get(v + 1) ?? mentionStartingAt.get(v + 2);
        return {
          subject: m ? fromMention(m, null, 0.85) : null,
          comp: { next: v + 1, addressee: null, venue: null, saidAt: null, verb: 'according to' },
        };
      }
      // "X attacked Y, saying, “…”", "telling reporters: “…”": a participle speaks for the sentence's subject.
      const participle = speechParticiple(t(v).lower) !== undefined;
      if (!(quoteVerbs.has(t(v).lower) || participle || pointsOut(v)) || !['VERB', 'AUX'].includes(t(v).pos)) continue;
      const subject = participle ? sentenceSubject(v) : (subjectBefore(v, floor) ?? subjectAfter(v));
      comp = complement(v);
      if (subject) return { subject, comp };
    }
    return { subject: null, comp };
  };
  /**
   * “…,” Fred Kagan, director of the Critical Threats Project at the institute, said …: a name after a quote, and the
   * verb after an appositive too long for the look after the closing mark.
   */
  const appositiveAfter = (from: number): { subject: Subject | null; comp: Complement | null } => {
    const m = mentionStartingAt.get(from);
    if (!m || t(m.last).text !== ',' || entity(m.entity)?.type === 'PLACE') return { subject: null, comp: null };
    let c = m.last + 1;
    while (c < m.last + appositiveReach && t(c).sentence === t(from).sentence && !/^[,;“”"]$/.test(t(c).text)) c++;
    if (t(c).text !== ',') return { subject: null, comp: null };
    let v = c + 1;
    while (skippable.has(t(v).lower) || (t(v).pos === 'ADV' && t(v).lower !== 'not')) v++;
    if (!quoteVerbs.has(t(v).lower) || !['VERB', 'AUX'].includes(t(v).pos)) return { subject: null, comp: null };
    return { subject: fromMention(m, text.slice(t(m.last + 1).start, t(c - 1).end)), comp: complement(v) };
  };

  /** Whether nothing but punctuation follows the quote's closing mark in its paragraph. */
  const wholeParagraph = (q: Quote) => {
    const lineEnd = text.indexOf('\n', q.close);
    return /^[\s\p{P}]*$/u.test(text.slice(q.close + 1, lineEnd === -1 ? text.length : lineEnd));
  };

  // Direct quotes.
  const quoteSpeaker = new Map<Quote, Statement>();
  /** Where the quote running on from each one ends (an index into quotes), found once from the back. */
  const chainEnd: number[] = [];
  for (let k = quotes.length - 1; k >= 0; k--) {
    chainEnd[k] = (quotes[k] as Quote).openEnded && quotes[k + 1]?.continues ? (chainEnd[k + 1] as number) : k;
  }
  quotes.forEach((q, index) => {
    items.push({
      at: q.start,
      run: () => {
        const words = text.slice(q.start, q.end).split(/\s+/).filter(Boolean).length;
        let subject: Subject | null = null;
        let attributedAfter = false;
        let comp: Complement | null = null;
        let confidence = 0.9;
        // After the closing mark: ", he said." / "” Maj. Gen. X said in …" / ", said X, the …".
        // A quote running over paragraphs is attributed where its last paragraph closes.
        const last = chainEnd[index] as number;
        const closing = quotes[last] as Quote;
        const afterFirst = tokenAtOffset(closing.close + 1);
        const closesSentence = text[closing.end - 1] === '.';
        const nextOpen = quotes[last + 1]?.paragraph === closing.paragraph ? (quotes[last + 1] as Quote).open : Number.POSITIVE_INFINITY;
        for (let v = afterFirst; v < Math.min(tokens.length, afterFirst + 14); v++) {
          if (t(v).start >= nextOpen || text.slice(closing.close, t(v).start).includes('\n')) break;
          // The sentence holding the quote ends: a verb after it is the next sentence's ("… “take a look” at it. Cruz said …").
          // Not the period of an initial or a title: "(D-N.Y.) said", "Maj. Gen. Ivan Petrov said".
          if (
            v > afterFirst &&
            /^[.!?]$/.test(t(v - 1).text) &&
            /^[\p{L}\p{N}]/u.test(t(v).text) &&
            !abbreviations.test(`${t(v - 2).text}.`)
          )
            break;
          if (!(quoteVerbs.has(t(v).lower) || pointsOut(v)) || !['VERB', 'AUX', 'NOUN'].includes(t(v).pos)) continue;
          subject = subjectBefore(v, afterFirst) ?? (v <= afterFirst + 1 ? subjectAfter(v) : null);
          if (subject) {
            comp = complement(v);
            // “… a political campaign.” Kasich said he would …: after a quote closing its own sentence, a verb with a
            // clause of its own starts the next sentence; an attribution ends there ("Kasich said on Monday.").
            const next = t(comp.next);
            if (closesSentence && next.sentence === t(v).sentence && !/^[.,;:!?“”"]$/.test(next.text)) {
              subject = null;
              comp = null;
            }
            break;
          }
        }
        if (!subject && !text.slice(closing.close, t(afterFirst).start).includes('\n')) ({ subject, comp } = appositiveAfter(afterFirst));
        attributedAfter = !!subject;
        // Before the opening mark: "X said: “" / "X told Y that “" / "according to X, “".
        const open = tokenAtOffset(q.open);
        const paragraphStart = tokenAtOffset(paragraphStartOf(q.open));
        if (!subject) {
          const sentenceStart = sentences[t(open).sentence]?.first ?? 0;
          // The attribution sits within a few dozen words of the opening mark; a longer look back costs time, not recall.
          const found = attributionBefore(open - 1, Math.max(sentenceStart, paragraphStart, open - lookBack));
          subject = found.subject;
          comp = found.comp ?? comp;
        }
        // "Roe continued:" closing the paragraph before: it introduces the quote that opens this one.
        if (!subject && open === paragraphStart && t(open - 1).text === ':' && !inQuote(t(open - 1).start)) {
          const colon = open - 1;
          const floor = Math.max(
            sentences[t(colon).sentence]?.first ?? 0,
            tokenAtOffset(paragraphStartOf(t(colon).start)),
            colon - lookBack,
          );
          const found = attributionBefore(colon - 1, floor);
          if (found.subject) ({ subject, comp } = found);
        }
        let inherited: Statement | undefined;
        if (!subject) {
          const previous = quotes[index - 1];
          const prior = previous ? quoteSpeaker.get(previous) : undefined;
          if (previous && prior && (previous.paragraph === q.paragraph || q.continues)) {
            inherited = prior;
            confidence = previous.paragraph === q.paragraph ? 0.85 : 0.8;
          } else if (prior && previous && previous.paragraph === q.paragraph - 1) {
            inherited = prior;
            confidence = 0.5;
          } else if (open === paragraphStart && wholeParagraph(closing)) {
            // A paragraph that is only a quotation, after one whose statement has a speaker, goes on in that voice.
            const before = statements.at(-1);
            if (before?.speaker && before.at >= paragraphStartOf(paragraphStart > 0 ? t(paragraphStart - 1).start : 0)) {
              inherited = before;
              confidence = 0.5;
            }
          }
        }
        // A short quote is a statement only when attributed right after it or to someone named: not "warned of a “bomb cyclone”".
        if (words < 4 && !inherited && !(subject && (attributedAfter || subject.key))) return;
        if (!subject && !inherited) {
          const next = quotes[index + 1];
          if (next && next.paragraph === q.paragraph) confidence = 0.4;
        }
        const statement: Statement = {
          kind: 'DIRECT_QUOTE',
          span: { start: q.start, end: q.end },
          text: text.slice(q.start, q.end),
          speaker: subject?.key ?? inherited?.speaker ?? null,
          speakerSpan: subject?.span ?? inherited?.speakerSpan ?? null,
          speakerRole: subject?.role ?? inherited?.speakerRole ?? null,
          verb: comp?.verb ?? inherited?.verb ?? null,
          venue: comp?.venue ?? inherited?.venue ?? null,
          addressee: comp?.addressee ?? inherited?.addressee ?? null,
          saidAt: comp?.saidAt ?? inherited?.saidAt ?? null,
          confidence: subject ? Math.min(confidence, subject.confidence) : inherited ? confidence : 0.3,
          at: q.start,
        };
        quoteSpeaker.set(q, statement);
        emit(statement);
      },
    });
  });

  // Reported speech.
  tokens.forEach((token, v) => {
    const nounVerb = nounVerbs.has(token.lower);
    // "…, saying", "… – saying", "… and vowing to …": a participle speaking for the sentence's subject.
    const participle =
      /^(?:,|—|–|and|but)$/.test(t(v - 1).lower) ||
      /^(?:after|before|by|while|without)$/.test(t(v - 1).lower) ||
      participleOpening(tokens, v);
    // "911 calls saying shots had been fired", "with 30 percent of voters saying …", "McCain telling reporters …": a
    // participle modifying the noun before it, which speaks.
    const modifying = !participle && ['NOUN', 'PROPN', 'NUM'].includes(t(v - 1).pos) && !inQuote(t(v - 1).start);
    const participleKind = participle || modifying ? speechParticiple(token.lower) : undefined;
    // "Sanders is suggesting he beat expectations", "has been saying": the progressive of a speech verb, with its own
    // subject; "is telling reporters that …" too, but not "it is telling that …".
    const activity = activityParticiples.test(token.lower) && !(token.lower === 'telling' && t(v + 1).lower !== 'that');
    const progressive =
      !participle && !modifying && /^(?:is|are|was|were|been|[’']s|[’']re)$/.test(t(v - 1).lower) && !activity
        ? speechParticiple(token.lower)
        : undefined;
    const kind = speechVerbs.get(token.lower) ?? participleKind ?? progressive ?? (nounVerb || pointsOut(v) ? 'INDIRECT' : undefined);
    if (!kind || !(['VERB', 'AUX'].includes(token.pos) || sayTaggedNoun(v) || presentVerbTaggedNoun(tokens, v)) || inQuote(token.start))
      return;
    items.push({
      at: token.start,
      run: () => {
        const sentence = sentences[token.sentence];
        if (!sentence) return;
        const comp = complement(v);
        if (nounVerb && comp.verb === token.text) return;
        if (!participleKind && parenthetical(v, sentence, comp, kind)) return;
        const inverted = !participleKind && t(v - 1).text === ',' && ((nextVerbOrThat[v + 1] as number) >= sentence.last || namedAfter(v));
        if (inverted || comp.next >= sentence.last || /^[.!?]$/.test(t(comp.next).text)) {
          postposed(v, sentence, comp, kind);
          return;
        }
        let start = comp.next;
        const gap = (modals.has(t(v + 1).lower) && t(v + 1).pos === 'AUX') || relativeReport(v, sentence.first);
        const opensQuoteAt = (i: number) => /^[“"‘]$/.test(t(i).text) || /^[“"]/.test(text.slice(t(i).start));
        // "vowed to build", "told reporters not to worry": a promise or a request, reported as its infinitive.
        const to = t(start).lower === 'not' ? start + 1 : start;
        const infinitive =
          infinitiveSpeech.test(token.lower) &&
          t(to).lower === 'to' &&
          t(to + 1).pos === 'VERB' &&
          !(t(v - 1).pos === 'AUX' && /^(?:was|were|been|being|is|are)$/.test(t(v - 1).lower));
        // "says that wasn't the first time": "that" is the clause's subject when a verb follows it.
        const demonstrative = t(start).lower === 'that' && t(start + 1).pos === 'AUX' && !gerundSubject(start + 1, sentence.last);
        // "said no.", "said so": the answer is the whole of what was said.
        // "said so in December", "said yes while …", "said no to the war" too, but not "said no decision was made".
        const answer =
          /^(?:yes|no|so)$/.test(t(start).lower.replace(/\.$/, '')) &&
          (/^[.,;]|^$/.test(t(start + 1).text) || ['ADP', 'SCONJ', 'CCONJ', 'PART'].includes(t(start + 1).pos));
        if (t(start).lower === 'that' && !demonstrative) start++;
        else if (!gap && !infinitive && !answer) {
          // "the data suggest the plan works" is evidence; "Clinton suggested the plan works" is speech.
          if (kind === 'PARAPHRASE' || (evidenceVerbs.has(token.lower) && !personSpeaks(v, sentence.first))) return;
          // A clause that opens on a quoted fragment opens where the fragment's words do.
          const opener = opensQuoteAt(start) && quotedFragment(start, sentence.last) ? start + 1 : start;
          // "says that would be …": the demonstrative and its verb are the clause.
          if (!demonstrative && !opensClause(opener, sentence.last) && !nounContent(v, opener)) {
            if (phraseAfter(v, start, sentence)) postposed(v, sentence, comp, kind);
            return;
          }
        }
        const opensQuote = opensQuoteAt(start);
        const fragment = opensQuote && quotedFragment(start, sentence.last);
        if (start >= sentence.last || (opensQuote && !fragment)) return;
        if (['VERB', 'AUX'].includes(t(start).pos) && !gap && !gerundSubject(start, sentence.last)) return;
        let end = start;
        // A reported clause ends within a long sentence's worth of words; past that, the scan costs time on run-on input.
        const clauseLimit = answer ? start + 1 : Math.min(sentence.last, start + 150);
        let clauseHasVerb = false;
        // Inside an appositive relative or participle ("Sanders, who did win Rhode Island, would …", "these accounts,
        // left untouched, may …"): its verbs are not the clause's own, so the verb after its closing comma is.
        let aside = false;
        let dashAside = false;
        while (end < clauseLimit) {
          const tk = t(end);
          if (tk.text === ',' && aside) aside = false;
          else if (
            tk.text === ',' &&
            !clauseHasVerb &&
            end > start &&
            (/^(?:who|which|whose)$/.test(t(end + 1).lower) || (t(end + 1).pos === 'VERB' && /ed$/.test(t(end + 1).lower)))
          ) {
            aside = true;
            end++;
            continue;
          }
          // "the obliteration — a word used by several observers — Johnson spoke of …": a pair of dashes holds an aside.
          if (/^[—–]$/.test(tk.text) && !dashAside) {
            let close = end + 1;
            while (close < clauseLimit && close - end < asideReach && !/^[—–;:]$/.test(t(close).text)) close++;
            if (!/^[—–]$/.test(t(close).text)) break;
            dashAside = true;
            end++;
            continue;
          }
          if (/^[—–]$/.test(tk.text)) dashAside = false;
          if (/^[;:]$/.test(tk.text)) break;
          if (/^[”"]$/.test(tk.text) && end === start && !fragment) break;
          // ", was …" after an appositive ("X's attack on the judge, Tom Lee, was …") is the clause's own verb.
          const ownVerb = !clauseHasVerb && ['VERB', 'AUX'].includes(t(end + 1).pos);
          // ", including …", ", leaving …": a participle phrase (not a speech act, which clauseBreakers end on) stays in the clause.
          const participlePhrase = /ing$/.test(t(end + 1).lower) && t(end + 1).pos === 'VERB';
          if (
            tk.text === ',' &&
            (clauseBreakers.has(t(end + 1).lower) || (['VERB', 'AUX'].includes(t(end + 1).pos) && !ownVerb && !participlePhrase))
          )
            break;
          // ", although Kyiv said …": a subordinate clause with a speech act of its own is another statement.
          if (tk.text === ',' && subordinators.test(t(end + 1).lower)) {
            let k = end + 2;
            while (k < end + 8 && !(speechVerbs.has(t(k).lower) && ['VERB', 'AUX'].includes(t(k).pos)) && !/^[,.;:]$/.test(t(k).text)) k++;
            if (speechVerbs.has(t(k).lower) && ['VERB', 'AUX'].includes(t(k).pos)) break;
          }
          if (['VERB', 'AUX'].includes(tk.pos) && !aside) clauseHasVerb = true;
          // "… but accused …", "… and said …": the speaker's next speech act.
          if (t(end).pos === 'CCONJ' && speechVerbs.has(t(end + 1).lower) && ['VERB', 'AUX'].includes(t(end + 1).pos) && end > start) break;
          // ", and Acme warned that …": a new subject and verb start another clause.
          if (tk.text === ',' && /^(?:and|but|or)$/.test(t(end + 1).lower)) {
            let k = end + 2;
            while (k < end + 8 && ['PROPN', 'NOUN', 'DET', 'ADJ', 'PRON', 'PUNCT'].includes(t(k).pos) && t(k).text !== ',') k++;
            if (k > end + 2 && ['VERB', 'AUX'].includes(t(k).pos)) break;
          }
          end++;
        }
        // "Noting that X, Lee asked …": the phrase ends at its comma, and the name after it speaks.
        const openingComma = participleKind && participleOpening(tokens, v) ? openingPhraseComma(tokens, v, sentence.last) : -1;
        if (openingComma > start && openingComma < end) end = openingComma;
        const stop = end;
        if (!answer && end < clauseLimit) end = runOnEnd(tokens, v, end, sentence.last);
        while (end > start && /^[.,;:!?]$/.test(t(end - 1).text)) end--;
        if (end <= start) return;
        // "…, adding that …", "… before saying …": the participle's subject is the sentence's speaker, else the name the
        // sentence opens on; a participle reports speech even when neither is found ("…, saying they infringe on …").
        const subject = participleKind
          ? ((openingComma > start ? subjectAfter(openingComma) : null) ??
            (modifying ? nounBefore(v, sentence.first) : null) ??
            sentenceSubject(v) ??
            openingSubject(sentence.first, v) ?? {
              key: null,
              span: { start: token.start, end: token.end },
              role: null,
              confidence: rules.unnamedSubject,
            })
          : (withGroup(subjectBefore(v, sentence.first), v, sentence.first) ??
            catenativeSubject(v, sentence.first) ??
            unresolvedSubject(v, sentence.first) ??
            looseSubject(v, sentence.first));
        if (!subject) return;
        const span = { start: t(start).start, end: t(end - 1).end };
        const statement = reported(
          subject,
          comp,
          kind,
          span,
          Math.min(
            kind === 'PARAPHRASE' ? rules.reportedThought : rules.reportedClause,
            end > stop ? rules.runOnClause : 1,
            token.pos === 'NOUN' && presentVerbTaggedNoun(tokens, v) ? rules.taggedNounCue : 1,
          ),
          token.start,
        );
        const list = bySentence.get(token.sentence) ?? [];
        list.push(statement);
        bySentence.set(token.sentence, list);
        emit(statement);
      },
    });
  });

  /** Reported speech by `subject` over `span`; evidence ("a study found") makes it unattributed indirect speech. */
  const reported = (
    subject: Subject,
    comp: Complement,
    kind: ExtractedStatementKind,
    span: Span,
    maxConfidence: number,
    at: number,
  ): Statement => ({
    kind: subject.evidence ? 'INDIRECT' : kind,
    span,
    text: text.slice(span.start, span.end),
    speaker: subject.key,
    speakerSpan: subject.evidence ? null : subject.span,
    speakerRole: subject.role,
    verb: comp.verb,
    venue: subject.evidence ?? comp.venue,
    addressee: comp.addressee,
    saidAt: comp.saidAt,
    confidence: Math.min(subject.confidence, maxConfidence),
    at,
  });

  /** "…, officials said." / "…, said the spokesman." / "…, a study found.": the clause comes first. */
  const postposed = (v: number, sentence: { first: number; last: number }, comp: Complement, kind: ExtractedStatementKind) => {
    let subject: Subject | null = null;
    let comma = -1;
    let closing = -1;
    if (t(v - 1).text === ',') {
      subject = subjectAfter(v);
      comma = v - 1;
    } else {
      let k = v - 1;
      while (k > sentence.first && t(k).text !== ',' && !/^[“”"‘’']$/.test(t(k).text)) k--;
      // "Teachers are “very pro-Bernie,” Kilfoyle said.": the comma inside a quoted fragment's closing mark.
      const closesFragment = /^[”"]$/.test(t(k).text) && t(k - 1).text === ',' && quotedFragmentBefore(k - 1, sentence.first);
      if (t(k).text !== ',' && !closesFragment) return;
      comma = closesFragment ? k - 1 : k;
      if (closesFragment) closing = k;
      subject = subjectBefore(v, k + 1);
      // The subject must fill the stretch between the comma and the verb.
      if (subject && subject.span.start > t(k + 1).end + 40) subject = null;
    }
    if (!subject || comma <= sentence.first + 2) return;
    if (/^[“"‘']/.test(text.slice(t(sentence.first).start)) || inQuote(t(sentence.first).start)) return;
    if (inQuote(t(comma - 1).start) && !quotedFragmentBefore(comma, sentence.first)) return;
    let end = comma;
    while (end > sentence.first && /^[.,;:!?]$/.test(t(end - 1).text)) end--;
    // A fragment's closing mark stays with it, so the clause quotes it as written.
    const to = closing >= 0 ? t(closing).end : t(end - 1).end;
    emit(reported(subject, comp, kind, { start: t(sentence.first).start, end: to }, rules.reportedPostposed, t(v).start));
  };

  /**
   * Whether the quotation closing at token `comma` is a fragment of the sentence's own clause: it opens a few words
   * into the sentence, after no colon ("Its reply: “We will win,” he said." quotes the speaker whole).
   */
  const quotedFragmentBefore = (comma: number, first: number) => {
    let o = comma - 1;
    while (o > first && !/^[“"]$/.test(t(o).text)) o--;
    if (o <= first + 1 || !/^[“"]$/.test(t(o).text)) return false;
    for (let j = first; j < o; j++) if (/^[:;“”"]$/.test(t(j).text)) return false;
    return !inQuote(t(first).start);
  };

  /**
   * "<clause>, he said after meeting Trump.", "…, Ann Cole said at the time.": a phrase, not a clause, follows the verb,
   * and the sentence opens on a clause of its own (not "When …", "In Iowa, …", "Sanders, who …, said").
   */
  const phraseAfter = (v: number, start: number, sentence: { first: number; last: number }) => {
    if (!['ADP', 'SCONJ'].includes(t(start).pos) || /^(?:that|of|about|on|to|for|if|whether)$/.test(t(start).lower)) return false;
    if (!['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(t(sentence.first).pos) || timeNouns.has(t(sentence.first + 1).lower))
      return false;
    let verb = false;
    for (let j = sentence.first + 1; j < v; j++) {
      if (/^(?:who|which|whose)$/.test(t(j).lower) || /^[“”"]$/.test(t(j).text)) return false;
      if (t(j).text === ',') break;
      if (['VERB', 'AUX'].includes(t(j).pos)) verb = true;
    }
    return verb;
  };

  /**
   * "The goal, he said, is to forge a cease-fire.": an attribution between commas inside its clause. The statement is
   * the sentence, attribution and all, for the clause runs on both sides of it.
   */
  const parenthetical = (v: number, sentence: { first: number; last: number }, comp: Complement, kind: ExtractedStatementKind) => {
    if (t(v + 1).text !== ',' || v + 2 >= sentence.last - 1) return false;
    let k = v - 1;
    while (k > sentence.first && v - k <= parentheticalReach && t(k).text !== ',' && !/^[“”"‘’']$/.test(t(k).text)) k--;
    if (t(k).text !== ',' || k <= sentence.first + 1) return false;
    const subject = withGroup(subjectBefore(v, k + 1), v, k + 1);
    if (!subject || subject.span.start < t(k + 1).start) return false;
    if (/^[“"‘']/.test(text.slice(t(sentence.first).start)) || inQuote(t(sentence.first).start) || inQuote(t(k - 1).start)) return false;
    let end = sentence.last;
    while (end > v + 2 && /^[.,;:!?”"]$/.test(t(end - 1).text)) end--;
    if (end <= v + 2) return false;
    const span = { start: t(sentence.first).start, end: t(end - 1).end };
    emit(reported(subject, comp, kind, span, rules.reportedParenthetical, t(v).start));
    return true;
  };

  // "Asked whether he would run, X said …", "… when asked about the vote": the question is reported speech; who asked
  // it (a reporter, a moderator) the text seldom names.
  for (const sentence of sentences) {
    for (let k = sentence.first; k < sentence.last; k++) {
      if (t(k).lower !== 'asked' || inQuote(t(k).start)) continue;
      if (k !== sentence.first && !/^(?:when|if|after|once|being)$/.test(t(k - 1).lower)) continue;
      let from = k + 1;
      while (from < k + questionReach && !questionOpeners.test(t(from).lower) && !/^[,.;:“”"]$/.test(t(from).text)) from++;
      if (!questionOpeners.test(t(from).lower)) continue;
      let to = from + 1;
      while (to < sentence.last && !/^[,.;:!?]$/.test(t(to).text)) to++;
      if (to <= from + 1) continue;
      const span = { start: t(from).start, end: t(to - 1).end };
      items.push({
        at: t(k).start,
        run: () =>
          emit({
            kind: 'INDIRECT',
            span,
            text: text.slice(span.start, span.end),
            speaker: null,
            speakerSpan: null,
            speakerRole: null,
            verb: t(k).text,
            venue: null,
            addressee: null,
            saidAt: null,
            confidence: rules.question,
            at: t(k).start,
          }),
      });
    }
  }

  // "…, according to X." / "According to X, …".
  for (const sentence of sentences) {
    for (let k = sentence.first; k < sentence.last; k++) {
      if (t(k).lower !== 'according' || t(k + 1).lower !== 'to' || inQuote(t(k).start)) continue;
      const found = mentionStartingAt.get(k + 2) ?? mentionStartingAt.get(k + 3);
      let m: Mention | null = found && entity(found.entity)?.type !== 'PLACE' ? found : null;
      if (!m) {
        // "according to a study published on Wednesday", "according to three officials": an unnamed source.
        let e = k + 2;
        while (e < sentence.last && !/^[,.;]$/.test(t(e).text)) e++;
        if (e === k + 2) continue;
        const inner = mentionFrom(
          t(k + 2).start,
          (mm) => mm.start >= t(e).start,
          (mm) => mm.first >= k + 2 && mm.last <= e && entity(mm.entity)?.type === 'ORGANIZATION',
        );
        m = inner ?? { entity: '', start: t(k + 2).start, end: t(e - 1).end, first: k + 2, last: e };
      }
      // "But according to reports, …", "(According to the police, …", "… gone unnoticed: According to polls, …": the
      // attribution opens the clause after a conjunction, an adverb, a bracket or a colon.
      let f = k - 1;
      while (f >= sentence.first && (['CCONJ', 'ADV'].includes(t(f).pos) || /^[(,]$/.test(t(f).text))) f--;
      const leading = f < sentence.first || t(f).text === ':';
      // The comma closing the source phrase, if the sentence goes on after it.
      let c = m.last;
      while (c < sentence.last && t(c).text !== ',') c++;
      let clauseAfter = false;
      for (let j = c + 1; j < sentence.last && !clauseAfter; j++) clauseAfter = ['VERB', 'AUX'].includes(t(j).pos);
      let from: number;
      let to: number;
      if (leading) {
        from = c + 1;
        to = sentence.last;
      } else if (t(k - 1).text === ',' && clauseAfter) {
        // "At the heart of it, according to X, was …", "But, according to the poll, 46 percent …": the clause runs on
        // both sides of the attribution, so the statement is the sentence, attribution and all.
        from = sentence.first;
        to = sentence.last;
      } else {
        from = sentence.first;
        to = t(k - 1).text === ',' ? k - 1 : k;
      }
      while (to > from && /^[.,;:!?”"]$/.test(t(to - 1).text)) to--;
      if (to <= from) continue;
      const span = { start: t(from).start, end: t(to - 1).end };
      // A quotation attributed so is a direct quote (found from its marks); a clause with a quoted phrase in it is not.
      if (quotedShare(span) * 2 > span.end - span.start) continue;
      items.push({
        at: t(k).start,
        run: () =>
          emit({
            kind: 'INDIRECT',
            span,
            text: text.slice(span.start, span.end),
            speaker: m.entity || null,
            speakerSpan: { start: m.start, end: m.end },
            speakerRole: m.title ?? null,
            verb: 'according to',
            venue: null,
            addressee: null,
            saidAt: null,
            confidence: rules.accordingTo,
            at: t(k).start,
          }),
      });
    }
  }

  items.sort((a, b) => a.at - b.at);
  for (const item of items) item.run();

  // A clause never swallows another statement's speaker: "too early to tell … in a crisis that the West has warned …"
  // ends before the phrase whose relative clause holds the other speaker.
  const bySpeakerStart = statements
    .filter((o) => o.speakerSpan)
    .sort((a, b) => (a.speakerSpan as Span).start - (b.speakerSpan as Span).start);
  const speakerStart = (k: number) => ((bySpeakerStart[k] as Statement).speakerSpan as Span).start;
  for (const s of statements) {
    if (s.kind === 'DIRECT_QUOTE') continue;
    // Only statements whose speaker starts inside this one's span, found by binary search.
    const from = lastAtOrBefore(bySpeakerStart.length, speakerStart, s.span.start) + 1;
    for (let k = from; k < bySpeakerStart.length && speakerStart(k) < s.span.end; k++) {
      const other = bySpeakerStart[k] as Statement;
      if (other === s) continue;
      let r = tokenAtOffset((other.speakerSpan as Span).start) - 1;
      if (t(r).lower === 'the') r--;
      if (!/^(?:that|which|who|whom)$/.test(t(r).lower)) continue;
      let cut = r;
      while (cut - 1 >= 0 && ['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(t(cut - 1).pos) && t(cut - 1).start > s.span.start) cut--;
      if (t(cut - 1).pos === 'ADP' && t(cut - 1).start > s.span.start) cut--;
      let end = cut;
      while (end - 1 >= 0 && /^[.,;:]$/.test(t(end - 1).text)) end--;
      if (t(end - 1).end > s.span.start) {
        s.span = { start: s.span.start, end: t(end - 1).end };
        s.text = text.slice(s.span.start, s.span.end);
      }
    }
  }
  const seen = new Set<string>();
  return statements
    .filter((s) => {
      const key = `${s.span.start}:${s.span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.span.start - b.span.start);
}

/** Tokens looked at after a speech verb for the verb of a clause without "that" ("said Mr. X's attack on …, was …"). */
const clauseReach = 30;

/** Tokens looked ahead from a dash inside a reported clause for the dash closing the aside it opens. */
const asideReach = 25;

/** Tokens looked at after a speech verb's addressee or venue for the "that" opening its clause. */
const thatReach = 16;

/** Tokens looked back from a speech verb for the comma opening an attribution inside a clause (", these people said,"). */
const parentheticalReach = 8;

/** Tokens an appositive after a quote's speaker may run to before its verb (“…,” Fred Kagan, director of …, said). */
const appositiveReach = 40;

/** Progressives that report an activity, not speech ("is showing signs", "are founding companies", "is continuing its inquiry"). */
const activityParticiples = /^(?:acknowledging|continuing|countering|emphasizing|finding|founding|responding|showing|telling)$/;

/** Tokens looked over after "asked" for the word opening the question ("Asked on Monday whether …"). */
const questionReach = 6;
const questionOpeners = /^(?:whether|if|what|who|whom|why|how|when|where|which|about)$/;

/** Words of description looked over after a speech verb for the person they describe ("said Acme spokesman John Doe"). */
const descriptionReach = 6;

/** Tokens looked at before an opening quotation mark for its attribution ("X said on Tuesday in a statement that “…"). */
const lookBack = 80;

/** The date of the last `day` (0 = Sunday) on or before `date`, as YYYY-MM-DD. */
export function weekdayBefore(date: Date, day: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  while (d.getUTCDay() !== day) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Quotation-mark pairs, per paragraph; an unclosed quote runs to its paragraph's end and may continue in the next.
 * Double quotes, and single quotes (‘…’ or '…', the British style) where they are not apostrophes; a quote inside
 * another quote is part of it, not a statement of its own.
 */
export function findQuotes(text: string): Quote[] {
  const all = [...pairs(text, 'double'), ...pairs(text, 'single')].sort((a, b) => a.open - b.open || b.close - a.close);
  // In this order every quote before q opens no later than q, so q lies inside one of them when the furthest close among them reaches past q's.
  let reached = -1;
  return all.filter((q) => {
    const inside = reached >= q.close;
    reached = Math.max(reached, q.close);
    return !inside;
  });
}

function pairs(text: string, style: 'double' | 'single'): Quote[] {
  const isOpen = (c: string | undefined, before: string, after: string) =>
    style === 'double'
      ? c === '“' || (c === '"' && (before === '' || /[\s([{—–-]/.test(before)) && /\S/.test(after))
      : (c === '‘' || c === "'") && (before === '' || /[\s([{—–-]/.test(before)) && /[\p{L}\p{N}"“]/u.test(after);
  const isClose = (c: string | undefined, before: string, after: string, straight: boolean) =>
    style === 'double'
      ? c === '”' || c === '"'
      : (c === '’' || (c === "'" && straight)) && /\S/.test(before) && !/[\p{L}\p{N}]/u.test(after);
  const quotes: Quote[] = [];
  let paragraph = 0;
  let from = 0;
  let carried = false;
  while (from <= text.length) {
    const breakAt = text.indexOf('\n', from);
    const to = breakAt === -1 ? text.length : breakAt;
    const line = text.slice(from, to);
    if (line.trim()) {
      let open = -1;
      let straight = false;
      const startsWithOpen = style === 'double' ? /^\s*[“"]/.test(line) : /^\s*[‘']/.test(line);
      let first = true;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (open === -1) {
          if (isOpen(c, line[i - 1] ?? '', line[i + 1] ?? '')) {
            open = i;
            straight = c === '"' || c === "'";
          }
        } else if (isClose(c, line[i - 1] ?? '', line[i + 1] ?? '', straight)) {
          const inner = trimSpan(text, from + open + 1, from + i);
          if (inner.end > inner.start) {
            quotes.push({
              open: from + open,
              close: from + i,
              ...inner,
              paragraph,
              continues: first && startsWithOpen && carried,
              openEnded: false,
            });
          }
          first = false;
          open = -1;
        }
      }
      if (open !== -1) {
        const inner = trimSpan(text, from + open + 1, to);
        if (inner.end > inner.start) {
          quotes.push({
            open: from + open,
            close: to,
            ...inner,
            paragraph,
            continues: first && startsWithOpen && carried,
            openEnded: true,
          });
        }
        carried = true;
      } else carried = false;
      paragraph++;
    }
    if (breakAt === -1) break;
    from = breakAt + 1;
  }
  return quotes;
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
