// Many articles in one transaction, written set by set: a constant number of
// statements per table however many articles the batch holds (what
// `npm run ingest` and the benchmark use; the GraphQL mutations write one
// article at a time through ingest.ts). The graph it leaves is the one that
// writing the articles one by one, in order, would leave: the batch takes the
// advisory locks of all its articles at once (sorted, as ingest.ts does, so
// batches cannot deadlock), reads in one query per model every stored person,
// organization, place or event any of its names could match, and then
// resolves the articles' entities in order in memory by ingest.ts's rules
// (matchByName's ranking, extension's merging), so that a name two articles of
// the batch share becomes one entity. A batch that fails (one bad article, a
// constraint) is written again one article at a time, so that the others are
// stored and the bad one is reported with its own error.
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Db } from '../db/client.ts';
import { checkDates, linkStatementEvents } from '../db/event-tree.ts';
import { uuid7 } from '../db/ids.ts';
import { nameColumns, nameKeys } from '../db/names.ts';
import { fromIssues } from '../errors.ts';
import { contentHash } from './hash.ts';
import {
  articleColumns,
  buildStatementRows,
  type CheckedArticle,
  checkArticle,
  count,
  entityColumns,
  extension,
  type IdOf,
  type IngestStats,
  ingestArticle,
  insertStatements,
  lockKeys,
  lockNames,
  mentionRows,
  type Named,
  type NamedRow,
  party,
  type Tx,
} from './ingest.ts';
import { type IngestArticle, IngestArticleInput } from './input.ts';
import type { Kind, Ref } from './refs.ts';

/** One article's outcome, in the order given: stored (now or before), or its error. */
export type BatchOutcome = { created: boolean; articleId: string; entities: IngestStats } | { error: unknown };

const nothing: IngestStats = { created: 0, reused: 0, statements: 0 };

export type BatchResult = {
  outcomes: BatchOutcome[];
  /** Why the batch's transaction failed, when its articles were then written one by one; else null. */
  fallback: unknown;
};

/** Writes `raws` (ingestArticle's input each) in one transaction, or one by one when that fails. */
export async function ingestBatch(db: Db, raws: readonly unknown[]): Promise<BatchResult> {
  let fallback: unknown = null;
  const outcomes: (BatchOutcome | null)[] = raws.map(() => null);
  const parsed: { index: number; input: IngestArticle; hash: string }[] = [];
  for (const [index, raw] of raws.entries()) {
    const result = IngestArticleInput.safeParse(raw);
    if (result.success) parsed.push({ index, input: result.data, hash: contentHash(result.data.body) });
    else outcomes[index] = { error: fromIssues(result.error.issues, '') };
  }
  if (parsed.length) {
    try {
      const written = await db.$transaction((tx) => writeBatch(tx, parsed), { timeout: 120_000, maxWait: 30_000 });
      for (const [index, outcome] of written) outcomes[index] = outcome;
    } catch (error) {
      fallback = error;
      // Which article failed is what one-by-one writing tells, each with its own error.
      for (const { index } of parsed) {
        outcomes[index] = await ingestArticle(db, raws[index]).then(
          (result) => ({ created: result.created, articleId: result.article.id, entities: result.entities }),
          (error: unknown) => ({ error }),
        );
      }
    }
  }
  return { outcomes: outcomes as BatchOutcome[], fallback };
}

type Candidate = NamedRow & { kind?: string; latitude?: number | null; longitude?: number | null };
type EventRow = {
  id: string;
  name: string;
  description: string | null;
  kind: string;
  startAt: Date | null;
  endAt: Date | null;
  placeId: string | null;
  parentId: string | null;
  ancestorIds: string[];
};

/** Thrown inside the transaction to roll the batch back and write its articles one by one. */
class BatchFallback extends Error {}

async function writeBatch(tx: Tx, parsed: { index: number; input: IngestArticle; hash: string }[]) {
  await lockNames(
    tx,
    parsed.map(({ input, hash }) => lockKeys(input, hash)),
  );
  const outcomes = new Map<number, BatchOutcome>();
  const stored = await tx.article.findMany({
    where: { OR: [{ url: { in: parsed.map((p) => p.input.url) } }, { contentHash: { in: parsed.map((p) => p.hash) } }] },
    select: { id: true, url: true, contentHash: true },
  });
  // The same article twice in the batch, or already stored: the first copy is the one kept.
  const known = new Map<string, string>();
  for (const article of stored) known.set(`url:${article.url}`, article.id).set(`hash:${article.contentHash}`, article.id);
  const fresh: { index: number; input: IngestArticle; hash: string; checked: CheckedArticle; articleId: string }[] = [];
  for (const { index, input, hash } of parsed) {
    const present = known.get(`url:${input.url}`) ?? known.get(`hash:${hash}`);
    if (present) {
      outcomes.set(index, { created: false, articleId: present, entities: nothing });
      continue;
    }
    const checked = checkArticle(input, '');
    if (checked.issues.length) {
      outcomes.set(index, { error: errorOf(checked) });
      continue;
    }
    const articleId = uuid7();
    known.set(`url:${input.url}`, articleId).set(`hash:${hash}`, articleId);
    fresh.push({ index, input, hash, checked, articleId });
  }
  if (!fresh.length) return outcomes;

  const graph = await readCandidates(tx, fresh);
  const rows = emptyRows();
  for (const article of fresh) {
    const stats = resolveArticle(article.input, article.checked, graph, rows);
    outcomes.set(article.index, { created: true, articleId: article.articleId, entities: stats });
  }
  for (const article of fresh) addArticleRows(article.input, article.hash, article.articleId, article.checked, graph.ids(article), rows);
  await checkRelationEnds(tx, rows);
  await writeRows(tx, graph, rows);
  return outcomes;
}

function errorOf(checked: CheckedArticle): unknown {
  try {
    checked.fail();
  } catch (error) {
    return error;
  }
  return new Error('invalid article');
}

/** What the batch knows of the graph: the stored records its names can match, and those it creates, oldest first. */
type Graph = {
  named: Record<Named, Candidate[]>;
  events: EventRow[];
  byId: Map<string, Candidate | EventRow>;
  created: { named: Record<Named, Candidate[]>; events: EventRow[] };
  changed: Set<Candidate>;
  /** Each article's local keys and the ids they resolved to. */
  keys: Map<IngestArticle, Map<string, string>>;
  ids: (article: { input: IngestArticle }) => Map<string, string>;
};

const models: [Named, Kind, 'people' | 'organizations' | 'places'][] = [
  ['person', 'Person', 'people'],
  ['organization', 'Organization', 'organizations'],
  ['place', 'Place', 'places'],
];

/** One query per model for every stored record any name of the batch (or any id it gives) can reach. */
async function readCandidates(tx: Tx, articles: { input: IngestArticle }[]): Promise<Graph> {
  const inputs = articles.map((article) => article.input);
  // The ids the articles give for their entities and event parents (refs.resolve would record issues for other kinds).
  const given = inputs.flatMap((input) => [
    ...[...input.people, ...input.organizations, ...input.places].map((e) => e.id),
    ...input.events.flatMap((e) => [e.id, e.parent]),
  ]);
  const idsOf = (kind: Kind) => given.flatMap((ref) => (ref && globalId(ref)?.typename === kind ? [globalId(ref)?.id as string] : []));
  const named = {} as Record<Named, Candidate[]>;
  for (const [model, kind, list] of models) {
    const keys = nameKeys(inputs.flatMap((input) => input[list].flatMap((e) => [e.name, ...e.aliases])));
    named[model] = await tx.$queryRawUnsafe<Candidate[]>(
      `SELECT t.id, t.name, t.aliases, t.normalized_names AS "normalizedNames", t.external_ids AS "externalIds", ${candidateColumns[model]}
         FROM "${model}" t WHERE t.normalized_names && $1::text[] OR t.id = ANY($2::text[]) ORDER BY t.created_at, t.id`,
      keys,
      idsOf(kind),
    );
  }
  const eventNames = [...new Set(inputs.flatMap((input) => input.events.map((e) => e.name.toLowerCase())))];
  const events = await tx.$queryRaw<EventRow[]>`
    SELECT id, name, ancestor_ids AS "ancestorIds" FROM event
     WHERE lower(name) = ANY(${eventNames}::text[]) OR id = ANY(${idsOf('Event')}::text[])
     ORDER BY created_at, id`;
  const keys = new Map<IngestArticle, Map<string, string>>();
  return {
    named,
    events,
    byId: new Map<string, Candidate | EventRow>([...Object.values(named).flat(), ...events].map((row) => [row.id, row])),
    created: { named: { person: [], organization: [], place: [] }, events: [] },
    changed: new Set(),
    keys,
    ids: ({ input }) => keys.get(input) as Map<string, string>,
  };
}

function globalId(ref: string): { typename: string; id: string } | null {
  try {
    return decodeGlobalID(ref);
  } catch {
    return null;
  }
}

/** The columns matching reads (ingest.ts's namedColumns) and, for creating and updating, the rest. */
const candidateColumns: Record<Named, string> = {
  person: 't.description',
  organization: 't.description, t.parent_id AS "parentId", t.kind',
  place: 't.parent_id AS "parentId", t.kind, t.latitude, t.longitude',
};

/** matchByName in memory: the record sharing the most folded keys, ties to the oldest (stored, then created in order). */
function bestMatch(candidates: Candidate[], keys: string[]): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = keys.filter((key) => candidate.normalizedNames.includes(key)).length;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/** ingest.ts's write(), entity by entity, against the batch's graph; the article's creations and changes join `rows`. */
function resolveArticle(input: IngestArticle, checked: CheckedArticle, graph: Graph, rows: Rows): IngestStats {
  const { refs, issues } = checked;
  const ids = new Map<string, string>();
  graph.keys.set(input, ids);
  const stats: IngestStats = { created: 0, reused: 0, statements: input.statements.length };
  const idOf = idResolver(checked, ids);
  const byGivenId = (kind: Kind, id: string | null | undefined, path: string) => {
    if (!id) return null;
    const ref = refs.resolve(id, path, [kind]);
    if (!ref || ref.local) return null;
    const row = graph.byId.get(ref.id);
    if (!row) issues.push({ path, message: `${kind} ${ref.id} does not exist` });
    return row ?? null;
  };
  const lists = { person: input.people, organization: checked.organizations, place: checked.places };
  for (const [model, kind, list] of models) {
    for (const entity of lists[model]) {
      const index = (input[list] as unknown[]).indexOf(entity);
      const parentId = 'parent' in entity ? idOf(entity.parent, `${list}.${index}.parent`, [kind]) : undefined;
      const candidates = [...graph.named[model], ...graph.created.named[model]];
      const match =
        (byGivenId(kind, entity.id, `${list}.${index}.id`) as Candidate | null) ??
        bestMatch(candidates, nameKeys([entity.name, ...entity.aliases]));
      if (match) {
        const changes = extension(model, match, entity, parentId);
        if (Object.keys(changes).length) {
          Object.assign(match, changes);
          if (!graph.created.named[model].includes(match)) graph.changed.add(match);
        }
      }
      const row: Candidate = match ?? {
        id: uuid7(),
        ...nameColumns(entity.name, entity.aliases),
        externalIds: entity.externalIds,
        ...(model === 'place' ? {} : { description: (entity as { description?: string | null }).description ?? null }),
        ...(model === 'person' ? {} : { parentId: parentId ?? null, kind: (entity as { kind: string }).kind }),
        ...(model === 'place'
          ? {
              latitude: (entity as { latitude?: number | null }).latitude ?? null,
              longitude: (entity as { longitude?: number | null }).longitude ?? null,
            }
          : {}),
      };
      if (!match) {
        graph.created.named[model].push(row);
        graph.byId.set(row.id, row);
        rows[model].push(row);
      }
      count(stats, !!match);
      ids.set(entity.key, row.id);
    }
  }
  for (const event of checked.events) {
    const index = input.events.indexOf(event);
    const name = event.name.toLowerCase();
    const match =
      (byGivenId('Event', event.id, `events.${index}.id`) as EventRow | null) ??
      [...graph.events, ...graph.created.events].find((e) => e.name.toLowerCase() === name) ??
      null;
    let row = match;
    if (!row) {
      checkDates(event.startAt, event.endAt);
      const parentId = idOf(event.parent, `events.${index}.parent`, ['Event']);
      const parent = parentId ? (graph.byId.get(parentId) as EventRow | undefined) : undefined;
      if (parentId && !parent) throw new BatchFallback(`event ${parentId} does not exist`);
      row = {
        id: uuid7(),
        name: event.name,
        description: event.description ?? null,
        kind: event.kind,
        startAt: event.startAt ?? null,
        endAt: event.endAt ?? null,
        placeId: idOf(event.place, `events.${index}.place`, ['Place']),
        parentId,
        ancestorIds: parent ? [...parent.ancestorIds, parent.id] : [],
      };
      graph.created.events.push(row);
      graph.byId.set(row.id, row);
      rows.event.push(row);
    }
    count(stats, !!match);
    ids.set(event.key, row.id);
  }
  // A given id that is not stored: one-by-one writing reports it, with its path.
  if (issues.length) throw new BatchFallback(issues[0]?.message);
  return stats;
}

function idResolver(checked: CheckedArticle, ids: Map<string, string>): IdOf {
  return (ref, path, allowed) => {
    if (!ref) return null;
    const resolved = checked.refs.resolve(ref, path, allowed) as Ref;
    return resolved.local ? (ids.get(resolved.key) as string) : resolved.id;
  };
}

type Row = Record<string, unknown>;
type Rows = ReturnType<typeof emptyRows>;

function emptyRows() {
  return {
    person: [] as Candidate[],
    organization: [] as Candidate[],
    place: [] as Candidate[],
    event: [] as EventRow[],
    article: [] as Row[],
    affiliation: [] as Row[],
    eventParticipant: [] as Row[],
    articleEvent: [] as Row[],
    articleContributor: [] as Row[],
    statement: [] as ReturnType<typeof buildStatementRows>,
    statementEvent: [] as { statementId: string; eventId: string }[],
    statementMention: [] as Row[],
    statementRelation: [] as Row[],
    image: [] as Row[],
    imageAgency: [] as Row[],
    imageDepiction: [] as Row[],
    articleMention: [] as Row[],
  };
}

/** The rows of one article beyond its entities, built as ingest.ts's write() builds them. */
function addArticleRows(
  input: IngestArticle,
  hash: string,
  articleId: string,
  checked: CheckedArticle,
  ids: Map<string, string>,
  rows: Rows,
) {
  const { refs } = checked;
  const idOf = idResolver(checked, ids);
  const speakers = ['Person', 'Organization'] as const;
  const entities = ['Person', 'Organization', 'Place', 'Event'] as const;
  rows.article.push({ id: articleId, ...articleColumns(input, hash, idOf) });
  input.people.forEach((person, index) => {
    person.affiliations.forEach((affiliation, j) => {
      rows.affiliation.push({
        id: uuid7(),
        personId: ids.get(person.key),
        organizationId: idOf(affiliation.organization, `people.${index}.affiliations.${j}.organization`, ['Organization']),
        role: affiliation.role,
        articleId,
        validFrom: affiliation.validFrom ?? null,
        validTo: affiliation.validTo ?? null,
      });
    });
  });
  input.events.forEach((event, index) => {
    event.participants.forEach((p, j) => {
      const entity = idOf(p.entity, `events.${index}.participants.${j}.entity`, speakers);
      rows.eventParticipant.push({ id: uuid7(), eventId: ids.get(event.key), ...party(entity, p.entity, refs, { role: p.role ?? null }) });
    });
  });
  for (const eventId of new Set(input.about.map((ref, i) => idOf(ref, `about.${i}`, ['Event']))))
    rows.articleEvent.push({ articleId, eventId });
  input.contributors.forEach((c, i) => {
    const entity = idOf(c.entity, `contributors.${i}.entity`, speakers);
    rows.articleContributor.push({ id: uuid7(), articleId, role: c.role, position: i, ...party(entity, c.entity, refs) });
  });
  const statements = buildStatementRows(input, articleId, idOf, refs, ids);
  rows.statement.push(...statements);
  input.statements.forEach((s, i) => {
    const statementId = statements[i]?.id as string;
    [...new Set(s.about)].forEach((ref, j) => {
      rows.statementEvent.push({ statementId, eventId: idOf(ref, `statements.${i}.about.${j}`, ['Event']) as string });
    });
    s.mentions.forEach((ref, j) => {
      rows.statementMention.push({
        id: uuid7(),
        statementId,
        ...entityColumns(idOf(ref, `statements.${i}.mentions.${j}`, entities), ref, refs),
      });
    });
  });
  input.relations.forEach((r, i) => {
    rows.statementRelation.push({
      id: uuid7(),
      fromId: idOf(r.from, `relations.${i}.from`, ['Statement']),
      toId: idOf(r.to, `relations.${i}.to`, ['Statement']),
      kind: r.kind,
    });
  });
  input.images.forEach((image, i) => {
    const imageId = uuid7();
    rows.image.push({
      id: imageId,
      url: image.url ?? null,
      caption: image.caption,
      creditLine: image.creditLine ?? null,
      takenAt: image.takenAt ?? null,
      articleId,
      photographerId: idOf(image.photographer, `images.${i}.photographer`, ['Person']),
      placeId: idOf(image.place, `images.${i}.place`, ['Place']),
    });
    const agencies = new Set(image.agencies.map((ref, j) => idOf(ref, `images.${i}.agencies.${j}`, ['Organization'])));
    [...agencies].forEach((organizationId, position) => rows.imageAgency.push({ imageId, organizationId, position }));
    image.depicts.forEach((ref, j) => {
      rows.imageDepiction.push({ id: uuid7(), imageId, ...entityColumns(idOf(ref, `images.${i}.depicts.${j}`, entities), ref, refs) });
    });
  });
  for (const mention of mentionRows(input, idOf, refs, ids)) rows.articleMention.push({ id: uuid7(), ...mention, articleId });
}

/** A relation to a statement of an earlier article: one read for the whole batch; a missing one sends it one by one. */
async function checkRelationEnds(tx: Tx, rows: Rows) {
  const inBatch = new Set(rows.statement.map((s) => s.id));
  const earlier = [...new Set(rows.statementRelation.flatMap((r) => [r.fromId, r.toId] as string[]).filter((id) => !inBatch.has(id)))];
  if (!earlier.length) return;
  const found = await tx.statement.count({ where: { id: { in: earlier } } });
  if (found !== earlier.length) throw new BatchFallback('a relation names a statement that does not exist');
}

/** Column types per table, for jsonb_to_recordset (camelCase keys, snake_case columns). */
const tables = {
  person: { id: 'text', name: 'text', aliases: 'text[]', normalizedNames: 'text[]', description: 'text', externalIds: 'text[]' },
  organization: {
    id: 'text',
    name: 'text',
    aliases: 'text[]',
    normalizedNames: 'text[]',
    description: 'text',
    kind: '"OrganizationKind"',
    parentId: 'text',
    externalIds: 'text[]',
  },
  place: {
    id: 'text',
    name: 'text',
    aliases: 'text[]',
    normalizedNames: 'text[]',
    kind: '"PlaceKind"',
    parentId: 'text',
    latitude: 'float8',
    longitude: 'float8',
    externalIds: 'text[]',
  },
  event: {
    id: 'text',
    name: 'text',
    description: 'text',
    kind: '"EventKind"',
    startAt: 'timestamptz',
    endAt: 'timestamptz',
    placeId: 'text',
    parentId: 'text',
    ancestorIds: 'text[]',
  },
  article: {
    id: 'text',
    url: 'text',
    headline: 'text',
    body: 'text',
    publishedAt: 'timestamptz',
    language: 'text',
    contentHash: 'text',
    publisherId: 'text',
    placeId: 'text',
  },
  affiliation: {
    id: 'text',
    personId: 'text',
    organizationId: 'text',
    role: 'text',
    articleId: 'text',
    validFrom: 'timestamptz',
    validTo: 'timestamptz',
  },
  eventParticipant: { id: 'text', eventId: 'text', personId: 'text', organizationId: 'text', role: 'text' },
  articleEvent: { articleId: 'text', eventId: 'text' },
  articleContributor: {
    id: 'text',
    articleId: 'text',
    personId: 'text',
    organizationId: 'text',
    role: '"ContributorRole"',
    position: 'int',
  },
  statementMention: { id: 'text', statementId: 'text', personId: 'text', organizationId: 'text', placeId: 'text', eventId: 'text' },
  statementRelation: { id: 'text', fromId: 'text', toId: 'text', kind: '"StatementRelationKind"' },
  image: {
    id: 'text',
    url: 'text',
    caption: 'text',
    creditLine: 'text',
    takenAt: 'timestamptz',
    articleId: 'text',
    photographerId: 'text',
    placeId: 'text',
  },
  imageAgency: { imageId: 'text', organizationId: 'text', position: 'int' },
  imageDepiction: { id: 'text', imageId: 'text', personId: 'text', organizationId: 'text', eventId: 'text', placeId: 'text' },
  articleMention: {
    id: 'text',
    articleId: 'text',
    personId: 'text',
    organizationId: 'text',
    placeId: 'text',
    eventId: 'text',
    count: 'int',
    offsets: 'int[]',
  },
} as const;

/** Tables without an updated_at column. */
const noUpdatedAt = new Set(['articleEvent', 'imageAgency', 'imageDepiction', 'statementMention']);

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A record set of `rows` as one JSON parameter: one statement whatever the number of rows, arrays included. */
function recordSet(table: keyof typeof tables) {
  const columns = Object.entries(tables[table]);
  return {
    names: columns.map(([name]) => snake(name)),
    definition: columns.map(([name, type]) => `${snake(name)} ${type}`).join(', '),
  };
}

async function insertRows(tx: Tx, table: keyof typeof tables, rows: object[], conflict = '') {
  if (!rows.length) return;
  const { names, definition } = recordSet(table);
  const stamped = noUpdatedAt.has(table) ? '' : ', updated_at';
  await tx.$executeRawUnsafe(
    `INSERT INTO "${snake(table)}" (${names.join(', ')}${stamped})
     SELECT ${names.join(', ')}${stamped && ', now()'} FROM jsonb_to_recordset($1::jsonb) AS r(${definition}) ${conflict}`,
    JSON.stringify(rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [snake(key), value])))),
  );
}

/** The stored records the batch extended, each once with its final columns. */
async function updateNamed(tx: Tx, model: Named, rows: Candidate[]) {
  if (!rows.length) return;
  const { names, definition } = recordSet(model);
  const set = names.filter((name) => name !== 'id').map((name) => `${name} = r.${name}`);
  await tx.$executeRawUnsafe(
    `UPDATE "${model}" t SET ${set.join(', ')}, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS r(${definition}) WHERE t.id = r.id`,
    JSON.stringify(rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [snake(key), value])))),
  );
}

async function writeRows(tx: Tx, graph: Graph, rows: Rows) {
  for (const [model] of models) {
    await insertRows(tx, model, rows[model]);
    await updateNamed(
      tx,
      model,
      [...graph.changed].filter((row) => graph.named[model].includes(row)),
    );
  }
  await insertRows(tx, 'event', rows.event);
  await insertRows(tx, 'article', rows.article);
  await insertAffiliations(tx, rows.affiliation);
  await insertRows(tx, 'eventParticipant', rows.eventParticipant, 'ON CONFLICT DO NOTHING');
  await insertRows(tx, 'articleEvent', rows.articleEvent);
  await insertRows(tx, 'articleContributor', rows.articleContributor);
  await insertStatements(tx, rows.statement);
  await linkStatementEvents(tx, rows.statementEvent, { fresh: true });
  await insertRows(tx, 'statementMention', rows.statementMention);
  await insertRows(tx, 'statementRelation', rows.statementRelation, 'ON CONFLICT DO NOTHING');
  await insertRows(tx, 'image', rows.image);
  await insertRows(tx, 'imageAgency', rows.imageAgency);
  await insertRows(tx, 'imageDepiction', rows.imageDepiction);
  await insertRows(tx, 'articleMention', rows.articleMention);
}

/** As ingest.ts: a (person, organization, role) already stored or given earlier is not added again. */
async function insertAffiliations(tx: Tx, rows: Row[]) {
  if (!rows.length) return;
  const known = await tx.affiliation.findMany({
    where: { personId: { in: [...new Set(rows.map((a) => a.personId as string))] } },
    select: { personId: true, organizationId: true, role: true },
  });
  const seen = new Set(known.map((a) => JSON.stringify([a.personId, a.organizationId, a.role])));
  const fresh = rows.filter((a) => {
    const key = JSON.stringify([a.personId, a.organizationId ?? null, a.role]);
    return !seen.has(key) && !!seen.add(key);
  });
  await insertRows(tx, 'affiliation', fresh, 'ON CONFLICT DO NOTHING');
}
