// The shape of one article with everything read from it, as `ingestArticle`
// and the seed take it. Shape rules (lengths, formats, ranges) live here, once;
// rules that need the other parts of the input (keys that must exist, a
// speaker that must be a person or organization) live in refs.ts.
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
  /** Local key other parts of this input use to refer to the entity. */
  key: trimmed(limits.key),
  /** Global id of an existing entity this entry stands for (skips name matching). */
  id: z.string().trim().min(1).nullish(),
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
    organization: ref.nullish(),
    role: trimmed(limits.name),
    validFrom: dateTime.nullish(),
    validTo: dateTime.nullish(),
  },
  'validFrom',
  'validTo',
);

export const PersonInput = z.object({
  ...entity,
  name: trimmed(limits.name),
  aliases: names,
  description: optionalText(limits.shortText),
  externalIds: list(externalId),
  affiliations: list(AffiliationInput),
});

export const OrganizationInput = z.object({
  ...entity,
  name: trimmed(limits.name),
  aliases: names,
  kind: withDefault(z.enum(OrganizationKind), OrganizationKind.OTHER),
  description: optionalText(limits.shortText),
  parent: ref.nullish(),
  externalIds: list(externalId),
});

export const PlaceInput = z.object({
  ...entity,
  name: trimmed(limits.name),
  aliases: names,
  kind: withDefault(z.enum(PlaceKind), PlaceKind.OTHER),
  parent: ref.nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  externalIds: list(externalId),
});

export const ParticipantInput = z.object({ entity: ref, role: optionalText(limits.name) });

export const EventInput = timeRange(
  {
    ...entity,
    name: trimmed(limits.name),
    description: optionalText(limits.shortText),
    kind: withDefault(z.enum(EventKind), EventKind.OTHER),
    startAt: dateTime.nullish(),
    endAt: dateTime.nullish(),
    place: ref.nullish(),
    parent: ref.nullish(),
    participants: list(ParticipantInput),
  },
  'startAt',
  'endAt',
);

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
    key: trimmed(limits.key).nullish(),
    text: trimmed(limits.statement),
    kind: z.enum(StatementKind),
    /** Person or organization; null for an unattributed statement. */
    speaker: ref.nullish(),
    speakerRole: optionalText(limits.name),
    verb: optionalText(limits.name),
    venue: optionalText(limits.name),
    addressee: ref.nullish(),
    saidAt: dateTime.nullish(),
    startOffset: offset.nullish(),
    endOffset: offset.nullish(),
    confidence: withDefault(z.number().min(0).max(1), 1),
    about: list(ref),
    mentions: list(ref),
  })
  .superRefine((value, ctx) => {
    if (value.startOffset != null && value.endOffset != null && value.endOffset <= value.startOffset) {
      ctx.addIssue({ code: 'custom', path: ['endOffset'], message: 'must be greater than startOffset' });
    }
  });

export const RelationInput = z.object({
  from: ref,
  to: ref,
  kind: z.enum(StatementRelationKind),
});

export const ImageInput = z.object({
  url: httpUrl.nullish(),
  caption: trimmed(limits.shortText),
  creditLine: optionalText(limits.name),
  photographer: ref.nullish(),
  agencies: list(ref),
  takenAt: dateTime.nullish(),
  place: ref.nullish(),
  depicts: list(ref),
});

export const ContributorInput = z.object({
  entity: ref,
  role: z.enum(ContributorRole),
});

export const MentionInput = z.object({
  entity: ref,
  /** Start offsets in the body; found by searching the body for the entity's names when omitted. */
  offsets: z.array(offset).max(limits.listItems).nullish(),
});

export const IngestArticleInput = z
  .object({
    url: httpUrl,
    headline: trimmed(limits.headline),
    body: trimmed(limits.body),
    publishedAt: dateTime.nullish(),
    language: languageTag.nullish().transform((value) => value ?? 'en'),
    publisher: ref.nullish(),
    place: ref.nullish(),
    people: list(PersonInput),
    organizations: list(OrganizationInput),
    places: list(PlaceInput),
    events: list(EventInput),
    /** Events the article as a whole reports on. */
    about: list(ref),
    statements: list(StatementInput),
    relations: list(RelationInput),
    images: list(ImageInput),
    contributors: list(ContributorInput),
    /** Entities named in the body; every declared entity is searched for when omitted. */
    mentions: z.array(MentionInput).max(limits.listItems).nullish(),
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
  });

export type IngestArticle = z.output<typeof IngestArticleInput>;
export type IngestArticleRaw = z.input<typeof IngestArticleInput>;
