// The shape of one article with everything read from it, as `ingestArticle`
// and the seed take it. Shape rules (lengths, formats, ranges) live here, once;
// rules that need the other parts of the input (keys that must exist, a
// speaker that must be a person or organization) live in refs.ts. The GraphQL
// input types are derived from these schemas (src/schema/ingest.ts), so the
// descriptions given here with `.describe()` are the API's documentation.
import { z } from 'zod';
import {
  ContributorRole,
  EventKind,
  OrganizationKind,
  PlaceKind,
  StatementKind,
  StatementRelationKind,
} from '../generated/prisma/enums.ts';

export const limits = {
  key: 100,
  name: 300,
  headline: 1_000,
  shortText: 2_000,
  statement: 20_000,
  body: 1_000_000,
  url: 2_048,
  listItems: 1_000,
} as const;

/** Text that is trimmed, not empty and at most `max` characters: every free-text field, here and in the GraphQL inputs. */
export const trimmed = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** The shape of a BCP 47 language tag ("en", "pt-BR"): one pattern for the inputs and for page metadata. */
export const bcp47 = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** A BCP 47 language tag ("en", "pt-BR"). */
export const languageTag = z.string().trim().regex(bcp47, 'must be a BCP 47 language tag such as "en"');
const optionalText = (max: number) => trimmed(max).nullish();

/** A local key declared in this input, or the global id of an existing entity. */
export const ref = trimmed(limits.name);
const refDoc = 'A key declared elsewhere in this input, or the global id of an existing';
/** The description of a reference to a record of `what`, e.g. "Organization". */
const refTo = (what: string) => `${refDoc} ${what}.`;

export const dateTime = z
  .union([z.date(), z.iso.datetime({ offset: true }), z.iso.date()], {
    error: 'must be an ISO 8601 date or date-time',
  })
  .transform((value) => (value instanceof Date ? value : new Date(value)))
  .refine((value) => !Number.isNaN(value.getTime()), 'must be a valid date');

export const httpUrl = z
  .string()
  .trim()
  .max(limits.url, `must be at most ${limits.url} characters`)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }));

// GraphQL clients send null as readily as they omit a field; both mean "none".
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .max(limits.listItems, `must have at most ${limits.listItems} items`)
    .nullish()
    .transform((value) => value ?? []);
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.output<T>) => schema.nullish().transform((value) => value ?? fallback);
const names = list(trimmed(limits.name));
/** "source:value", e.g. "wikidata:Q7747". */
export const externalId = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_-]*:\S+$/, 'must look like "source:value", e.g. "wikidata:Q7747"')
  .max(limits.name);

const entity = {
  key: trimmed(limits.key).describe('Local key other parts of this input use to refer to it (unique within the input).'),
  id: z.string().trim().min(1).nullish().describe('Global id of an existing record this entry stands for; skips name matching.'),
};

const timeRange = <T extends z.ZodRawShape>(shape: T, from: string, to: string) =>
  z.object(shape).superRefine((value: Record<string, unknown>, ctx) => {
    const start = value[from];
    const end = value[to];
    if (start instanceof Date && end instanceof Date && end < start) {
      ctx.addIssue({ code: 'custom', path: [to], message: `must not be before ${from}` });
    }
  });

export const AffiliationInput = timeRange(
  {
    organization: ref.nullish().describe(refTo('Organization')),
    role: trimmed(limits.name).describe('The role as written, e.g. "foreign minister".'),
    validFrom: dateTime.nullish().describe('Since when.'),
    validTo: dateTime.nullish().describe('Until when; not before validFrom.'),
  },
  'validFrom',
  'validTo',
).describe("A role of the person's.");

export const PersonInput = z
  .object({
    ...entity,
    name: trimmed(limits.name).describe('Canonical name.'),
    aliases: names.describe('Other spellings, e.g. "Sergey Shoigu" for "Sergei Shoigu".'),
    description: optionalText(limits.shortText).describe('Who this is.'),
    externalIds: list(externalId).describe('"source:value", e.g. "wikidata:Q7747".'),
    affiliations: list(AffiliationInput).describe('Roles read from the article.'),
  })
  .describe(
    'A person named in the article. Matched against existing people by name and aliases (any case, accents, spelling variants) before one is created; a match gains the new aliases.',
  );

export const OrganizationInput = z
  .object({
    ...entity,
    name: trimmed(limits.name).describe('Canonical name.'),
    aliases: names.describe('Other names, including metonyms.'),
    kind: withDefault(z.enum(OrganizationKind), OrganizationKind.OTHER).describe('What kind of body (default OTHER).'),
    description: optionalText(limits.shortText).describe('Short description.'),
    parent: ref.nullish().describe(refTo('Organization it belongs to')),
    externalIds: list(externalId).describe('"source:value" ids.'),
  })
  .describe('An organization, or a metonym for one ("Kyiv", "the Kremlin"). Matched like people.');

export const PlaceInput = z
  .object({
    ...entity,
    name: trimmed(limits.name).describe('Canonical name.'),
    aliases: names.describe('Other names.'),
    kind: withDefault(z.enum(PlaceKind), PlaceKind.OTHER).describe('What kind of place (default OTHER).'),
    parent: ref.nullish().describe(refTo('Place it lies in')),
    latitude: z.number().min(-90).max(90).nullish().describe('WGS 84 latitude.'),
    longitude: z.number().min(-180).max(180).nullish().describe('WGS 84 longitude.'),
    externalIds: list(externalId).describe('"source:value" ids.'),
  })
  .describe('A place. Matched like people.');

export const ParticipantInput = z
  .object({
    entity: ref.describe(refTo('Person or Organization')),
    role: optionalText(limits.name).describe('Their part in it.'),
  })
  .describe('Someone taking part in an event.');

export const EventInput = timeRange(
  {
    ...entity,
    name: trimmed(limits.name).describe('Short name.'),
    description: optionalText(limits.shortText).describe('What happened.'),
    kind: withDefault(z.enum(EventKind), EventKind.OTHER).describe('What kind (default OTHER).'),
    startAt: dateTime.nullish().describe('When it began.'),
    endAt: dateTime.nullish().describe('When it ended; not before startAt.'),
    place: ref.nullish().describe(refTo('Place')),
    parent: ref.nullish().describe(refTo('Event this one is part of')),
    participants: list(ParticipantInput).describe('Who took part.'),
  },
  'startAt',
  'endAt',
).describe('An event. Matched against existing events by exact name (any case).');

const offset = z.number().int().min(0);

/**
 * Offsets point into the article body (UTF-16 code units): a statement's span
 * [startOffset, endOffset) ends at or before the body's end, and a mention, a
 * start offset, starts before it. Ingestion checks its input with these, and
 * updateArticle checks the offsets already stored against a new body.
 */
export function statementOffsetOutside(
  bodyLength: number,
  statement: { startOffset?: number | null; endOffset?: number | null },
): { field: 'startOffset' | 'endOffset'; message: string } | null {
  if (statement.endOffset != null && statement.endOffset > bodyLength)
    return { field: 'endOffset', message: `must not exceed the body's length (${bodyLength})` };
  if (statement.startOffset != null && statement.startOffset >= bodyLength)
    return { field: 'startOffset', message: `must be less than the body's length (${bodyLength})` };
  return null;
}

/** The first of a mention's start offsets outside a body of `bodyLength`, or null. */
export function mentionOffsetOutside(bodyLength: number, offsets: readonly number[]): { index: number; message: string } | null {
  const index = offsets.findIndex((at) => at >= bodyLength);
  return index < 0 ? null : { index, message: `must be less than the body's length (${bodyLength})` };
}

export const StatementInput = z
  .object({
    key: trimmed(limits.key).nullish().describe('Local key, for relations.'),
    text: trimmed(limits.statement).describe('The quoted words, or the reported content.'),
    kind: z.enum(StatementKind).describe('How it is reported.'),
    speaker: ref.nullish().describe(refTo('Person or Organization; omit when unattributed')),
    speakerRole: optionalText(limits.name).describe('Role as the article gives it.'),
    verb: optionalText(limits.name).describe('Speech verb.'),
    venue: optionalText(limits.name).describe('Venue or medium.'),
    addressee: ref.nullish().describe(refTo('Person or Organization it was said to')),
    saidAt: dateTime.nullish().describe("When it was said (default: the article's publishedAt)."),
    startOffset: offset.nullish().describe('Start in the body.'),
    endOffset: offset.nullish().describe('End in the body, exclusive; within the body.'),
    confidence: withDefault(z.number().min(0).max(1), 1).describe('Attribution confidence 0–1 (default 1).'),
    about: list(ref).describe(`Events it is about: ${refDoc.toLowerCase()} Event each.`),
    mentions: list(ref).describe('Entities it names.'),
  })
  .superRefine((value, ctx) => {
    if (value.startOffset != null && value.endOffset != null && value.endOffset <= value.startOffset) {
      ctx.addIssue({ code: 'custom', path: ['endOffset'], message: 'must be greater than startOffset' });
    }
  })
  .describe('Something said in the article.');

export const RelationInput = z
  .object({
    from: ref.describe(refTo('Statement')),
    to: ref.describe(refTo('Statement')),
    kind: z.enum(StatementRelationKind).describe('How `from` relates to `to`.'),
  })
  .describe('A typed edge between two statements.');

export const ImageInput = z
  .object({
    url: httpUrl.nullish().describe('Where the file is (unique).'),
    caption: trimmed(limits.shortText).describe('Caption without credit.'),
    creditLine: optionalText(limits.name).describe('Credit exactly as printed.'),
    photographer: ref.nullish().describe(refTo('Person')),
    agencies: list(ref).describe('Credited organizations, in credit order.'),
    takenAt: dateTime.nullish().describe('When it was taken.'),
    place: ref.nullish().describe(refTo('Place')),
    depicts: list(ref).describe('Who and what it shows.'),
  })
  .describe('An image illustrating the article.');

export const ContributorInput = z
  .object({
    entity: ref.describe(refTo('Person or Organization')),
    role: z.enum(ContributorRole).describe('What they did.'),
  })
  .describe('A credit on the article.');

export const MentionInput = z
  .object({
    entity: ref.describe(refTo('entity')),
    offsets: z.array(offset).max(limits.listItems).nullish().describe('Start offset of each naming in the body.'),
  })
  .describe('An entity named in the body.');

export const IngestArticleInput = z
  .object({
    url: httpUrl.describe('Canonical http(s) URL; the same URL is ingested once.'),
    headline: trimmed(limits.headline).describe('Headline.'),
    body: trimmed(limits.body).describe('Text without page furniture; offsets point into it (after trimming).'),
    publishedAt: dateTime.nullish().describe('Publication time.'),
    language: languageTag
      .nullish()
      .transform((value) => value ?? 'en')
      .describe('BCP 47 tag (default "en").'),
    publisher: ref.nullish().describe(refTo('Organization')),
    place: ref.nullish().describe(`Dateline: ${refDoc.toLowerCase()} Place.`),
    people: list(PersonInput).describe('People in the article.'),
    organizations: list(OrganizationInput).describe('Organizations in the article.'),
    places: list(PlaceInput).describe('Places in the article.'),
    events: list(EventInput).describe('Events in the article.'),
    about: list(ref).describe('Events the article reports on.'),
    statements: list(StatementInput).describe('What is said in it.'),
    relations: list(RelationInput).describe('How its statements relate to each other and to stored ones.'),
    images: list(ImageInput).describe('Images illustrating it.'),
    contributors: list(ContributorInput).describe('Credits, in order.'),
    mentions: z
      .array(MentionInput)
      .max(limits.listItems)
      .nullish()
      .describe("Entities named in the body; when omitted, the body is searched for the input's people, organizations and places."),
  })
  .superRefine((value, ctx) => {
    for (const [index, statement] of value.statements.entries()) {
      const outside = statementOffsetOutside(value.body.length, statement);
      if (outside) ctx.addIssue({ code: 'custom', path: ['statements', index, outside.field], message: outside.message });
    }
    for (const [index, mention] of (value.mentions ?? []).entries()) {
      const outside = mentionOffsetOutside(value.body.length, mention.offsets ?? []);
      if (outside) ctx.addIssue({ code: 'custom', path: ['mentions', index, 'offsets', outside.index], message: outside.message });
    }
  })
  .describe('One article and everything read from it. Entities refer to each other by local keys or existing global ids.');

export type IngestArticle = z.output<typeof IngestArticleInput>;
export type IngestArticleRaw = z.input<typeof IngestArticleInput>;
