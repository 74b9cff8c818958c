// Structured ingestion: one article with everything read from it, written in
// one transaction. People, organizations and places are matched against the
// graph by folded name and alias before anything new is created; the same
// article (same URL or same content) is stored once.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { createEvent, linkStatementEvents } from '../db/event-tree.ts';
import { nameColumns, nameKeys } from '../db/names.ts';
import { readingPositions } from '../db/statement-order.ts';
import { equalsText } from '../db/text-match.ts';
import { ConflictError, type FieldIssue, fromIssues, ValidationError } from '../errors.ts';
import { type Article, Prisma } from '../generated/prisma/client.ts';
import { contentHash } from './hash.ts';
import { type IngestArticle, IngestArticleInput } from './input.ts';
import { findMentions } from './mentions.ts';
import { type Kind, parentsFirst, type Ref, type RefTable, refTable } from './refs.ts';

export type Tx = Prisma.TransactionClient;

export type IngestStats = { created: number; reused: number; statements: number };
export type IngestResult = { article: Article; created: boolean; entities: IngestStats };

/** Validates `raw` (paths are prefixed with `pathPrefix`), then writes it unless the article is already stored. */
export async function ingestArticle(db: Db, raw: unknown, pathPrefix = ''): Promise<IngestResult> {
  const parsed = IngestArticleInput.safeParse(raw);
  if (!parsed.success) throw fromIssues(parsed.error.issues, pathPrefix);
  const input = parsed.data;
  const hash = contentHash(input.body);
  const existing = await findExisting(db, input.url, hash);
  if (existing) return { article: existing, created: false, entities: { created: 0, reused: 0, statements: 0 } };
  try {
    return await db.$transaction((tx) => write(tx, input, hash, pathPrefix), { timeout: 60_000, maxWait: 15_000 });
  } catch (error) {
    // Another request stored the same article first: ingestion is idempotent, so that is success.
    const raced = (error as { code?: string }).code === 'P2002' ? await findExisting(db, input.url, hash) : null;
    if (raced) return { article: raced, created: false, entities: { created: 0, reused: 0, statements: 0 } };
    throw error;
  }
}

function findExisting(db: Db | Tx, url: string, hash: string) {
  return db.article.findFirst({ where: { OR: [{ url }, { contentHash: hash }] } });
}

export type CheckedArticle = {
  refs: RefTable;
  issues: FieldIssue[];
  organizations: IngestArticle['organizations'];
  places: IngestArticle['places'];
  events: IngestArticle['events'];
  /** Throws the issues found so far, their paths under the prefix. */
  fail: () => void;
};

/** Checks every reference of `input` before the first write, so bad input writes nothing; entities come parents first. */
export function checkArticle(input: IngestArticle, prefix: string): CheckedArticle {
  const refs = refTable(input);
  const issues = refs.issues;
  const check = (ref: string | null | undefined, path: string, allowed: readonly Kind[]): void => {
    if (ref) refs.resolve(ref, path, allowed);
  };
  const speakerKinds = ['Person', 'Organization'] as const;
  const entityKinds = ['Person', 'Organization', 'Place', 'Event'] as const;

  // Every reference is checked before the first write, so bad input writes nothing.
  const organizations = parentsFirst(input.organizations, 'organizations', issues);
  const places = parentsFirst(input.places, 'places', issues);
  const events = parentsFirst(input.events, 'events', issues);
  input.organizations.forEach((o, i) => check(o.parent, `organizations.${i}.parent`, ['Organization']));
  input.places.forEach((p, i) => check(p.parent, `places.${i}.parent`, ['Place']));
  input.people.forEach((p, i) =>
    p.affiliations.forEach((a, j) => check(a.organization, `people.${i}.affiliations.${j}.organization`, ['Organization'])),
  );
  input.events.forEach((e, i) => {
    check(e.parent, `events.${i}.parent`, ['Event']);
    check(e.place, `events.${i}.place`, ['Place']);
    e.participants.forEach((p, j) => check(p.entity, `events.${i}.participants.${j}.entity`, speakerKinds));
  });
  check(input.publisher, 'publisher', ['Organization']);
  check(input.place, 'place', ['Place']);
  input.about.forEach((ref, i) => check(ref, `about.${i}`, ['Event']));
  input.contributors.forEach((c, i) => check(c.entity, `contributors.${i}.entity`, speakerKinds));
  input.statements.forEach((s, i) => {
    check(s.speaker, `statements.${i}.speaker`, speakerKinds);
    check(s.addressee, `statements.${i}.addressee`, speakerKinds);
    s.about.forEach((ref, j) => check(ref, `statements.${i}.about.${j}`, ['Event']));
    s.mentions.forEach((ref, j) => check(ref, `statements.${i}.mentions.${j}`, entityKinds));
  });
  input.relations.forEach((r, i) => {
    check(r.from, `relations.${i}.from`, ['Statement']);
    check(r.to, `relations.${i}.to`, ['Statement']);
    if (r.from === r.to) issues.push({ path: `relations.${i}.to`, message: 'a statement cannot relate to itself' });
  });
  input.images.forEach((image, i) => {
    check(image.photographer, `images.${i}.photographer`, ['Person']);
    check(image.place, `images.${i}.place`, ['Place']);
    image.agencies.forEach((ref, j) => check(ref, `images.${i}.agencies.${j}`, ['Organization']));
    image.depicts.forEach((ref, j) => check(ref, `images.${i}.depicts.${j}`, entityKinds));
  });
  (input.mentions ?? []).forEach((m, i) => check(m.entity, `mentions.${i}.entity`, entityKinds));
  const fail = () => {
    if (issues.length) {
      throw new ValidationError(issues.map((issue) => ({ ...issue, path: [prefix, issue.path].filter(Boolean).join('.') })));
    }
  };
  fail();
  return { refs, issues, organizations, places, events, fail };
}

async function write(tx: Tx, input: IngestArticle, hash: string, prefix: string): Promise<IngestResult> {
  await lockNames(tx, [lockKeys(input, hash)]);
  // Another ingestion of this article may have committed while this one waited for the locks.
  const stored = await findExisting(tx, input.url, hash);
  if (stored) return { article: stored, created: false, entities: { created: 0, reused: 0, statements: 0 } };
  const { refs, issues, organizations, places, events, fail } = checkArticle(input, prefix);

  const ids = new Map<string, string>();
  const stats: IngestStats = { created: 0, reused: 0, statements: input.statements.length };
  const idOf = (ref: string | null | undefined, path: string, allowed: readonly Kind[]): string | null => {
    if (!ref) return null;
    const resolved = refs.resolve(ref, path, allowed) as Ref;
    return resolved.local ? (ids.get(resolved.key) as string) : resolved.id;
  };
  const existing = async (kind: Kind, id: string | null | undefined, path: string) => {
    if (!id) return null;
    const ref = refs.resolve(id, path, [kind]);
    if (!ref || ref.local) return null;
    const model = tx[(kind.charAt(0).toLowerCase() + kind.slice(1)) as 'person'] as unknown as {
      findUnique(args: { where: { id: string } }): Promise<NamedRow | null>;
    };
    const row = await model.findUnique({ where: { id: ref.id } });
    if (!row) issues.push({ path, message: `${kind} ${ref.id} does not exist` });
    return row;
  };

  for (const [index, person] of input.people.entries()) {
    const byId = await existing('Person', person.id, `people.${index}.id`);
    const match = byId ?? (await matchByName(tx, 'person', person.name, person.aliases));
    const row = match
      ? await extendNamed(tx, 'person', match, person)
      : await tx.person.create({
          data: { ...nameColumns(person.name, person.aliases), description: person.description ?? null, externalIds: person.externalIds },
        });
    count(stats, !!match);
    ids.set(person.key, row.id);
  }
  for (const organization of organizations) {
    const index = input.organizations.indexOf(organization);
    const byId = await existing('Organization', organization.id, `organizations.${index}.id`);
    const match = byId ?? (await matchByName(tx, 'organization', organization.name, organization.aliases));
    const parentId = idOf(organization.parent, `organizations.${index}.parent`, ['Organization']);
    const row = match
      ? await extendNamed(tx, 'organization', match, organization, parentId)
      : await tx.organization.create({
          data: {
            ...nameColumns(organization.name, organization.aliases),
            kind: organization.kind,
            description: organization.description ?? null,
            externalIds: organization.externalIds,
            parentId,
          },
        });
    count(stats, !!match);
    ids.set(organization.key, row.id);
  }
  for (const place of places) {
    const index = input.places.indexOf(place);
    const byId = await existing('Place', place.id, `places.${index}.id`);
    const match = byId ?? (await matchByName(tx, 'place', place.name, place.aliases));
    const parentId = idOf(place.parent, `places.${index}.parent`, ['Place']);
    const row = match
      ? await extendNamed(tx, 'place', match, place, parentId)
      : await tx.place.create({
          data: {
            ...nameColumns(place.name, place.aliases),
            kind: place.kind,
            parentId,
            latitude: place.latitude ?? null,
            longitude: place.longitude ?? null,
            externalIds: place.externalIds,
          },
        });
    count(stats, !!match);
    ids.set(place.key, row.id);
  }
  for (const event of events) {
    const index = input.events.indexOf(event);
    const byId = await existing('Event', event.id, `events.${index}.id`);
    const match = byId ?? (await tx.event.findFirst({ where: { name: equalsText(event.name) }, orderBy: { createdAt: 'asc' } }));
    const row =
      match ??
      (await createEvent(tx, {
        name: event.name,
        description: event.description ?? null,
        kind: event.kind,
        startAt: event.startAt ?? null,
        endAt: event.endAt ?? null,
        placeId: idOf(event.place, `events.${index}.place`, ['Place']),
        parentId: idOf(event.parent, `events.${index}.parent`, ['Event']),
      }));
    count(stats, !!match);
    ids.set(event.key, row.id);
  }
  fail();

  const article = await tx.article.create({ data: articleColumns(input, hash, idOf) });

  const affiliations = input.people.flatMap((person, index) =>
    person.affiliations.map((affiliation, j) => ({
      personId: ids.get(person.key) as string,
      organizationId: idOf(affiliation.organization, `people.${index}.affiliations.${j}.organization`, ['Organization']),
      role: affiliation.role,
      articleId: article.id,
      validFrom: affiliation.validFrom ?? null,
      validTo: affiliation.validTo ?? null,
    })),
  );
  if (affiliations.length) {
    // One read for the ones already known, one write for the rest (a role without an organization is not covered
    // by the unique index, so the read decides for every row).
    const known = await tx.affiliation.findMany({
      where: { personId: { in: [...new Set(affiliations.map((a) => a.personId))] } },
      select: { personId: true, organizationId: true, role: true },
    });
    const seen = new Set(known.map((a) => JSON.stringify([a.personId, a.organizationId, a.role])));
    const fresh = affiliations.filter((a) => {
      const key = JSON.stringify([a.personId, a.organizationId, a.role]);
      return !seen.has(key) && !!seen.add(key);
    });
    await tx.affiliation.createMany({ data: fresh, skipDuplicates: true });
  }
  for (const [index, event] of input.events.entries()) {
    const participants = event.participants.map((p, j) =>
      party(idOf(p.entity, `events.${index}.participants.${j}.entity`, ['Person', 'Organization']), p.entity, refs, {
        role: p.role ?? null,
      }),
    );
    await tx.eventParticipant.createMany({
      data: participants.map((p) => ({ ...p, eventId: ids.get(event.key) as string })),
      skipDuplicates: true,
    });
  }
  await tx.articleEvent.createMany({
    data: [...new Set(input.about.map((ref, i) => idOf(ref, `about.${i}`, ['Event']) as string))].map((eventId) => ({
      articleId: article.id,
      eventId,
    })),
  });
  await tx.articleContributor.createMany({
    data: input.contributors.map((c, i) => ({
      articleId: article.id,
      role: c.role,
      position: i,
      ...party(idOf(c.entity, `contributors.${i}.entity`, ['Person', 'Organization']), c.entity, refs),
    })),
  });

  const statementRows = buildStatementRows(input, article.id, idOf, refs, ids);
  await insertStatements(tx, statementRows);
  await linkStatementEvents(
    tx,
    input.statements.flatMap((s, i) =>
      [...new Set(s.about)].map((ref, j) => ({
        statementId: statementRows[i]?.id as string,
        eventId: idOf(ref, `statements.${i}.about.${j}`, ['Event']) as string,
      })),
    ),
    { fresh: true },
  );
  await tx.statementMention.createMany({
    data: input.statements.flatMap((s, i) =>
      s.mentions.map((ref, j) => ({
        statementId: statementRows[i]?.id as string,
        ...entityColumns(idOf(ref, `statements.${i}.mentions.${j}`, ['Person', 'Organization', 'Place', 'Event']), ref, refs),
      })),
    ),
  });
  const relations = input.relations.map((r, i) => ({
    fromId: idOf(r.from, `relations.${i}.from`, ['Statement']) as string,
    toId: idOf(r.to, `relations.${i}.to`, ['Statement']) as string,
    kind: r.kind,
  }));
  const earlier = relations.flatMap((r) => [r.fromId, r.toId]).filter((id) => !statementRows.some((s) => s.id === id));
  const missing = earlier.length ? await tx.statement.findMany({ where: { id: { in: earlier } }, select: { id: true } }) : [];
  relations.forEach((r, i) => {
    for (const end of ['fromId', 'toId'] as const) {
      const id = r[end];
      if (!statementRows.some((s) => s.id === id) && !missing.some((m) => m.id === id)) {
        issues.push({ path: `relations.${i}.${end === 'fromId' ? 'from' : 'to'}`, message: `Statement ${id} does not exist` });
      }
    }
  });
  fail();
  await tx.statementRelation.createMany({ data: relations, skipDuplicates: true });

  for (const [i, image] of input.images.entries()) {
    await tx.image
      .create({
        data: {
          url: image.url ?? null,
          caption: image.caption,
          creditLine: image.creditLine ?? null,
          takenAt: image.takenAt ?? null,
          articleId: article.id,
          photographerId: idOf(image.photographer, `images.${i}.photographer`, ['Person']),
          placeId: idOf(image.place, `images.${i}.place`, ['Place']),
          agencies: {
            create: [...new Set(image.agencies.map((ref, j) => idOf(ref, `images.${i}.agencies.${j}`, ['Organization']) as string))].map(
              (organizationId, position) => ({ organizationId, position }),
            ),
          },
          depicts: {
            create: image.depicts.map((ref, j) =>
              entityColumns(idOf(ref, `images.${i}.depicts.${j}`, ['Person', 'Organization', 'Place', 'Event']), ref, refs),
            ),
          },
        },
      })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === 'P2002')
          throw new ConflictError(`${prefix ? `${prefix}.` : ''}images.${i}.url is already stored`);
        throw error;
      });
  }

  const mentions = mentionRows(input, idOf, refs, ids);
  await tx.articleMention.createMany({ data: mentions.map((m) => ({ ...m, articleId: article.id })) });

  return { article, created: true, entities: stats };
}

/** Resolves a reference of an article to an id: a local key to the id it was given, a global id to its database id. */
export type IdOf = (ref: string | null | undefined, path: string, allowed: readonly Kind[]) => string | null;

/** The article's own columns, as write() creates the row and the batch path inserts it. */
export function articleColumns(input: IngestArticle, hash: string, idOf: IdOf) {
  return {
    url: input.url,
    headline: input.headline,
    body: input.body,
    publishedAt: input.publishedAt ?? null,
    language: input.language,
    contentHash: hash,
    publisherId: idOf(input.publisher, 'publisher', ['Organization']),
    placeId: idOf(input.place, 'place', ['Place']),
  };
}

/** An article's statements as rows, new ids and reading positions; a keyed statement's id is recorded in `ids`. */
export function buildStatementRows(
  input: IngestArticle,
  articleId: string,
  idOf: IdOf,
  refs: RefTable,
  ids: Map<string, string>,
): StatementRow[] {
  const positions = readingPositions(input.statements);
  return input.statements.map((s, i) => {
    const id = randomUUID();
    if (s.key) ids.set(s.key, id);
    const speaker = party(idOf(s.speaker, `statements.${i}.speaker`, ['Person', 'Organization']), s.speaker, refs);
    const addressee = party(idOf(s.addressee, `statements.${i}.addressee`, ['Person', 'Organization']), s.addressee, refs);
    return {
      id,
      text: s.text,
      kind: s.kind,
      speakerPersonId: speaker.personId ?? null,
      speakerOrganizationId: speaker.organizationId ?? null,
      addresseePersonId: addressee.personId ?? null,
      addresseeOrganizationId: addressee.organizationId ?? null,
      speakerRole: s.speakerRole ?? null,
      verb: s.verb ?? null,
      venue: s.venue ?? null,
      saidAt: s.saidAt ?? input.publishedAt ?? null,
      articleId: articleId,
      startOffset: s.startOffset ?? null,
      endOffset: s.endOffset ?? null,
      position: positions[i] as number,
      confidence: s.confidence,
    };
  });
}

/** The article's mentions: as given, or found in the body by the entities' names. */
export function mentionRows(input: IngestArticle, idOf: IdOf, refs: RefTable, ids: Map<string, string>) {
  return input.mentions
    ? input.mentions.map((m, i) => ({
        ...entityColumns(idOf(m.entity, `mentions.${i}.entity`, ['Person', 'Organization', 'Place', 'Event']), m.entity, refs),
        offsets: m.offsets ?? [],
        count: Math.max(m.offsets?.length ?? 1, 1),
      }))
    : findMentions(input).map((m) => ({
        ...entityColumns(ids.get(m.key) as string, m.key, refs),
        offsets: m.offsets,
        count: m.offsets.length,
      }));
}

export type StatementRow = Omit<Prisma.StatementCreateManyInput, 'createdAt' | 'updatedAt'> & { id: string; position: number };

/**
 * An article's statements in one INSERT of column arrays: as many parameters as columns, however many statements
 * (createMany sends one per cell, and rendering those costs more than PostgreSQL's work).
 */
export async function insertStatements(tx: Tx, rows: StatementRow[]) {
  if (!rows.length) return;
  const column = <K extends keyof StatementRow>(key: K) => rows.map((row) => row[key] ?? null);
  await tx.$executeRaw`
    INSERT INTO statement (id, text, kind, speaker_person_id, speaker_organization_id, addressee_person_id,
                           addressee_organization_id, speaker_role, verb, venue, said_at, article_id, start_offset,
                           end_offset, position, confidence, updated_at)
    SELECT id, text, kind::"StatementKind", speaker_person_id, speaker_organization_id, addressee_person_id,
           addressee_organization_id, speaker_role, verb, venue, said_at, article_id, start_offset, end_offset,
           position, coalesce(confidence, 1), now()
      FROM unnest(${column('id')}::text[], ${column('text')}::text[], ${column('kind')}::text[],
                  ${column('speakerPersonId')}::text[], ${column('speakerOrganizationId')}::text[],
                  ${column('addresseePersonId')}::text[], ${column('addresseeOrganizationId')}::text[],
                  ${column('speakerRole')}::text[], ${column('verb')}::text[], ${column('venue')}::text[],
                  ${column('saidAt')}::timestamptz[], ${column('articleId')}::text[], ${column('startOffset')}::int[],
                  ${column('endOffset')}::int[], ${column('position')}::int[], ${column('confidence')}::float8[])
        AS s(id, text, kind, speaker_person_id, speaker_organization_id, addressee_person_id, addressee_organization_id,
             speaker_role, verb, venue, said_at, article_id, start_offset, end_offset, position, confidence)`;
}

/**
 * Matching by name and then creating is a read-then-write: two ingestions
 * naming the same new person at once would both miss and both create.
 * Transaction-scoped advisory locks on every name key (and on the article's
 * url and content hash) make such ingestions take turns; they are taken in
 * sorted order so that two ingestions can never wait on each other in a cycle.
 * These are the keys of one article.
 */
export function lockKeys(input: IngestArticle, hash: string): string[] {
  const keys = new Set([`article:${input.url}`, `article-hash:${hash}`]);
  const named: [string, { name: string; aliases: string[] }[]][] = [
    ['person', input.people],
    ['organization', input.organizations],
    ['place', input.places],
  ];
  for (const [model, list] of named) {
    for (const entity of list) for (const key of nameKeys([entity.name, ...entity.aliases])) keys.add(`${model}:${key}`);
  }
  for (const event of input.events) keys.add(`event:${event.name.toLowerCase()}`);
  return [...keys];
}

/** Takes the advisory locks of every article's keys at once, in one sorted order (see lockKeys). */
export async function lockNames(tx: Tx, articles: readonly string[][]) {
  // Volatile functions in the select list run after ORDER BY, so the locks are taken in this order.
  await tx.$executeRawUnsafe(
    'SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) WITH ORDINALITY AS t(k, i) ORDER BY i',
    [...new Set(articles.flat())].sort(),
  );
}

export function count(stats: IngestStats, reused: boolean) {
  if (reused) stats.reused += 1;
  else stats.created += 1;
}

function kindOf(ref: string, refs: ReturnType<typeof refTable>): Kind {
  return (refs.resolve(ref, '', ['Person', 'Organization', 'Place', 'Event', 'Statement']) as Ref).kind;
}

const column = { Person: 'personId', Organization: 'organizationId', Place: 'placeId', Event: 'eventId' } as const;

export function entityColumns(id: string | null, ref: string, refs: ReturnType<typeof refTable>) {
  return { [column[kindOf(ref, refs) as keyof typeof column]]: id };
}

export function party(
  id: string | null,
  ref: string | null | undefined,
  refs: ReturnType<typeof refTable>,
  extra: Record<string, unknown> = {},
): { personId?: string | null; organizationId?: string | null } {
  if (!id || !ref) return { ...extra };
  return { ...extra, ...entityColumns(id, ref, refs) };
}

export type Named = 'person' | 'organization' | 'place';
type NamedInput = { name: string; aliases: string[]; description?: string | null; externalIds: string[] };

/** What matching reads of a person, organization or place: enough to extend it without reading it again. */
export type NamedRow = {
  id: string;
  name: string;
  aliases: string[];
  normalizedNames: string[];
  externalIds: string[];
  description?: string | null;
  parentId?: string | null;
};

/** NamedRow's columns beyond the ones every named model has. */
export const namedColumns: Record<Named, string> = {
  person: 't.description',
  organization: 't.description, t.parent_id AS "parentId"',
  place: 't.parent_id AS "parentId"',
};

/**
 * The record sharing the most folded keys with the incoming spellings; ties go
 * to the oldest. Ranked in SQL, so the best match is found however many
 * records share a key with it (a common surname, a shared alias).
 */
async function matchByName(tx: Tx, model: Named, name: string, aliases: string[]): Promise<NamedRow | null> {
  const keys = nameKeys([name, ...aliases]);
  if (!keys.length) return null;
  const [best] = await tx.$queryRaw<NamedRow[]>`
    SELECT t.id, t.name, t.aliases, t.normalized_names AS "normalizedNames", t.external_ids AS "externalIds",
           ${Prisma.raw(namedColumns[model])}
      FROM ${Prisma.raw(`"${model}"`)} t
     WHERE t.normalized_names && ${keys}::text[]
     ORDER BY cardinality(ARRAY(SELECT unnest(t.normalized_names) INTERSECT SELECT unnest(${keys}::text[]))) DESC, t.created_at, t.id
     LIMIT 1`;
  return best ?? null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Adds the incoming spellings to a matched record and fills what it lacked;
 * never overwrites. Writes nothing when the record already has it all, which
 * is the usual case for a name seen before (and spares its search vector and
 * name indexes an update). `extension` is what to write (nothing: already all there).
 */
export function extension(
  model: Named,
  current: NamedRow,
  incoming: NamedInput,
  parentId?: string | null,
): Partial<Pick<NamedRow, 'name' | 'aliases' | 'normalizedNames' | 'externalIds' | 'description' | 'parentId'>> {
  const names = nameColumns(current.name, [...current.aliases, incoming.name, ...incoming.aliases]);
  const externalIds = [...new Set([...current.externalIds, ...incoming.externalIds])];
  return {
    ...(sameList(names.aliases, current.aliases) && sameList(names.normalizedNames, current.normalizedNames) ? {} : names),
    ...(externalIds.length === current.externalIds.length ? {} : { externalIds }),
    ...(model !== 'place' && !current.description && incoming.description ? { description: incoming.description } : {}),
    ...(parentId && !current.parentId && parentId !== current.id ? { parentId } : {}),
  };
}

async function extendNamed(
  tx: Tx,
  model: Named,
  current: NamedRow,
  incoming: NamedInput,
  parentId?: string | null,
): Promise<{ id: string }> {
  const data = extension(model, current, incoming, parentId);
  if (!Object.keys(data).length) return current;
  const delegate = tx[model] as unknown as { update(args: unknown): Promise<{ id: string }> };
  return delegate.update({ where: { id: current.id }, data });
}
