// GET /ld/<global id>: the JSON-LD document of an article, event, person,
// organization, statement, place or image, read with that type's operation.
import {
  type ArticleData,
  articleDocument,
  type EventData,
  eventDocument,
  type ImageDocumentData,
  imageDocument,
  type LdBase,
  type OrganizationData,
  organizationDocument,
  type PersonData,
  type PlaceDocumentData,
  personDocument,
  placeDocument,
  type StatementData,
  statementDocument,
} from './jsonld.ts';
import { LD_ARTICLE, LD_EVENT, LD_IMAGE, LD_NODE, LD_ORGANIZATION, LD_PERSON, LD_PLACE, LD_STATEMENT } from './operations.ts';
import { typeOfGlobalId } from './params.ts';
import { ExportError, type RunOperation } from './run-operation.ts';

type Build = (base: LdBase, data: never) => object;

const documents: Record<string, { query: string; build: Build }> = {
  Article: { query: LD_ARTICLE, build: articleDocument as (base: LdBase, data: ArticleData) => object },
  Event: { query: LD_EVENT, build: eventDocument as (base: LdBase, data: EventData) => object },
  Person: { query: LD_PERSON, build: personDocument as (base: LdBase, data: PersonData) => object },
  Organization: { query: LD_ORGANIZATION, build: organizationDocument as (base: LdBase, data: OrganizationData) => object },
  Statement: { query: LD_STATEMENT, build: statementDocument as (base: LdBase, data: StatementData) => object },
  Place: { query: LD_PLACE, build: placeDocument as (base: LdBase, data: PlaceDocumentData) => object },
  Image: { query: LD_IMAGE, build: imageDocument as (base: LdBase, data: ImageDocumentData) => object },
};

export const ldTypes = Object.keys(documents);

function notFound(id: string, reason: string): ExportError {
  return new ExportError(`No JSON-LD document for ${id}: ${reason}`, 'NOT_FOUND', 404, { id });
}

/**
 * The document of `id`. An id of another type, or text that is not an id,
 * still goes through GraphQL (LdNode), so it meets the same access checks
 * and rate budget as every other read before it is answered.
 */
export async function ldDocument(run: RunOperation, base: LdBase, id: string): Promise<object> {
  const type = typeOfGlobalId(id);
  const entry = type ? documents[type] : undefined;
  const data = await run<{ node: ({ __typename: string } & Record<string, unknown>) | null }>(entry?.query ?? LD_NODE, { id }).catch(
    (error: unknown) => {
      // GraphQL refuses text that is not a global id (or names what node() cannot load) as bad input; at an address, that is nothing there.
      if (!entry && error instanceof ExportError && error.code === 'BAD_USER_INPUT') throw notFound(id, error.message);
      throw error;
    },
  );
  if (!data.node) throw notFound(id, 'nothing has this id');
  if (!entry || data.node.__typename !== type) throw notFound(id, `a ${data.node.__typename} has none (only ${ldTypes.join(', ')})`);
  return entry.build(base, data.node as never);
}
