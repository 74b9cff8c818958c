// Names in the body: runs of capitalized tokens (wink-nlp's PROPN and
// capitalized nouns), with titles and nationality adjectives peeled off,
// classified as person, organization or place by the lexicon and by the
// name's shape. Countries and capitals in subject position are governments
// ("Russia said", "Kyiv said"); after a locative preposition they are places.
// Surnames alone are the person named in full elsewhere in the article.
import { givenNameGender } from './given-names.ts';
import {
  capitals,
  countries,
  femaleTitles,
  knownOrgs,
  maleTitles,
  nationalities,
  notNames,
  orgWords,
  otherPlaces,
  quoteVerbs,
  seats,
  speechVerbs,
  titleHeads,
  titleWords,
  weekdays,
} from './lexicon.ts';
import type { Parsed, Token } from './nlp.ts';
import type { ExtractedEntityType, Span } from './types.ts';

export interface Entity {
  key: string;
  type: ExtractedEntityType;
  name: string;
  aliases: Set<string>;
  /** Body spans. */
  mentions: Span[];
  confidence: number;
  orgKind?: string;
  placeKind?: string;
  /** For a government: the country it governs. */
  country?: string;
  roles: { role: string; organization?: string }[];
  gender?: 'm' | 'f';
  /** Whether the gender comes from a title ("Mrs.", "Senator" does not tell), which is surer than a given name or a pronoun. */
  genderByTitle?: boolean;
}

export interface Mention extends Span {
  entity: string;
  /** Token range of the mention (title included), end exclusive. */
  first: number;
  last: number;
  title?: string;
}

const locative = new Set([
  'in',
  'near',
  'around',
  'across',
  'into',
  'to',
  'from',
  'at',
  'outside',
  'inside',
  'throughout',
  'toward',
  'towards',
  'of',
  'on',
  'over',
  'through',
  'via',
  'within',
  'beyond',
  'along',
  'north',
  'south',
  'east',
  'west',
]);
const placeHeads = new Set([
  'lake',
  'mount',
  'river',
  'gulf',
  'sea',
  'bay',
  'cape',
  'port',
  'fort',
  'isle',
  'city',
  'upper',
  'lower',
  'st',
  'st.',
  'san',
  'santa',
  'new',
  'north',
  'south',
  'east',
  'west',
  'central',
  'greater',
  'twin',
  'los',
  'las',
  'el',
]);
const placeTails = new Set([
  'sea',
  'river',
  'ocean',
  'island',
  'islands',
  'region',
  'oblast',
  'province',
  'strait',
  'peninsula',
  'square',
  'street',
  'valley',
  'county',
  'state',
  'mountains',
  'city',
  'airport',
  'base',
  'glacier',
  'platz',
  'gate',
  'road',
  'terrace',
  'avenue',
  'lane',
  'park',
  'bridge',
  'cities',
  'heights',
  'hill',
  'hills',
  'beach',
  'harbour',
  'harbor',
  'station',
  'quarter',
  'coast',
  'bay',
  'canal',
  'way',
  'boulevard',
  'plaza',
  'estate',
  'village',
  'town',
  'township',
  'forest',
  'desert',
  'lakes',
  'falls',
  'alps',
  'highway',
  'motorway',
  'pass',
  'district',
]);
/** Capitalized phrases that are neither people nor organizations: laws, contests, descriptions. */
const notAName =
  /^(?:act|law|bill|treaty|accord|accords|marathon|cup|championship|championships|games|crisis|war|summit|plan|prize|award|festival|republican|democrat|reporter|correspondent|editor|remembers|share|day|week|month|season|series|index|strategy|agenda|deal|directive|regulation|convention|olympics)$/;
const connectors = new Set(['of', 'the', 'for', 'de', 'al', 'and', 'von', 'van', 'der', 'da', 'bin', '&']);
const newsAgencies = new Set([
  'ap',
  'afp',
  'reuters',
  'tass',
  'interfax',
  'ria',
  'xinhua',
  'associated press',
  'agence france-presse',
  'epa',
  'dpa',
  'ansa',
  'efe',
  'kyodo',
  'yonhap',
  'anadolu',
  'ukrinform',
  'unian',
  'sputnik',
  'bloomberg',
]);

/** A connector ("of", "for the") continues a name only after an organization or title word: "Ministry of Defence", not "Keller of ETH". */
const joinsName = (previous: Token) =>
  orgWords.has(previous.lower) ||
  titleHeads.has(previous.lower) ||
  [
    'secretary',
    'republic',
    'house',
    'bank',
    'university',
    'state',
    'states',
    'kingdom',
    'city',
    'prince',
    'king',
    'queen',
    'court',
    'people',
    'friends',
    'institute',
  ].includes(previous.lower);

const orgAppositive =
  /^(?:group|company|firm|maker|manufacturer|carrier|retailer|giant|conglomerate|operator|lender|bank|insurer|startup|start-up|developer|supplier|producer|provider|platform|publisher|broadcaster|airline|chain|brand|agency|charity|organization|organisation|union|association|regulator|watchdog|club|team|party|ministry|council)$/;
/** "Leonardo, the Italian aerospace group," names an organization. */
function appositiveOrg(tokens: Token[], after: number): boolean {
  if (tokens[after]?.text !== ',' || !/^(?:the|a|an)$/i.test(tokens[after + 1]?.text ?? '')) return false;
  for (let k = after + 2; k < after + 8 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (orgAppositive.test(t.lower)) return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return false;
  }
  return false;
}

const isCap = (t: Token | undefined) => !!t && /^[\p{Lu}]/u.test(t.text) && !['PUNCT', 'SYM', 'NUM', 'SPACE'].includes(t.pos);

/** The last word of a name: a person's surname, an organization's head word ("Commission"). */
export const lastWord = (name: string) => name.split(/\s+/).at(-1);

export class Registry {
  entities = new Map<string, Entity>();
  private byName = new Map<string, string>();
  /**
   * Entities by type and the last word of their name, in creation order: "the person whose surname is X" is a
   * look-up, not a scan of every entity, which made a page of many distinct speakers quadratic.
   */
  private byLastWord = new Map<string, Entity[]>();

  static fold(name: string): string {
    return name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[’']s$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  }

  find(type: ExtractedEntityType, name: string): Entity | undefined {
    const key = this.byName.get(`${type}:${Registry.fold(name)}`);
    return key ? this.entities.get(key) : undefined;
  }

  add(type: ExtractedEntityType, name: string, extra: Partial<Entity> = {}, alias?: string): Entity {
    const existing = this.find(type, name) ?? (alias ? this.find(type, alias) : undefined);
    if (existing) {
      if (alias && alias !== existing.name) existing.aliases.add(alias);
      if (name !== existing.name) existing.aliases.add(name);
      return existing;
    }
    const prefix = type === 'PERSON' ? 'person' : type === 'ORGANIZATION' ? 'org' : 'place';
    let key = `${prefix}:${Registry.fold(name).replace(/\s+/g, '-') || 'unnamed'}`;
    while (this.entities.has(key)) key += '-2';
    const entity: Entity = { key, type, name, aliases: new Set(), mentions: [], confidence: 0.8, roles: [], ...extra };
    if (alias && alias !== name) entity.aliases.add(alias);
    this.entities.set(key, entity);
    const word = `${type}:${lastWord(name)}`;
    const named = this.byLastWord.get(word);
    if (named) named.push(entity);
    else this.byLastWord.set(word, [entity]);
    this.alias(entity, name);
    return entity;
  }

  /** The first entity of `type`, in creation order, whose name ends with the word `word` and that passes `test`. */
  withLastWord(type: ExtractedEntityType, word: string, test?: (e: Entity) => boolean): Entity | undefined {
    for (const e of this.byLastWord.get(`${type}:${word}`) ?? []) if (!test || test(e)) return e;
    return undefined;
  }

  /** The first entity of `type`, in creation order, named `word` or whose name ends with the word `word`. */
  named(type: ExtractedEntityType, word: string): Entity | undefined {
    // A name that is the word itself ends with it, unless the word holds a space (no token does).
    if (!/\s/.test(word)) return this.withLastWord(type, word);
    for (const e of this.entities.values()) if (e.type === type && e.name === word) return e;
    return undefined;
  }

  /** Forgets the entities never mentioned (a name that turned out to be part of another). */
  prune(): void {
    for (const [key, entity] of this.entities) if (!entity.mentions.length) this.entities.delete(key);
    for (const [word, named] of this.byLastWord) {
      const kept = named.filter((e) => this.entities.get(e.key) === e);
      if (kept.length) this.byLastWord.set(word, kept);
      else this.byLastWord.delete(word);
    }
  }

  alias(entity: Entity, name: string): void {
    this.byName.set(`${entity.type}:${Registry.fold(name)}`, entity.key);
    if (name !== entity.name) entity.aliases.add(name);
  }

  /** The government a country, capital or nationality stands for. */
  government(country: string, asWritten: string): Entity {
    const name =
      country === 'the West' || country === 'European Union'
        ? country
        : `Government of ${/^(?:United|Netherlands|Philippines|Czech)/.test(country) ? 'the ' : ''}${country}`;
    const kind = country === 'the West' ? 'BLOC' : country === 'European Union' ? 'INTERNATIONAL_ORGANIZATION' : 'GOVERNMENT';
    const entity = this.add('ORGANIZATION', name, { orgKind: kind, country, confidence: 0.75 });
    for (const alias of [asWritten, country].filter((a) => a !== name)) this.alias(entity, alias);
    return entity;
  }
}

export function orgKind(name: string): string {
  const lower = name.toLowerCase();
  if (newsAgencies.has(lower)) return 'NEWS_AGENCY';
  if (
    /\b(?:news|times|post|journal|television|radio|tv|magazine|herald|tribune|gazette|guardian|telegraph|cnn|bbc|nbc|cbs|abc|npr|fox)\b/.test(
      lower,
    )
  )
    return 'MEDIA';
  if (/\bministry\b|\bdepartment\b/.test(lower)) return 'MINISTRY';
  if (/\b(?:forces|army|navy|military|command|brigade|regiment|battalion|division|district|guard|air force)\b/.test(lower))
    return 'MILITARY';
  if (/^(?:nato|eu|e\.u\.|osce)$|\balliance\b/.test(lower)) return 'ALLIANCE';
  if (/^(?:un|u\.n\.|who|imf|iaea|opec)$|united nations/.test(lower)) return 'INTERNATIONAL_ORGANIZATION';
  if (/\bparty\b/.test(lower)) return 'POLITICAL_PARTY';
  if (/\b(?:inc|corp|ltd|llc|technologies|images|group|company|holdings|systems|industries|airlines|bank)\b/.test(lower)) return 'COMPANY';
  if (/\b(?:government|administration|kremlin|white house|pentagon|office|cabinet|parliament|congress|senate)\b/.test(lower))
    return 'GOVERNMENT';
  if (/\bagency\b|\bbureau\b|\bservice\b/.test(lower)) return 'AGENCY';
  return 'OTHER';
}

function countryOf(name: string): string | undefined {
  if (countries.has(name)) {
    if (name === 'U.S.' || name === 'US' || name === 'America') return 'United States';
    if (name === 'UK' || name === 'U.K.' || name === 'Britain') return 'United Kingdom';
    return name;
  }
  return capitals[name];
}

/** Whether the tokens after `last` make the name the subject of a verb ("Russia said", "Moscow has made"). */
function isSubject(tokens: Token[], last: number): boolean {
  let i = last;
  while (tokens[i] && ['ADV', 'PART'].includes((tokens[i] as Token).pos) && !/^[’']s$/.test((tokens[i] as Token).text)) i++;
  const next = tokens[i];
  if (!next) return false;
  if (/^[’']s$/.test(next.text)) return false;
  if (next.lower === ',' && tokens[i + 1]?.lower === 'which') return false;
  return ['VERB', 'AUX'].includes(next.pos) || (next.lower === 'and' && tokens[i + 1]?.lower === 'its');
}

export function findEntities(parsed: Parsed): { registry: Registry; mentions: Mention[] } {
  const { tokens, text } = parsed;
  const registry = new Registry();
  const mentions: Mention[] = [];
  const singles: Single[] = [];
  /** Token indices where a mention starts. */
  const mentionedFrom = new Set<number>();

  const push = (entity: Entity, first: number, last: number, from: number, title?: string) => {
    const start = (tokens[from] as Token).start;
    const end = (tokens[last - 1] as Token).end;
    mentions.push({ entity: entity.key, start, end, first, last, ...(title ? { title } : {}) });
    mentionedFrom.add(first);
    entity.mentions.push({ start, end });
  };

  /** For each token, the first "and" at or after it (tokens.length if none). */
  const nextAnd: number[] = new Array(tokens.length + 1).fill(tokens.length);
  for (let k = tokens.length - 1; k >= 0; k--) nextAnd[k] = (tokens[k] as Token).lower === 'and' ? k : (nextAnd[k + 1] as number);
  // The last run read. Whether a run goes on depends only on the tokens around its end, so a run read again from a
  // token inside it (after a cut at "and") ends where it did: reading it again made a long list of names quadratic.
  let runFrom = -1;
  let runTo = -1;

  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (!isCap(token)) {
      i++;
      continue;
    }
    // The run: capitalized tokens, abbreviation dots, and connectors between capitalized tokens.
    const known = i > runFrom && i < runTo;
    let j = known ? runTo : i + 1;
    while (!known && j < tokens.length) {
      const t = tokens[j] as Token;
      if (t.sentence !== token.sentence) break;
      if (text.slice((tokens[j - 1] as Token).end, t.start).includes('\n')) break;
      if (/[’']s$/.test((tokens[j - 1] as Token).text) && (tokens[j - 1] as Token).text.length > 2) break;
      if (isCap(t) && !/^[’']s$/.test(t.text)) j++;
      else if (t.text === '.' && /^(?:[A-Z][a-z]{0,3}|[A-Z])$/.test((tokens[j - 1] as Token).text) && isCap(tokens[j + 1])) j++;
      else if (
        connectors.has(t.lower) &&
        t.lower !== 'and' &&
        joinsName(tokens[j - 1] as Token) &&
        (isCap(tokens[j + 1]) || (tokens[j + 1]?.lower === 'the' && isCap(tokens[j + 2])))
      )
        j += tokens[j + 1]?.lower === 'the' ? 2 : 1;
      else if (t.lower === 'and' && isCap(tokens[j + 1]) && !isCap(tokens[j + 2]) === false) j++;
      else if (t.text === '-' && isCap(tokens[j + 1]) && (tokens[j - 1] as Token).end === t.start) j++;
      else break;
    }
    if (!known) [runFrom, runTo] = [i, j];
    // "Computer and Communications Industry Association" is one name; "Tatyana Chistikova and Reuters" is two.
    const and = token.lower === 'and' ? 0 : (nextAnd[i + 1] as number) < j ? (nextAnd[i + 1] as number) - i : -1;
    if (and > 0 && !orgWords.has((tokens[j - 1] as Token).lower)) j = i + and;
    let first = i;
    const last = j;
    i = j;
    // "Mr. Regalado": an honorific is dropped from the name below (it is no name itself) but says a surname alone is a person's.
    const honorific = /^(?:Mr|Mrs|Ms|Dr)\.?$/.test((tokens[first] as Token).text) ? (tokens[first] as Token).text : undefined;
    // Sentence-initial function words and weekdays are not names.
    // "Certainly Donald Trump …": a sentence-opening adverb in -ly is capitalised, not part of the name.
    if (
      (tokens[first] as Token).sentence !== tokens[first - 1]?.sentence &&
      (tokens[first] as Token).pos === 'ADV' &&
      /^\p{Lu}\p{Ll}+ly$/u.test((tokens[first] as Token).text) &&
      last - first > 1
    )
      first++;
    while (
      first < last &&
      (notNames.has((tokens[first] as Token).text) ||
        weekdays.test((tokens[first] as Token).text) ||
        connectors.has((tokens[first] as Token).lower))
    )
      first++;
    let end = last;
    while (
      end > first &&
      (weekdays.test((tokens[end - 1] as Token).text) ||
        connectors.has((tokens[end - 1] as Token).lower) ||
        (tokens[end - 1] as Token).text === '.')
    )
      end--;
    if (first >= end) continue;
    // "Social Democratic party": a lower-case "party" after the name belongs to it.
    if (tokens[end]?.lower === 'party' && tokens[end]?.sentence === token.sentence) end++;
    const words = tokens.slice(first, end);
    // A title alone ("U.S. Ambassador") or a shouted dateline ("BERLIN") is not a name.
    if (words.every((w) => titleWords.has(w.lower) || w.text === '.' || nationalities[w.text])) continue;
    const shouted =
      /^[A-Z]{6,}$/.test(words[0]?.text ?? '') || (/^[A-Z]{4,}$/.test(words[0]?.text ?? '') && /^[—–(,-]$/.test(tokens[end]?.text ?? ''));
    if (words.length === 1 && shouted && !knownOrgs.has(words[0]?.text ?? '')) {
      const titled = titleCase((words[0] as Token).lower);
      if (countries.has(titled) || capitals[titled] || otherPlaces.has(titled)) {
        const entity = registry.add('PLACE', titled, { placeKind: countries.has(titled) ? 'COUNTRY' : 'CITY', confidence: 0.7 });
        push(entity, first, end, first);
      }
      continue;
    }
    if (
      words.some((w) => /^[A-Z]{2,}$/.test(w.text) && !knownOrgs.has(w.text)) &&
      words.filter((w) => /^[A-Z]{3,}$/.test(w.text)).length > 1
    )
      continue;
    if (notAName.test(words.at(-1)?.lower ?? '')) continue;
    const lowerWords = words.map((w) => w.lower);
    const spanText = () => text.slice((tokens[nameFrom] as Token).start, (tokens[end - 1] as Token).end);

    // Nationality adjective, then title words: "Russian President Vladimir Putin".
    let nameFrom = first;
    let nationality: string | undefined;
    const two = words.length > 1 ? `${words[0]?.text} ${words[1]?.text}` : '';
    if (nationalities[two]) {
      nationality = two;
      nameFrom += 2;
    } else if (words[0] && nationalities[words[0].text]) {
      nationality = words[0].text;
      nameFrom += 1;
    }
    const lastWord = lowerWords.at(-1) ?? '';
    const looksOrg = orgWords.has(lastWord) || knownOrgs.has(words.at(-1)?.text ?? '');
    let titleEnd = nameFrom;
    if (!looksOrg) {
      for (let k = nameFrom; k < end - 1; k++) {
        const w = (tokens[k] as Token).lower;
        if (!titleWords.has(w) && w !== '.') break;
        if (titleHeads.has(w) || (w === '.' && titleHeads.has(`${(tokens[k - 1] as Token).lower}.`))) titleEnd = k + 1;
      }
      // "Franklin County Prosecutor Alan Whitfield", "NATO Deputy Secretary General Marisol Ferrante": the last title word
      // followed by a two- or three-word name ends the title.
      let rest = 0; // words after k, not counting full stops
      for (let k = end - 2; k >= nameFrom && k > titleEnd - 1; k--) {
        if ((tokens[k + 1] as Token).text !== '.') rest++;
        if (rest > 3) break;
        const w = (tokens[k] as Token).lower;
        if (titleHeads.has(w) && rest >= 2) {
          titleEnd = k + 1;
          break;
        }
      }
    }
    const title = titleEnd > nameFrom ? text.slice((tokens[nameFrom] as Token).start, (tokens[titleEnd - 1] as Token).end) : undefined;
    const nationalityTitle = nationality && title ? `${nationality} ${title}` : title;
    nameFrom = titleEnd;
    if (nameFrom >= end) continue;
    const name = spanText();
    // A hyphen joins the halves of one word: "Holtz-Eakin".
    const nameWords = tokens.slice(nameFrom, end).filter((t, k, all) => t.text !== '.' && t.text !== '-' && all[k - 1]?.text !== '-');
    const before = tokens[first - 1];
    const previousWord = before?.lower ?? '';

    // Organizations that are buildings or blocs.
    const seat = seats[name];
    if (seat) {
      const entity = registry.add('ORGANIZATION', seat, { orgKind: 'GOVERNMENT' }, previousWord === 'the' ? `the ${name}` : name);
      push(entity, first, end, nameFrom);
      continue;
    }
    if (name === 'West' && previousWord === 'the') {
      const entity = registry.government('the West', 'West');
      push(entity, first - 1, end, first - 1);
      continue;
    }
    const country = countryOf(name);
    if (country && !title) {
      const asPlace = locative.has(previousWord);
      if (asPlace || (!isSubject(tokens, end) && !['with', 'against', 'between', 'by'].includes(previousWord))) {
        const entity = registry.add('PLACE', name, { placeKind: countries.has(name) ? 'COUNTRY' : 'CITY', confidence: 0.85 });
        push(entity, first, end, nameFrom);
      } else {
        const entity = registry.government(country, previousWord === 'the' ? `the ${name}` : name);
        push(entity, first, end, nameFrom);
      }
      continue;
    }
    if (/^(?:the\s+)?[\p{Lu}]/u.test(name) && nameWords.length === 1 && ['OK', 'TV', 'I', 'AM', 'PM', 'ID', 'PC'].includes(name)) continue;
    // "New York Post", "North Carolina Republican Party": a place-like head before an organization's word names the organization.
    const orgTail = nameWords.length > 1 && orgWords.has(nameWords.at(-1)?.lower ?? '');
    if (
      otherPlaces.has(name) ||
      (placeHeads.has(nameWords[0]?.lower ?? '') && !orgTail) ||
      (nameWords.length > 1 && placeTails.has(nameWords.at(-1)?.lower ?? ''))
    ) {
      const entity = registry.add('PLACE', name, {
        placeKind: placeHeads.has('lake') && /^lake\b|\bsea$|\briver$/i.test(name) ? 'BODY_OF_WATER' : 'REGION',
        confidence: 0.8,
      });
      push(entity, first, end, nameFrom);
      continue;
    }
    const acronym = /^[A-Z][A-Z.&]{1,4}$/.test(name) && name.length > 1;
    if (knownOrgs.has(name) || orgWords.has(nameWords.at(-1)?.lower ?? '') || acronym) {
      const withNationality = nationality && !title ? `${nationality} ${name}` : name;
      const entity = registry.add('ORGANIZATION', withNationality, {
        orgKind: orgKind(withNationality),
        confidence: acronym && !knownOrgs.has(name) ? 0.6 : 0.85,
      });
      push(entity, first, end, first);
      continue;
    }
    if (
      nameWords.length >= 3 &&
      nameWords.length <= 4 &&
      (knownOrgs.has(nameWords[0]?.text ?? '') || /^[A-Z][A-Z.]{1,5}$/.test(nameWords[0]?.text ?? ''))
    ) {
      const orgToken = nameWords[0] as Token;
      const org = registry.add('ORGANIZATION', orgToken.text, { orgKind: orgKind(orgToken.text), confidence: 0.8 });
      // The token itself, as found in the name (a search of every token for it made many such names quadratic).
      let orgIndex = nameFrom;
      while ((tokens[orgIndex] as Token) !== orgToken) orgIndex++;
      push(org, orgIndex, orgIndex + 1, orgIndex);
      const personName = text.slice((tokens[orgIndex + 1] as Token).start, (tokens[end - 1] as Token).end);
      const person = registry.add('PERSON', personName, { confidence: 0.85 });
      const role = [nationalityTitle, orgToken.text].filter(Boolean).join(' ');
      person.roles.push({ role, organization: org.key });
      push(person, orgIndex + 1, end, orgIndex + 1, role);
      continue;
    }
    if (nameWords.length >= 2 && nameWords.length <= 4 && nameWords.every((w) => /^[\p{Lu}]/u.test(w.text))) {
      const entity = registry.add('PERSON', name, { confidence: title ? 0.95 : 0.85 });
      if (nationalityTitle) entity.roles.push({ role: nationalityTitle.replace(/\s*\.\s*/g, '. ').trim() });
      // "Mrs. Ruth Adams": the honorific was dropped from the name, but it still tells.
      const lowerTitle = (title ?? honorific)?.toLowerCase().split(/\s+/)[0] ?? '';
      if (femaleTitles.has(lowerTitle)) entity.gender = 'f';
      if (maleTitles.has(lowerTitle)) entity.gender = 'm';
      if (femaleTitles.has(lowerTitle) || maleTitles.has(lowerTitle)) entity.genderByTitle = true;
      entity.gender ??= givenNameGender(name);
      push(entity, first, end, title ? first : nameFrom, nationalityTitle);
      // "EU competition commissioner Teresa Ribeira Alves": a lower-case title written before the name.
      if (!title) {
        let k = first - 1;
        while (
          k >= 0 &&
          k > first - 5 &&
          /^[\p{Ll}]/u.test((tokens[k] as Token).text) &&
          ['NOUN', 'ADJ', 'PROPN'].includes((tokens[k] as Token).pos)
        )
          k--;
        const words = tokens.slice(k + 1, first);
        if (words.length && titleHeads.has(words.at(-1)?.lower ?? '')) {
          const from = k >= 0 && /^[\p{Lu}]/u.test((tokens[k] as Token).text) && (tokens[k] as Token).pos === 'PROPN' ? k : k + 1;
          entity.roles.push({ role: text.slice((tokens[from] as Token).start, (tokens[first - 1] as Token).end) });
        }
      }
      if (title)
        registry.alias(entity, text.slice((tokens[first] as Token).start, (tokens[end - 1] as Token).end).replace(/^(?:the\s+)/i, ''));
      continue;
    }
    // An unknown single name after a locative preposition is a place: "in Galveston".
    if (
      nameWords.length === 1 &&
      ['in', 'near', 'outside', 'from'].includes(previousWord) &&
      !title &&
      (tokens[nameFrom] as Token).pos === 'PROPN' &&
      !/\d/.test(name)
    ) {
      const person = registry.withLastWord('PERSON', name);
      if (!person) {
        const entity = registry.add('PLACE', name, { placeKind: 'OTHER', confidence: 0.6 });
        push(entity, first, end, nameFrom);
        continue;
      }
    }
    if (
      nameWords.length === 1 &&
      !(token.sentence !== tokens[first - 1]?.sentence && /s$/.test(name) && (tokens[first] as Token).pos !== 'PROPN')
    )
      singles.push({ first: nameFrom, last: end, ...((nationalityTitle ?? honorific) ? { title: nationalityTitle ?? honorific } : {}) });
  }

  // Surnames alone: the person named in full elsewhere; a titled unknown surname is a person.
  const people = peopleByWord([...registry.entities.values()].filter((e) => e.type === 'PERSON'));
  const singlesByText = new Map<string, Single[]>();
  for (const single of singles) {
    const text = (tokens[single.first] as Token).text;
    const same = singlesByText.get(text);
    if (same) same.push(single);
    else singlesByText.set(text, [single]);
  }
  /** Singles already named by an earlier one ("Leonardo, the Italian aerospace group, … Leonardo said"). */
  const claimed = new Set<Single>();
  for (const single of singles) {
    if (claimed.has(single)) continue;
    const word = (tokens[single.first] as Token).text.replace(/[’']s$/, '');
    const person = people.find(word);
    if (person) {
      registry.alias(person, word);
      push(person, single.first, single.last, single.first);
    } else if (appositiveOrg(tokens, single.last)) {
      const entity = registry.add('ORGANIZATION', word, { orgKind: 'COMPANY', confidence: 0.7 });
      push(entity, single.first, single.last, single.first);
      // Each of them is this organization once: read again, every one named "Leonardo" would name all the others again.
      for (const other of singlesByText.get(word) ?? []) {
        if (other === single) continue;
        push(entity, other.first, other.last, other.first);
        claimed.add(other);
      }
    } else if (single.title || speechVerbs.has(tokens[single.last]?.lower ?? '') || quoteVerbs.has(tokens[single.last]?.lower ?? '')) {
      const t = tokens[single.first] as Token;
      // "Democrats said" is a group, "Francis said" and "Cummings said" a person: a plural ends in -s after no vowel or s.
      if (t.pos !== 'PROPN' || /\d/.test(t.text) || (!single.title && /(?:ers|ists|ors|ans|ees|[^aiousgn]s)$/.test(t.text))) continue;
      const org = registry.named('ORGANIZATION', word);
      if (org) {
        registry.alias(org, word);
        push(org, single.first, single.last, single.first);
        continue;
      }
      // An unknown single name speaking without a title is more often a company than a person.
      const entity = single.title
        ? registry.add('PERSON', word, { confidence: 0.7 })
        : registry.add('ORGANIZATION', word, { orgKind: 'COMPANY', confidence: 0.5 });
      // A person found by another spelling of the word now has it as an alias.
      people.noteAlias(entity, word);
      if (single.title) entity.roles.push({ role: single.title });
      const honorific = single.title?.toLowerCase().split(/\s+/)[0] ?? '';
      if (femaleTitles.has(honorific)) entity.gender = 'f';
      if (maleTitles.has(honorific)) entity.gender = 'm';
      if (femaleTitles.has(honorific) || maleTitles.has(honorific)) entity.genderByTitle = true;
      push(entity, single.first, single.last, single.first);
    }
  }

  // "the Commission" after "European Commission"; "Ribeira Alves" after "Teresa Ribeira Alves".
  for (const single of singles) {
    const word = (tokens[single.first] as Token).text;
    if (mentionedFrom.has(single.first)) continue;
    const org = registry.withLastWord('ORGANIZATION', word, (e) => /\s/.test(e.name));
    if (org && tokens[single.first - 1]?.lower === 'the') {
      registry.alias(org, word);
      push(org, single.first, single.last, single.first);
    }
  }
  mergeShortNames(registry, mentions);
  describedOrganizations(parsed, registry, mentions);
  registry.prune();
  mentions.sort((a, b) => a.start - b.start);
  return { registry, mentions };
}

type Single = { first: number; last: number; title?: string };

/**
 * The people known so far by surname and by alias, the earliest first (as a scan of them in order would find):
 * a surname alone is looked up, not compared with every person.
 */
function peopleByWord(people: Entity[]) {
  const rank = new Map<Entity, number>();
  const first = new Map<string, number>();
  const noteAlias = (person: Entity, word: string) => {
    const at = rank.get(person);
    if (at !== undefined && at < (first.get(word) ?? Number.POSITIVE_INFINITY)) first.set(word, at);
  };
  people.forEach((person, at) => rank.set(person, at));
  for (const person of people) {
    noteAlias(person, lastWord(person.name) ?? '');
    for (const alias of person.aliases) noteAlias(person, alias);
  }
  return {
    find: (word: string): Entity | undefined => people[first.get(word) ?? -1],
    /** Call when `entity` may have gained the alias `word`; other entities than these people are ignored. */
    noteAlias,
  };
}

/** A person named by part of a longer name of another person is that person. */
function mergeShortNames(registry: Registry, mentions: Mention[]): void {
  const people = [...registry.entities.values()].filter((e) => e.type === 'PERSON');
  // The first person (in order) each shorter name can stand for: the words after any space in a name, and those
  // before one. A look-up instead of comparing every person with every other.
  const longer = new Map<string, Entity>();
  for (const p of people) {
    for (let space = p.name.indexOf(' '); space !== -1; space = p.name.indexOf(' ', space + 1)) {
      for (const part of [p.name.slice(space + 1), p.name.slice(0, space)]) if (!longer.has(part)) longer.set(part, p);
    }
  }
  const byEntity = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byEntity.get(m.entity);
    if (list) list.push(m);
    else byEntity.set(m.entity, [m]);
  }
  for (const short of people) {
    const long = longer.get(short.name);
    if (!long || short.name.split(/\s+/).length < 2) continue;
    for (const span of short.mentions) long.mentions.push(span);
    registry.alias(long, short.name);
    const moved = byEntity.get(short.key) ?? [];
    const into = byEntity.get(long.key) ?? [];
    for (const m of moved) {
      m.entity = long.key;
      into.push(m);
    }
    byEntity.set(long.key, into);
    byEntity.delete(short.key);
    short.mentions = [];
  }
}

const nationalityNames = Object.keys(nationalities)
  .sort((a, b) => b.length - a.length)
  .join('|');
const ministry = new RegExp(
  String.raw`\b(?:the\s+)?(${nationalityNames}|[A-Z][a-z]+(?:’s|'s))\s+(defen[cs]e|foreign|interior|health|finance|justice|economy|emergencies|emergency situations|education|energy|agriculture|trade|culture|environment|transport)\s+ministry\b`,
  'gi',
);
const government = new RegExp(
  String.raw`\b(?:the\s+)?(${nationalityNames})\s+(government|authorities|officials|leadership|diplomats)\b`,
  'g',
);
const military = new RegExp(String.raw`\b(?:the\s+)?(${nationalityNames})\s+(armed forces|forces|military|army|navy|air force)\b`, 'g');

const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** Lower-case descriptions that name an organization: "the Russian defense ministry", "Russian officials", "Russian forces". */
function describedOrganizations(parsed: Parsed, registry: Registry, mentions: Mention[]): void {
  const { text, tokens } = parsed;
  /** The first token ending after `offset` (at or after it, for an end), by binary search; tokens.length if none. */
  const tokenAt = (offset: number, isEnd = false) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const end = (tokens[mid] as Token).end;
      if (isEnd ? end >= offset : end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  // The mentions inside a description give way to it. They are found by their start offset and marked, and the list
  // is compacted once at the end: a scan and a splice of every mention per description made a page of them quadratic.
  const starting = new Map<number, Mention[]>();
  const order = new Map<Mention, number>();
  const index = (m: Mention) => {
    order.set(m, order.size);
    const list = starting.get(m.start);
    if (list) list.push(m);
    else starting.set(m.start, [m]);
  };
  for (const m of mentions) index(m);
  const removed = new Set<Mention>();
  // An entity's spans by start, and those given way: a search and a splice of the entity's spans for each one made a
  // page of descriptions naming one entity quadratic. The spans are dropped once, at the end, keeping their order.
  const spansAt = new Map<Entity, Map<number, Span[]>>();
  const spansOf = (entity: Entity) => {
    let byStart = spansAt.get(entity);
    if (!byStart) {
      byStart = new Map();
      for (const span of entity.mentions) append(byStart, span.start, span);
      spansAt.set(entity, byStart);
    }
    return byStart;
  };
  const gone = new Map<Entity, Set<Span>>();
  const drop = (entity: Entity, start: number) => {
    const dropped = gone.get(entity) ?? new Set<Span>();
    gone.set(entity, dropped);
    let span = spansOf(entity)
      .get(start)
      ?.find((s) => !dropped.has(s));
    // As splice(-1, 1) did when no span starts there: the last one left.
    for (let k = entity.mentions.length - 1; !span && k >= 0; k--) if (!dropped.has(entity.mentions[k] as Span)) span = entity.mentions[k];
    if (span) dropped.add(span);
  };
  const add = (entity: Entity, start: number, end: number) => {
    const inside: Mention[] = [];
    for (let at = start; at <= end; at++) {
      for (const m of starting.get(at) ?? []) if (m.end <= end && !removed.has(m)) inside.push(m);
    }
    // Latest first, as the mentions were given.
    inside.sort((a, b) => (order.get(b) as number) - (order.get(a) as number));
    for (const m of inside) {
      const other = registry.entities.get(m.entity);
      if (other) drop(other, m.start);
      removed.add(m);
    }
    const mention = { entity: entity.key, start, end, first: tokenAt(start), last: tokenAt(end, true) + 1 };
    mentions.push(mention);
    index(mention);
    const span = { start, end };
    entity.mentions.push(span);
    if (spansAt.has(entity)) append(spansOf(entity), start, span);
  };
  for (const m of text.matchAll(ministry)) {
    const owner = m[1] as string;
    const country = nationalities[owner] ?? countryOf(owner.replace(/[’']s$/, ''));
    if (!country) continue;
    const adjective = adjectiveOf.get(country) ?? owner;
    const name = `${adjective} ${titleCase((m[2] as string).replace('defence', 'defense'))} Ministry`;
    const written = m[0].replace(/^the\s+/i, '');
    const entity = registry.add('ORGANIZATION', name, { orgKind: 'MINISTRY', confidence: 0.85 }, written);
    registry.alias(entity, `${country}’s ${m[2]} ministry`);
    add(entity, (m.index ?? 0) + m[0].length - written.length, (m.index ?? 0) + m[0].length);
  }
  for (const m of text.matchAll(government)) {
    const country = nationalities[m[1] as string] as string;
    const written = `${m[1]} ${m[2]}`;
    const entity = registry.government(country, written);
    registry.alias(entity, `${m[1]} government`);
    add(entity, (m.index ?? 0) + m[0].length - written.length, (m.index ?? 0) + m[0].length);
  }
  for (const m of text.matchAll(military)) {
    const country = nationalities[m[1] as string] as string;
    if (country === 'the West' || country === 'European Union') continue;
    const written = `${m[1]} ${m[2]}`;
    const entity = registry.add('ORGANIZATION', `${m[1]} Armed Forces`, { orgKind: 'MILITARY', confidence: 0.7 }, written);
    for (const variant of ['forces', 'military', 'armed forces']) registry.alias(entity, `${m[1]} ${variant}`);
    add(entity, (m.index ?? 0) + m[0].length - written.length, (m.index ?? 0) + m[0].length);
  }
  if (removed.size) {
    let kept = 0;
    for (const m of mentions) if (!removed.has(m)) mentions[kept++] = m;
    mentions.length = kept;
  }
  for (const [entity, dropped] of gone) {
    let kept = 0;
    for (const span of entity.mentions) if (!dropped.has(span)) entity.mentions[kept++] = span;
    entity.mentions.length = kept;
  }
}

/** The first nationality adjective (in the lexicon's order) of each country. */
const adjectiveOf = new Map<string, string>();
for (const [adjective, country] of Object.entries(nationalities)) if (!adjectiveOf.has(country)) adjectiveOf.set(country, adjective);

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
