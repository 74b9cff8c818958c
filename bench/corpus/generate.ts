// A synthetic news archive shaped like the real one: a few people and events
// are in thousands of articles, most in one or two (Zipf); events nest three
// deep with date ranges inside their parents'; every article carries 3–30
// statements of every kind, relations between them, images with depictions
// and agency credits, and mentions whose offsets point at the names in the
// generated body. Entities come first (`world`), then articles in chunks.
import { nameColumns } from '../../src/db/names.ts';
import { contentHash } from '../../src/ingest/hash.ts';
import { Random } from './random.ts';
import type { Row, Rows } from './tables.ts';

const day = 86_400_000;
const archiveStart = Date.UTC(2015, 0, 1);
const archiveDays = 3_650;
/** Record timestamps (created_at, and the UUID v7 time) count up from here. */
const recordEpoch = Date.UTC(2026, 0, 1);

const firstNames = [
  'Sergei',
  'Anna',
  'Dmytro',
  'Olena',
  'Vladimir',
  'Maria',
  'Antony',
  'Jens',
  'Ursula',
  'Emmanuel',
  'Olaf',
  'Mark',
  'Kaja',
  'Gabrielius',
  'Andrzej',
  'Petr',
  'Ivan',
  'Yulia',
  'Nikolai',
  'Mikhail',
  'Oksana',
  'Taras',
  'Viktor',
  'Ilham',
  'Recep',
  'Mevlut',
  'Lloyd',
  'Jake',
  'Karine',
  'Ned',
  'Linda',
  'Josep',
  'Annalena',
  'Boris',
  'Liz',
  'Ben',
  'Rishi',
  'Kamala',
  'Joe',
  'Xi',
  'Wang',
  'Narendra',
  'Subrahmanyam',
  'Naftali',
  'Yair',
  'Mateusz',
  'Zbigniew',
  'Alexei',
  'Dmitry',
  'Valery',
  'Hanna',
  'Iryna',
  'Denys',
  'Ruslan',
  'Kyrylo',
  'Oleksii',
  'Andriy',
  'Mykhailo',
  'Rustem',
  'Svitlana',
];
const surnameOnsets = [
  'Ko',
  'Pe',
  'Lav',
  'Zel',
  'Shoi',
  'Ku',
  'Ma',
  'Bor',
  'Dra',
  'Ven',
  'Ta',
  'Ri',
  'No',
  'Sa',
  'Gri',
  'Hol',
  'Mer',
  'Ost',
  'Fa',
  'Lu',
];
const surnameMiddles = ['ro', 'le', 'va', 'di', 'ne', 'ka', 'mi', 'sto', 'ren', 'ba', 'lo', 'ti'];
const surnameEndings = ['v', 'nko', 'ski', 'ba', 'gu', 'ova', 'ian', 'ez', 'son', 'ardt', 'elli', 'ides', 'sen', 'ic', 'ura'];
const placeSyllables = [
  'Ar',
  'Bel',
  'Cor',
  'Dan',
  'Es',
  'Fal',
  'Gor',
  'Hel',
  'Is',
  'Kar',
  'Lor',
  'Mon',
  'Nor',
  'Or',
  'Par',
  'Ros',
  'Sel',
  'Tor',
  'Ul',
  'Var',
];
const placeEndings = ['ia', 'land', 'stan', 'ova', 'grad', 'pol', 'burg', 'ovo', 'ne', 'sk', 'ville', 'mar'];
const roles = [
  'foreign minister',
  'defense minister',
  'spokesman',
  'spokeswoman',
  'president',
  'prime minister',
  'ambassador',
  'general',
  'secretary-general',
  'chief of staff',
  'analyst',
  'senator',
  'mayor',
  'governor',
  'press secretary',
];
const verbs: Record<string, string[]> = {
  DIRECT_QUOTE: ['said', 'told reporters', 'warned', 'wrote', 'added'],
  INDIRECT: ['said', 'indicated', 'claimed', 'argued', 'stressed'],
  PARAPHRASE: ['has argued', 'has long maintained', 'has suggested'],
  DENIAL: ['denied', 'rejected claims', 'dismissed reports'],
};
const venues = [
  'at a news conference',
  'in a video message',
  'in an interview',
  'on state television',
  'in a statement',
  'at a briefing',
  'after talks',
  null,
  null,
];
const subjects = [
  'the troops',
  'the talks',
  'the sanctions',
  'the ceasefire',
  'the exercises',
  'the border',
  'the negotiations',
  'the convoy',
  'the alliance',
  'the embassy',
  'the pipeline',
  'the referendum',
];
const predicates = [
  'would be withdrawn',
  'had not been agreed',
  'were a provocation',
  'remained on schedule',
  'posed no threat',
  'must continue',
  'would be reviewed',
  'were going according to plan',
  'had been completed',
  'could not be verified',
  'would resume next week',
  'were never discussed',
];
const qualifiers = [
  'despite the warnings',
  'in the coming days',
  'as long as necessary',
  'without preconditions',
  'for now',
  'according to officials',
  'under the agreement',
  'after the elections',
];
const eventPhrases: [string, string][] = [
  ['ANNOUNCEMENT', 'Announcement on'],
  ['PRESS_CONFERENCE', 'News conference on'],
  ['MEETING', 'Talks on'],
  ['MILITARY_EXERCISE', 'Exercises near'],
  ['TROOP_MOVEMENT', 'Troop movements near'],
  ['DIPLOMACY', 'Diplomatic push over'],
  ['SPEECH', 'Address on'],
  ['INTERVIEW', 'Interview about'],
];

export type CorpusSize = { articles: number; people: number; organizations: number; places: number; events: number };

export function corpusSize(articles: number): CorpusSize {
  return {
    articles,
    people: Math.max(60, Math.round(articles * 0.25)),
    organizations: Math.max(40, Math.round(articles * 0.03)),
    places: Math.max(24, Math.round(articles * 0.01)),
    events: Math.max(24, Math.round(articles * 0.04)),
  };
}

type Entity = { id: string; name: string; surname?: string };
type EventInfo = Entity & { start: number; end: number; ancestors: string[]; placeIndex: number };

/** The entities every article draws from. */
export type World = {
  size: CorpusSize;
  seed: number;
  places: Entity[];
  organizations: (Entity & { kind: string })[];
  mediaOrganizations: number[];
  agencies: number[];
  people: Entity[];
  journalists: number[];
  events: EventInfo[];
  rows: Rows;
};

/** Builds the entity tables (places, organizations, people, events, participants). */
export function generateWorld(articles: number, seed: number): World {
  const size = corpusSize(articles);
  const random = new Random(seed);
  let clock = recordEpoch;
  const stamp = () => new Date(clock++);
  const id = () => random.uuid7(clock);

  // Places: countries, then regions and cities inside them.
  const placeRows: Row[] = [];
  const places: Entity[] = [];
  const countries = Math.max(6, Math.round(size.places / 6));
  for (let i = 0; i < size.places; i++) {
    const isCountry = i < countries;
    const parent = isCountry ? null : (places[i % countries] as Entity);
    const base = `${placeSyllables[i % placeSyllables.length]}${placeSyllables[Math.floor(i / placeSyllables.length) % placeSyllables.length]?.toLowerCase()}`;
    const name = `${base}${placeEndings[(i * 7) % placeEndings.length]}${i >= placeSyllables.length * placeSyllables.length ? ` ${i}` : ''}`;
    const place = { id: id(), name };
    places.push(place);
    const columns = nameColumns(name);
    const at = stamp();
    placeRows.push([
      place.id,
      columns.name,
      columns.aliases,
      columns.normalizedNames,
      isCountry ? 'COUNTRY' : i % 3 ? 'CITY' : 'REGION',
      parent?.id ?? null,
      Math.round((random.float() * 140 - 70) * 1e4) / 1e4,
      Math.round((random.float() * 340 - 170) * 1e4) / 1e4,
      [],
      at,
      at,
    ]);
  }

  // Organizations: one government per country first (ministries hang under them), then the rest.
  const organizationRows: Row[] = [];
  const organizations: (Entity & { kind: string })[] = [];
  const mediaOrganizations: number[] = [];
  const agencies: number[] = [];
  const surname = (i: number) =>
    `${surnameOnsets[i % surnameOnsets.length]}${surnameMiddles[Math.floor(i / surnameOnsets.length) % surnameMiddles.length]}${
      surnameEndings[Math.floor(i / (surnameOnsets.length * surnameMiddles.length)) % surnameEndings.length]
    }`;
  for (let i = 0; i < size.organizations; i++) {
    const country = places[i % countries] as Entity;
    let kind: string;
    let name: string;
    let parentId: string | null = null;
    const aliases: string[] = [];
    if (i < countries) {
      kind = 'GOVERNMENT';
      name = `Government of ${country.name}`;
      aliases.push(`${country.name} government`);
    } else {
      kind = random.weighted([
        ['MINISTRY', 4],
        ['MILITARY', 2],
        ['MEDIA', 3],
        ['NEWS_AGENCY', 1],
        ['COMPANY', 2],
        ['NGO', 1],
        ['POLITICAL_PARTY', 1],
      ]);
      const tag = surname(i * 13 + 5);
      name =
        kind === 'MINISTRY'
          ? `${random.pick(['Foreign', 'Defense', 'Interior', 'Energy', 'Finance'])} Ministry of ${country.name}`
          : kind === 'MILITARY'
            ? `${country.name} ${random.pick(['Armed Forces', 'Navy', 'Air Force', 'Border Guard'])}`
            : kind === 'MEDIA'
              ? `${tag} ${random.pick(['Times', 'Herald', 'News', 'Post', 'Radio'])}`
              : kind === 'NEWS_AGENCY'
                ? `${tag} Press`
                : kind === 'COMPANY'
                  ? `${tag} ${random.pick(['Energy', 'Holdings', 'Systems'])}`
                  : kind === 'NGO'
                    ? `${tag} Foundation`
                    : `${tag} Party`;
      if (i >= countries * 40) name = `${name} ${i}`;
      if (kind === 'MINISTRY') parentId = (organizations[i % countries] as Entity).id;
    }
    const organization = { id: id(), name, kind };
    if (kind === 'MEDIA') mediaOrganizations.push(organizations.length);
    if (kind === 'NEWS_AGENCY') agencies.push(organizations.length);
    organizations.push(organization);
    const columns = nameColumns(name, aliases);
    const at = stamp();
    organizationRows.push([organization.id, columns.name, columns.aliases, columns.normalizedNames, null, kind, parentId, [], at, at]);
  }
  if (!mediaOrganizations.length) mediaOrganizations.push(countries);
  if (!agencies.length) agencies.push(countries);

  // People: distinct names for the first 200k; index 0 is the most quoted.
  const personRows: Row[] = [];
  const people: Entity[] = [];
  for (let i = 0; i < size.people; i++) {
    const first = firstNames[i % firstNames.length] as string;
    const last = surname(Math.floor(i / firstNames.length));
    const name = `${first} ${last}${i >= firstNames.length * 3_600 ? ` ${Math.floor(i / (firstNames.length * 3_600)) + 1}` : ''}`;
    // Romanization variants, as the wire services spell them.
    const aliases = /ei\b/.test(first) ? [name.replace(/ei\b/, 'ey')] : /ii\b/.test(last) ? [name.replace(/ii\b/, 'iy')] : [];
    const person = { id: id(), name, surname: last };
    people.push(person);
    const columns = nameColumns(name, aliases);
    const at = stamp();
    personRows.push([
      person.id,
      columns.name,
      columns.aliases,
      columns.normalizedNames,
      i < 200 ? `${random.pick(roles)} of ${(places[i % countries] as Entity).name}` : null,
      i < 50 ? [`wikidata:Q${1_000_000 + i}`] : [],
      at,
      at,
    ]);
  }
  const journalists = Array.from({ length: Math.max(10, Math.round(size.people / 40)) }, (_, k) => size.people - 1 - k);

  // Events: roots span months; sub-events sit inside their parent's range, up to three levels deep.
  const eventRows: Row[] = [];
  const events: EventInfo[] = [];
  const roots = Math.max(4, Math.round(size.events / 8));
  const participantRows: Row[] = [];
  for (let i = 0; i < size.events; i++) {
    const parent = i < roots ? null : pickParent(random, events, i);
    const placeIndex = random.int(0, places.length - 1);
    const place = places[placeIndex] as Entity;
    let start: number;
    let end: number;
    let kind: string;
    let name: string;
    if (!parent) {
      start = archiveStart + random.int(0, archiveDays - 400) * day;
      end = start + random.int(60, 400) * day;
      kind = random.pick(['CRISIS', 'CONFLICT', 'ELECTION']);
      name = `${place.name} ${kind.toLowerCase()} of ${new Date(start).getUTCFullYear()}`;
    } else {
      const span = Math.max(1, Math.floor((parent.end - parent.start) / day));
      start = parent.start + random.int(0, Math.max(0, span - 1)) * day;
      end = Math.min(parent.end, start + random.int(0, Math.max(1, Math.floor(span / 3))) * day);
      const [phraseKind, phrase] = random.pick(eventPhrases);
      kind = phraseKind;
      name = `${phrase} ${place.name} #${i}`;
    }
    const event: EventInfo = { id: id(), name, start, end, ancestors: parent ? [...parent.ancestors, parent.id] : [], placeIndex };
    events.push(event);
    const at = stamp();
    eventRows.push([
      event.id,
      name,
      `Synthetic event ${i}.`,
      kind,
      new Date(start),
      new Date(end),
      place.id,
      parent?.id ?? null,
      event.ancestors,
      at,
      at,
    ]);
    const taken = new Set<number>();
    for (let k = random.int(1, 4); k > 0; k--) {
      const who = random.zipf(people.length);
      if (taken.has(who)) continue;
      taken.add(who);
      participantRows.push([id(), event.id, (people[who] as Entity).id, null, random.pick(['host', 'guest', 'speaker', null]), at, at]);
    }
    participantRows.push([id(), event.id, null, (organizations[i % organizations.length] as Entity).id, 'organizer', at, at]);
  }

  return {
    size,
    seed,
    places,
    organizations,
    mediaOrganizations,
    agencies,
    people,
    journalists,
    events,
    rows: {
      place: placeRows,
      organization: organizationRows,
      person: personRows,
      event: eventRows,
      event_participant: participantRows,
    },
  };
}

function pickParent(random: Random, events: EventInfo[], index: number): EventInfo {
  for (;;) {
    const candidate = events[random.int(0, index - 1)] as EventInfo;
    if (candidate.ancestors.length < 2) return candidate;
  }
}

/** Builds a body and remembers where each name and statement landed in it. */
class BodyWriter {
  text = '';
  readonly names = new Map<string, { column: 'person' | 'organization' | 'place'; id: string; offsets: number[] }>();

  add(text: string): void {
    this.text += text;
  }

  name(column: 'person' | 'organization' | 'place', entity: Entity, short = false): void {
    const key = `${column}:${entity.id}`;
    const entry = this.names.get(key) ?? { column, id: entity.id, offsets: [] };
    this.names.set(key, entry);
    entry.offsets.push(this.text.length);
    this.text += short && entity.surname ? entity.surname : entity.name;
  }
}

type Speaker = { column: 'person' | 'organization'; index: number };

/** Rows of articles [from, to): everything that hangs off them. Affiliations come from `affiliations`. */
export function generateArticles(world: World, from: number, to: number): Rows {
  const random = new Random(world.seed * 1_000_003 + from);
  const { people, organizations, places, events } = world;
  let clock = recordEpoch + 10 * day + from * 400;
  const stamp = () => new Date(clock++);
  const id = () => random.uuid7(clock);
  const rows: Required<
    Pick<
      Rows,
      | 'article'
      | 'article_event'
      | 'article_contributor'
      | 'article_mention'
      | 'statement'
      | 'statement_event'
      | 'statement_mention'
      | 'statement_relation'
      | 'image'
      | 'image_agency'
      | 'image_depiction'
    >
  > = {
    article: [],
    article_event: [],
    article_contributor: [],
    article_mention: [],
    statement: [],
    statement_event: [],
    statement_mention: [],
    statement_relation: [],
    image: [],
    image_agency: [],
    image_depiction: [],
  };
  const speakerEntity = (s: Speaker) => (s.column === 'person' ? people[s.index] : organizations[s.index]) as Entity;

  for (let a = from; a < to; a++) {
    const at = stamp();
    const articleId = id();
    const eventIndexes = [
      ...new Set(
        Array.from(
          {
            length: random.weighted([
              [1, 5],
              [2, 3],
              [3, 1],
            ]),
          },
          () => random.zipf(events.length),
        ),
      ),
    ];
    const mainEvent = events[eventIndexes[0] as number] as EventInfo;
    const published = Math.min(
      archiveStart + (archiveDays + 400) * day,
      mainEvent.start + random.float() * Math.max(day, mainEvent.end - mainEvent.start + 2 * day),
    );
    const place = places[mainEvent.placeIndex] as Entity;
    const body = new BodyWriter();
    const statementCount = 3 + Math.floor(28 * random.float() ** 2);
    const speakers: Speaker[] = [];
    for (let s = 0; s < statementCount; s++) {
      const roll = random.float();
      speakers.push(
        roll < 0.85
          ? { column: 'person', index: random.zipf(people.length) }
          : { column: 'organization', index: random.zipf(organizations.length) },
      );
    }
    const lead = speakerEntity(speakers[0] as Speaker);
    const headline = `${lead.surname ?? lead.name} ${random.pick(['warns over', 'speaks on', 'denies reports on', 'comments on'])} ${mainEvent.name}`;
    body.name('place', place);
    body.add(` (${random.pick(['AP', 'Reuters', 'AFP'])}) — `);
    const statementIds: string[] = [];
    const kinds: string[] = [];
    const seen = new Set<string>();
    for (let s = 0; s < statementCount; s++) {
      const speaker = speakers[s] as Speaker;
      const entity = speakerEntity(speaker);
      const unattributed = random.chance(0.04);
      const kind = random.weighted([
        ['DIRECT_QUOTE', 4],
        ['INDIRECT', 4],
        ['PARAPHRASE', 1],
        ['DENIAL', 1],
      ]);
      const verb = random.pick(verbs[kind] as string[]);
      const venue = random.pick(venues);
      const role = speaker.column === 'person' ? random.pick(roles) : null;
      const short = seen.has(entity.id) && speaker.column === 'person';
      const mention = random.chance(0.3) ? pickMention(random, world) : null;
      const writeText = () => {
        const start = body.text.length;
        body.add(`${random.pick(subjects)} ${random.pick(predicates)}`);
        if (mention && mention.column !== 'event') {
          body.add(' in talks with ');
          body.name(mention.column, mention.entity);
        }
        body.add(` ${random.pick(qualifiers)}`);
        return { start, end: body.text.length };
      };
      const name = () => {
        if (unattributed) body.add('Officials');
        else body.name(speaker.column, entity, short);
      };
      let span: { start: number; end: number };
      if (kind === 'DIRECT_QUOTE') {
        body.add('"');
        span = writeText();
        body.add('," ');
        name();
        if (role && !short && !unattributed) body.add(`, the ${role},`);
        body.add(` ${verb}${venue ? ` ${venue}` : ''}. `);
      } else {
        name();
        body.add(kind === 'PARAPHRASE' ? ` ${verb} that ` : ` ${verb}${venue ? ` ${venue}` : ''} that `);
        span = writeText();
        body.add('. ');
      }
      if (!unattributed) seen.add(entity.id);
      const statementId = id();
      statementIds.push(statementId);
      kinds.push(kind);
      const addressee = random.chance(0.12) ? random.zipf(organizations.length) : null;
      rows.statement.push([
        statementId,
        body.text.slice(span.start, span.end),
        kind,
        !unattributed && speaker.column === 'person' ? entity.id : null,
        !unattributed && speaker.column === 'organization' ? entity.id : null,
        unattributed ? null : role,
        verb,
        venue,
        null,
        addressee === null ? null : (organizations[addressee] as Entity).id,
        new Date(published - random.int(0, 2 * 24 * 60) * 60_000),
        articleId,
        span.start,
        span.end,
        // Statements are written into the body in this order: their reading order.
        s,
        Math.round((0.6 + 0.4 * random.float()) * 100) / 100,
        at,
        at,
      ]);
      // The events it is about, directly, and their ancestors indirectly.
      const about = random.chance(0.85) ? eventIndexes.filter((_, k) => k === 0 || random.chance(0.3)) : [];
      const direct = new Set(about.map((k) => (events[k] as EventInfo).id));
      const indirect = new Set(about.flatMap((k) => (events[k] as EventInfo).ancestors).filter((e) => !direct.has(e)));
      for (const eventId of direct) rows.statement_event.push([statementId, eventId, true, at]);
      for (const eventId of indirect) rows.statement_event.push([statementId, eventId, false, at]);
      if (mention) {
        const target: Row = [id(), statementId, null, null, null, null, at];
        target[{ person: 2, organization: 3, place: 4, event: 5 }[mention.column]] = mention.entity.id;
        rows.statement_mention.push(target);
      }
      if (s > 0 && random.chance(0.15)) {
        rows.statement_relation.push([
          id(),
          random.weighted([
            ['RESPONDS_TO', 4],
            ['CONTRADICTS', 2],
            ['SUPPORTS', 2],
            ['REPEATS', 1],
            ['DENIES', kinds[s] === 'DENIAL' ? 4 : 0.2],
          ]),
          statementId,
          statementIds[random.int(0, s - 1)] as string,
          at,
          at,
        ]);
      }
    }
    body.add(`The ${mainEvent.name.split(' #')[0]} continued.`);

    rows.article.push([
      articleId,
      `https://corpus.example/${world.seed}/${a}`,
      headline,
      body.text,
      new Date(published),
      'en',
      contentHash(body.text),
      (organizations[world.mediaOrganizations[random.zipf(world.mediaOrganizations.length)] as number] as Entity).id,
      place.id,
      at,
      at,
    ]);
    for (const k of eventIndexes) rows.article_event.push([articleId, (events[k] as EventInfo).id, at]);
    const authors = [...new Set([random.pick(world.journalists), ...(random.chance(0.3) ? [random.pick(world.journalists)] : [])])];
    authors.forEach((person, position) => {
      rows.article_contributor.push([
        id(),
        articleId,
        (people[person] as Entity).id,
        null,
        position ? 'CONTRIBUTOR' : 'AUTHOR',
        position,
        at,
        at,
      ]);
    });
    for (const named of body.names.values()) {
      rows.article_mention.push([
        id(),
        articleId,
        named.column === 'person' ? named.id : null,
        named.column === 'organization' ? named.id : null,
        named.column === 'place' ? named.id : null,
        null,
        named.offsets.length,
        named.offsets,
        at,
        at,
      ]);
    }
    const imageCount = random.weighted([
      [0, 2],
      [1, 6],
      [2, 2],
    ]);
    for (let k = 0; k < imageCount; k++) {
      const imageId = id();
      const photographer = people[random.pick(world.journalists)] as Entity;
      const agencyIndexes = [...new Set([random.pick(world.agencies), ...(random.chance(0.3) ? [random.pick(world.agencies)] : [])])];
      const agencyNames = agencyIndexes.map((i) => (organizations[i] as Entity).name);
      rows.image.push([
        imageId,
        `https://img.corpus.example/${world.seed}/${a}/${k}.jpg`,
        `${lead.name} during the ${mainEvent.name.split(' #')[0]} in ${place.name}.`,
        `${photographer.name} / ${agencyNames.join(', ')}`,
        photographer.id,
        new Date(published - random.int(0, 24 * 60) * 60_000),
        place.id,
        articleId,
        at,
        at,
      ]);
      agencyIndexes.forEach((i, position) => {
        rows.image_agency.push([imageId, (organizations[i] as Entity).id, position, at]);
      });
      const lead0 = speakers[0] as Speaker;
      rows.image_depiction.push([
        id(),
        imageId,
        lead0.column === 'person' ? lead.id : null,
        lead0.column === 'organization' ? lead.id : null,
        null,
        null,
        at,
      ]);
      rows.image_depiction.push([id(), imageId, null, null, mainEvent.id, null, at]);
      if (random.chance(0.5)) rows.image_depiction.push([id(), imageId, null, null, null, place.id, at]);
    }
  }
  return rows;
}

function pickMention(random: Random, world: World): { column: 'person' | 'organization' | 'place' | 'event'; entity: Entity } {
  const column = random.weighted([
    ['person', 3],
    ['organization', 2],
    ['place', 2],
    ['event', 1],
  ] as const);
  const list = { person: world.people, organization: world.organizations, place: world.places, event: world.events }[column];
  return { column, entity: list[random.zipf(list.length)] as Entity };
}

/** Affiliations that change over time: consecutive roles, the last one open-ended, each read from some article. */
export function generateAffiliations(world: World, articleIds: (index: number) => string): Rows {
  const random = new Random(world.seed * 7_919 + 1);
  let clock = recordEpoch + 5 * day;
  const rows: Row[] = [];
  world.people.forEach((person, index) => {
    let from = Date.UTC(2008, 0, 1) + random.int(0, 3_000) * day;
    const count = 1 + (random.chance(index < 1_000 ? 0.8 : 0.35) ? 1 : 0) + (random.chance(0.15) ? 1 : 0);
    const seen = new Set<string>();
    for (let k = 0; k < count; k++) {
      const organization = world.organizations[random.zipf(world.organizations.length)] as Entity;
      const role = random.pick(roles);
      if (seen.has(`${organization.id}/${role}`)) continue;
      seen.add(`${organization.id}/${role}`);
      const to = k === count - 1 ? null : from + random.int(365, 2_000) * day;
      const at = new Date(clock++);
      rows.push([
        random.uuid7(clock),
        person.id,
        organization.id,
        role,
        articleIds(random.int(0, world.size.articles - 1)),
        new Date(from),
        to === null ? null : new Date(to),
        at,
        at,
      ]);
      if (to !== null) from = to;
    }
  });
  return { affiliation: rows };
}
