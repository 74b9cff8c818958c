/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a contributor did for an article. */
export type ContributorRole =
  | 'AUTHOR'
  | 'CONTRIBUTOR'
  | 'EDITOR'
  | 'PHOTOGRAPHER';

/** A new event. */
export type CreateEventInput = {
  /** What happened. */
  description?: string | null | undefined;
  /** When it ended; not before startAt. */
  endAt?: string | null | undefined;
  /** What kind of event (default OTHER). */
  kind?: EventKind | null | undefined;
  /** Short name. */
  name: string;
  /** The larger event it belongs to; null makes it top-level. */
  parent?: string | number | null | undefined;
  /** Where it happened. */
  place?: string | number | null | undefined;
  /** When it began. */
  startAt?: string | null | undefined;
};

/** A new place. */
export type CreatePlaceInput = {
  /** Other names; replaces the list. */
  aliases?: Array<string> | null | undefined;
  /** "source:value" ids. */
  externalIds?: Array<string> | null | undefined;
  /** What kind of place (default OTHER). */
  kind?: PlaceKind | null | undefined;
  /** WGS 84 latitude. */
  latitude?: number | null | undefined;
  /** WGS 84 longitude. */
  longitude?: number | null | undefined;
  /** Canonical name. */
  name: string;
  /** The place it lies in. */
  parent?: string | number | null | undefined;
};

/** An inclusive time window; either end may be left open. */
export type DateRange = {
  /** Earliest instant (inclusive). */
  from?: string | null | undefined;
  /** Latest instant (inclusive). */
  to?: string | null | undefined;
};

/** What kind of event. */
export type EventKind =
  | 'ANNOUNCEMENT'
  | 'CONFLICT'
  | 'CRISIS'
  | 'DIPLOMACY'
  | 'ELECTION'
  | 'INTERVIEW'
  | 'MEETING'
  | 'MILITARY_BUILDUP'
  | 'MILITARY_EXERCISE'
  | 'OBSERVATION'
  | 'OTHER'
  | 'PRESS_CONFERENCE'
  | 'SPEECH'
  | 'TROOP_MOVEMENT';

/** A role of the person's. */
export type IngestAffiliationInput = {
  /** A key declared elsewhere in this input, or the global id of an existing Organization. */
  organization?: string | null | undefined;
  /** The role as written, e.g. "foreign minister". */
  role: string;
  /** Since when. */
  validFrom?: string | null | undefined;
  /** Until when; not before validFrom. */
  validTo?: string | null | undefined;
};

/** One article and everything read from it. Entities refer to each other by local keys or existing global ids. */
export type IngestArticleInput = {
  /** Events the article reports on. */
  about?: Array<string> | null | undefined;
  /** Text without page furniture; offsets point into it (after trimming). */
  body: string;
  /** Credits, in order. */
  contributors?: Array<IngestContributorInput> | null | undefined;
  /** Events in the article. */
  events?: Array<IngestEventInput> | null | undefined;
  /** Headline. */
  headline: string;
  /** Images illustrating it. */
  images?: Array<IngestImageInput> | null | undefined;
  /** BCP 47 tag (default "en"). */
  language?: string | null | undefined;
  /** Entities named in the body; when omitted, the body is searched for the input's people, organizations and places. */
  mentions?: Array<IngestMentionInput> | null | undefined;
  /** Organizations in the article. */
  organizations?: Array<IngestOrganizationInput> | null | undefined;
  /** People in the article. */
  people?: Array<IngestPersonInput> | null | undefined;
  /** Dateline: a key declared elsewhere in this input, or the global id of an existing Place. */
  place?: string | null | undefined;
  /** Places in the article. */
  places?: Array<IngestPlaceInput> | null | undefined;
  /** Publication time. */
  publishedAt?: string | null | undefined;
  /** A key declared elsewhere in this input, or the global id of an existing Organization. */
  publisher?: string | null | undefined;
  /** How its statements relate to each other and to stored ones. */
  relations?: Array<IngestStatementRelationInput> | null | undefined;
  /** What is said in it. */
  statements?: Array<IngestStatementInput> | null | undefined;
  /** Canonical http(s) URL; the same URL is ingested once. */
  url: string;
};

/** A credit on the article. */
export type IngestContributorInput = {
  /** A key declared elsewhere in this input, or the global id of an existing Person or Organization. */
  entity: string;
  /** What they did. */
  role: ContributorRole;
};

/** An event. Matched against existing events by exact name (any case). */
export type IngestEventInput = {
  /** What happened. */
  description?: string | null | undefined;
  /** When it ended; not before startAt. */
  endAt?: string | null | undefined;
  /** Global id of an existing record this entry stands for; skips name matching. */
  id?: string | null | undefined;
  /** Local key other parts of this input use to refer to it (unique within the input). */
  key: string;
  /** What kind (default OTHER). */
  kind?: EventKind | null | undefined;
  /** Short name. */
  name: string;
  /** A key declared elsewhere in this input, or the global id of an existing Event this one is part of. */
  parent?: string | null | undefined;
  /** Who took part. */
  participants?: Array<IngestParticipantInput> | null | undefined;
  /** A key declared elsewhere in this input, or the global id of an existing Place. */
  place?: string | null | undefined;
  /** When it began. */
  startAt?: string | null | undefined;
};

/** An image illustrating the article. */
export type IngestImageInput = {
  /** Credited organizations, in credit order. */
  agencies?: Array<string> | null | undefined;
  /** Caption without credit. */
  caption: string;
  /** Credit exactly as printed. */
  creditLine?: string | null | undefined;
  /** Who and what it shows. */
  depicts?: Array<string> | null | undefined;
  /** A key declared elsewhere in this input, or the global id of an existing Person. */
  photographer?: string | null | undefined;
  /** A key declared elsewhere in this input, or the global id of an existing Place. */
  place?: string | null | undefined;
  /** When it was taken. */
  takenAt?: string | null | undefined;
  /** Where the file is (unique). */
  url?: string | null | undefined;
};

/** An entity named in the body. */
export type IngestMentionInput = {
  /** A key declared elsewhere in this input, or the global id of an existing entity. */
  entity: string;
  /** Start offset of each naming in the body. */
  offsets?: Array<number> | null | undefined;
};

/** An organization, or a metonym for one ("Kyiv", "the Kremlin"). Matched like people. */
export type IngestOrganizationInput = {
  /** Other names, including metonyms. */
  aliases?: Array<string> | null | undefined;
  /** Short description. */
  description?: string | null | undefined;
  /** "source:value" ids. */
  externalIds?: Array<string> | null | undefined;
  /** Global id of an existing record this entry stands for; skips name matching. */
  id?: string | null | undefined;
  /** Local key other parts of this input use to refer to it (unique within the input). */
  key: string;
  /** What kind of body (default OTHER). */
  kind?: OrganizationKind | null | undefined;
  /** Canonical name. */
  name: string;
  /** A key declared elsewhere in this input, or the global id of an existing Organization it belongs to. */
  parent?: string | null | undefined;
};

/** Someone taking part in an event. */
export type IngestParticipantInput = {
  /** A key declared elsewhere in this input, or the global id of an existing Person or Organization. */
  entity: string;
  /** Their part in it. */
  role?: string | null | undefined;
};

/** A person named in the article. Matched against existing people by name and aliases (any case, accents, spelling variants) before one is created; a match gains the new aliases. */
export type IngestPersonInput = {
  /** Roles read from the article. */
  affiliations?: Array<IngestAffiliationInput> | null | undefined;
  /** Other spellings, e.g. "Sergey Shoigu" for "Sergei Shoigu". */
  aliases?: Array<string> | null | undefined;
  /** Who this is. */
  description?: string | null | undefined;
  /** "source:value", e.g. "wikidata:Q7747". */
  externalIds?: Array<string> | null | undefined;
  /** Global id of an existing record this entry stands for; skips name matching. */
  id?: string | null | undefined;
  /** Local key other parts of this input use to refer to it (unique within the input). */
  key: string;
  /** Canonical name. */
  name: string;
};

/** A place. Matched like people. */
export type IngestPlaceInput = {
  /** Other names. */
  aliases?: Array<string> | null | undefined;
  /** "source:value" ids. */
  externalIds?: Array<string> | null | undefined;
  /** Global id of an existing record this entry stands for; skips name matching. */
  id?: string | null | undefined;
  /** Local key other parts of this input use to refer to it (unique within the input). */
  key: string;
  /** What kind of place (default OTHER). */
  kind?: PlaceKind | null | undefined;
  /** WGS 84 latitude. */
  latitude?: number | null | undefined;
  /** WGS 84 longitude. */
  longitude?: number | null | undefined;
  /** Canonical name. */
  name: string;
  /** A key declared elsewhere in this input, or the global id of an existing Place it lies in. */
  parent?: string | null | undefined;
};

/** Something said in the article. */
export type IngestStatementInput = {
  /** Events it is about: a key declared elsewhere in this input, or the global id of an existing Event each. */
  about?: Array<string> | null | undefined;
  /** A key declared elsewhere in this input, or the global id of an existing Person or Organization it was said to. */
  addressee?: string | null | undefined;
  /** Attribution confidence 0–1 (default 1). */
  confidence?: number | null | undefined;
  /** End in the body, exclusive; within the body. */
  endOffset?: number | null | undefined;
  /** Local key, for relations. */
  key?: string | null | undefined;
  /** How it is reported. */
  kind: StatementKind;
  /** Entities it names. */
  mentions?: Array<string> | null | undefined;
  /** When it was said (default: the article's publishedAt). */
  saidAt?: string | null | undefined;
  /** A key declared elsewhere in this input, or the global id of an existing Person or Organization; omit when unattributed. */
  speaker?: string | null | undefined;
  /** Role as the article gives it. */
  speakerRole?: string | null | undefined;
  /** Start in the body. */
  startOffset?: number | null | undefined;
  /** The quoted words, or the reported content. */
  text: string;
  /** Venue or medium. */
  venue?: string | null | undefined;
  /** Speech verb. */
  verb?: string | null | undefined;
};

/** A typed edge between two statements. */
export type IngestStatementRelationInput = {
  /** A key declared elsewhere in this input, or the global id of an existing Statement. */
  from: string;
  /** How `from` relates to `to`. */
  kind: StatementRelationKind;
  /** A key declared elsewhere in this input, or the global id of an existing Statement. */
  to: string;
};

/** What kind of body an organization is. Metonyms such as "Kyiv" or "the Kremlin" are GOVERNMENT. */
export type OrganizationKind =
  | 'AGENCY'
  | 'ALLIANCE'
  | 'BLOC'
  | 'COMPANY'
  | 'COUNTRY'
  | 'GOVERNMENT'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'MEDIA'
  | 'MILITARY'
  | 'MINISTRY'
  | 'NEWS_AGENCY'
  | 'NGO'
  | 'OTHER'
  | 'POLITICAL_PARTY';

/** What kind of place. */
export type PlaceKind =
  | 'BODY_OF_WATER'
  | 'CITY'
  | 'COUNTRY'
  | 'DISTRICT'
  | 'FACILITY'
  | 'MILITARY_DISTRICT'
  | 'OTHER'
  | 'REGION';

/** Narrows the statements list; all given conditions must hold. */
export type StatementFilter = {
  /** Read from this article. */
  article?: string | number | null | undefined;
  /** About this event (and its sub-events unless `includeSubEvents` is false). */
  event?: string | number | null | undefined;
  /** With `event`: count sub-events too (default true). */
  includeSubEvents?: boolean | null | undefined;
  /** Any of these kinds. */
  kind?: Array<StatementKind> | null | undefined;
  /** Naming this person, organization, place or event. */
  mentions?: string | number | null | undefined;
  /** Said within this window. */
  saidAt?: DateRange | null | undefined;
  /** Said by this person or organization. */
  speaker?: string | number | null | undefined;
  /** Said by someone whose name or alias matches (any case, accents, spelling variant), e.g. "Kuleba". */
  speakerName?: string | null | undefined;
  /** Text contains this, any case. */
  textContains?: string | null | undefined;
};

/** How a statement reports what was said. */
export type StatementKind =
  | 'DENIAL'
  | 'DIRECT_QUOTE'
  | 'INDIRECT'
  | 'PARAPHRASE';

/** How one statement relates to another. */
export type StatementRelationKind =
  | 'CONTRADICTS'
  | 'DENIES'
  | 'REPEATS'
  | 'RESPONDS_TO'
  | 'SUPPORTS';

/** Changes to an article; omitted fields stay as they are. */
export type UpdateArticleInput = {
  /** Text without page furniture. */
  body?: string | null | undefined;
  /** Headline. */
  headline?: string | null | undefined;
  /** The article to change. */
  id: string | number;
  /** BCP 47 tag (default "en"). */
  language?: string | null | undefined;
  /** Dateline place. */
  place?: string | number | null | undefined;
  /** Publication time. */
  publishedAt?: string | null | undefined;
  /** Publishing organization. */
  publisher?: string | number | null | undefined;
  /** Canonical http(s) URL. */
  url?: string | null | undefined;
};

export type ApiStatementsByQueryVariables = Exact<{
  filter?: StatementFilter | null | undefined;
}>;


export type ApiStatementsByQuery = { statements: { totalCount: number, nodes: Array<{ text: string, kind: StatementKind, verb: string | null, venue: string | null, speaker:
        | { name: string }
        | { name: string }
       | null }> } };

export type ApiPeopleWithRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiPeopleWithRolesQuery = { people: { totalCount: number, nodes: Array<{ name: string, affiliations: { nodes: Array<{ role: string, organization: { name: string } | null }> } }> } };

export type ApiKulebaResponsesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKulebaResponsesQuery = { statements: { nodes: Array<{ text: string, relations: { totalCount: number, nodes: Array<{ kind: StatementRelationKind, to: { text: string, speaker:
              | { name: string }
              | Record<PropertyKey, never>
             | null } }> } }> } };

export type ApiCrisisSpeakersQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiCrisisSpeakersQuery = { events: { nodes: Array<{ name: string, children: { totalCount: number }, speakers: Array<{ statementCount: number, speaker:
          | { name: string }
          | { name: string }
         }> }> } };

export type ApiImagesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiImagesQuery = { images: { nodes: Array<{ caption: string, creditLine: string | null, photographer: { name: string } | null, agencies: { nodes: Array<{ organization: { name: string } }> }, depicts: { nodes: Array<{ entity:
            | { __typename: 'Event' }
            | { __typename: 'Organization' }
            | { __typename: 'Person', name: string }
            | { __typename: 'Place' }
           }> } }> } };

export type ApiArticlesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiArticlesQuery = { articles: { totalCount: number, nodes: Array<{ id: string, headline: string, body: string, publisher: { name: string } | null, contributors: { nodes: Array<{ role: ContributorRole, contributor:
            | { name: string }
            | { name: string }
           }> }, mentions: { totalCount: number, nodes: Array<{ count: number, offsets: Array<number>, entity:
            | { name: string }
            | Record<PropertyKey, never>
           }> } }> } };

export type ApiLiteralFiltersQueryVariables = Exact<{
  backslash: string;
}>;


export type ApiLiteralFiltersQuery = { events: { totalCount: number }, people: { totalCount: number }, articles: { totalCount: number } };

export type ApiTopLevelEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTopLevelEventsQuery = { events: { nodes: Array<{ id: string }> } };

export type ApiKulebaQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKulebaQuery = { people: { nodes: Array<{ id: string }> } };

export type ApiFirstStatementQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiFirstStatementQuery = { statements: { nodes: Array<{ id: string }> } };

export type ApiStatementsBySpeakerQueryVariables = Exact<{
  f?: StatementFilter | null | undefined;
}>;


export type ApiStatementsBySpeakerQuery = { statements: { totalCount: number } };

export type ApiMeetingsOnMondayQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiMeetingsOnMondayQuery = { events: { nodes: Array<{ name: string, place: { name: string } | null }> } };

export type ApiCreatePlaceMutationVariables = Exact<{
  i: CreatePlaceInput;
}>;


export type ApiCreatePlaceMutation = { createPlace: { place: { id: string } } };

export type ApiCreateEventMutationVariables = Exact<{
  i: CreateEventInput;
}>;


export type ApiCreateEventMutation = { createEvent: { event: { id: string } } };

export type ApiEventsAtPlaceQueryVariables = Exact<{
  p: string | number;
}>;


export type ApiEventsAtPlaceQuery = { events: { totalCount: number, nodes: Array<{ name: string }> } };

export type ApiTwoPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTwoPeopleQuery = { people: { nodes: Array<{ id: string, name: string }> } };

export type ApiNodeAndNodesQueryVariables = Exact<{
  id: string | number;
  ids: Array<string | number> | string | number;
}>;


export type ApiNodeAndNodesQuery = { node:
    | { name: string }
    | Record<PropertyKey, never>
   | null, nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type ApiFirstPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiFirstPageQuery = { people: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ name: string }> } };

export type ApiNextPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ApiNextPageQuery = { people: { pageInfo: { startCursor: string | null, hasPreviousPage: boolean }, nodes: Array<{ name: string }> } };

export type ApiPreviousPageQueryVariables = Exact<{
  before?: string | null | undefined;
}>;


export type ApiPreviousPageQuery = { people: { nodes: Array<{ name: string }> } };

export type ApiAllPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiAllPeopleQuery = { people: { nodes: Array<{ name: string }> } };

export type ApiPageTooLargeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiPageTooLargeQuery = { statements: { totalCount: number } };

export type ApiNestedPageTooLargeQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiNestedPageTooLargeQuery = { people: { nodes: Array<{ statements: { totalCount: number } }> } };

export type IngestTestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestTestArticleMutation = { ingestArticle: { created: boolean, createdEntities: number, reusedEntities: number, statementCount: number, article: { id: string, url: string, statements: { totalCount: number } } } };

export type IngestTestCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type IngestTestCountsQuery = { people: { totalCount: number }, organizations: { totalCount: number }, statements: { totalCount: number }, articles: { totalCount: number } };

export type IngestTestLavrovQueryVariables = Exact<{ [key: string]: never; }>;


export type IngestTestLavrovQuery = { people: { nodes: Array<{ id: string }> } };

export type IngestTestLavrovAliasesQueryVariables = Exact<{ [key: string]: never; }>;


export type IngestTestLavrovAliasesQuery = { people: { totalCount: number, nodes: Array<{ name: string, aliases: Array<string>, statements: { totalCount: number } }> } };

export type IngestTestEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type IngestTestEventsQuery = { events: { nodes: Array<{ name: string }> } };

export type IngestTestPetrenkoQueryVariables = Exact<{
  article: string | number;
}>;


export type IngestTestPetrenkoQuery = { statements: { nodes: Array<{ speaker:
        | { id: string }
        | { id: string }
       | null }> }, people: { totalCount: number } };

export type IngestTestDeletePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type IngestTestDeletePersonMutation = { deletePerson: { deletedId: string } };

export type IngestTestStoredArticleQueryVariables = Exact<{
  id: string | number;
}>;


export type IngestTestStoredArticleQuery = { article: { body: string, statements: { nodes: Array<{ id: string }> } } | null };

export type IngestTestUpdateArticleMutationVariables = Exact<{
  i: UpdateArticleInput;
}>;


export type IngestTestUpdateArticleMutation = { updateArticle: { article: { body: string } } };

export type IngestTestArticleBodyQueryVariables = Exact<{
  id: string | number;
}>;


export type IngestTestArticleBodyQuery = { article: { body: string } | null };

export type IngestTestCreatePersonMutationVariables = Exact<{ [key: string]: never; }>;


export type IngestTestCreatePersonMutation = { createPerson: { person: { id: string, name: string, aliases: Array<string> } } };

export type IngestTestUpdatePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type IngestTestUpdatePersonMutation = { updatePerson: { person: { description: string | null, name: string } } };

export type IngestTestNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type IngestTestNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type IngestTestEmptyNameMutationVariables = Exact<{ [key: string]: never; }>;


export type IngestTestEmptyNameMutation = { createPerson: { person: { id: string } } };

export type IngestTestCreateEventMutationVariables = Exact<{
  name: string;
}>;


export type IngestTestCreateEventMutation = { createEvent: { event: { id: string } } };

export type IngestTestFirstStatementQueryVariables = Exact<{ [key: string]: never; }>;


export type IngestTestFirstStatementQuery = { statements: { nodes: Array<{ id: string }> } };

export type IngestTestStatementAboutMutationVariables = Exact<{
  id: string | number;
  e: string | number;
}>;


export type IngestTestStatementAboutMutation = { updateStatement: { statement: { id: string } } };

export type IngestTestMoveEventMutationVariables = Exact<{
  id: string | number;
  p: string | number;
}>;


export type IngestTestMoveEventMutation = { updateEvent: { event: { parent: { name: string } | null } } };

export type IngestTestSubEventStatementsQueryVariables = Exact<{
  id: string | number;
}>;


export type IngestTestSubEventStatementsQuery = { event: { statements: { totalCount: number } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ApiStatementsByDocument = new TypedDocumentString(`
    query ApiStatementsBy($filter: StatementFilter) {
  statements(filter: $filter, first: 100) {
    totalCount
    nodes {
      text
      kind
      verb
      venue
      speaker {
        ... on Person {
          name
        }
        ... on Organization {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiStatementsByQuery, ApiStatementsByQueryVariables>;
export const ApiPeopleWithRolesDocument = new TypedDocumentString(`
    query ApiPeopleWithRoles {
  people(first: 100) {
    totalCount
    nodes {
      name
      affiliations {
        nodes {
          role
          organization {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiPeopleWithRolesQuery, ApiPeopleWithRolesQueryVariables>;
export const ApiKulebaResponsesDocument = new TypedDocumentString(`
    query ApiKulebaResponses {
  statements(filter: {speakerName: "Kuleba"}) {
    nodes {
      text
      relations(direction: OUTGOING, kinds: [RESPONDS_TO]) {
        totalCount
        nodes {
          kind
          to {
            text
            speaker {
              ... on Organization {
                name
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKulebaResponsesQuery, ApiKulebaResponsesQueryVariables>;
export const ApiCrisisSpeakersDocument = new TypedDocumentString(`
    query ApiCrisisSpeakers {
  events(filter: {topLevel: true}) {
    nodes {
      name
      children {
        totalCount
      }
      speakers {
        statementCount
        speaker {
          ... on Person {
            name
          }
          ... on Organization {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiCrisisSpeakersQuery, ApiCrisisSpeakersQueryVariables>;
export const ApiImagesDocument = new TypedDocumentString(`
    query ApiImages {
  images {
    nodes {
      caption
      creditLine
      photographer {
        name
      }
      agencies {
        nodes {
          organization {
            name
          }
        }
      }
      depicts {
        nodes {
          entity {
            __typename
            ... on Person {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiImagesQuery, ApiImagesQueryVariables>;
export const ApiArticlesDocument = new TypedDocumentString(`
    query ApiArticles {
  articles {
    totalCount
    nodes {
      id
      headline
      publisher {
        name
      }
      contributors {
        nodes {
          role
          contributor {
            ... on Person {
              name
            }
            ... on Organization {
              name
            }
          }
        }
      }
      mentions(first: 100) {
        totalCount
        nodes {
          count
          offsets
          entity {
            ... on Person {
              name
            }
          }
        }
      }
      body
    }
  }
}
    `) as unknown as TypedDocumentString<ApiArticlesQuery, ApiArticlesQueryVariables>;
export const ApiLiteralFiltersDocument = new TypedDocumentString(`
    query ApiLiteralFilters($backslash: String!) {
  events(filter: {name: "_"}) {
    totalCount
  }
  people(filter: {name: "%"}) {
    totalCount
  }
  articles(filter: {headline: $backslash}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApiLiteralFiltersQuery, ApiLiteralFiltersQueryVariables>;
export const ApiTopLevelEventsDocument = new TypedDocumentString(`
    query ApiTopLevelEvents {
  events(filter: {topLevel: true}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTopLevelEventsQuery, ApiTopLevelEventsQueryVariables>;
export const ApiKulebaDocument = new TypedDocumentString(`
    query ApiKuleba {
  people(filter: {name: "kuleba"}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKulebaQuery, ApiKulebaQueryVariables>;
export const ApiFirstStatementDocument = new TypedDocumentString(`
    query ApiFirstStatement {
  statements(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiFirstStatementQuery, ApiFirstStatementQueryVariables>;
export const ApiStatementsBySpeakerDocument = new TypedDocumentString(`
    query ApiStatementsBySpeaker($f: StatementFilter) {
  statements(filter: $f) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApiStatementsBySpeakerQuery, ApiStatementsBySpeakerQueryVariables>;
export const ApiMeetingsOnMondayDocument = new TypedDocumentString(`
    query ApiMeetingsOnMonday {
  events(
    filter: {kind: [MEETING], during: {from: "2022-02-14T00:00:00Z", to: "2022-02-14T23:59:59Z"}}
  ) {
    nodes {
      name
      place {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiMeetingsOnMondayQuery, ApiMeetingsOnMondayQueryVariables>;
export const ApiCreatePlaceDocument = new TypedDocumentString(`
    mutation ApiCreatePlace($i: CreatePlaceInput!) {
  createPlace(input: $i) {
    place {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiCreatePlaceMutation, ApiCreatePlaceMutationVariables>;
export const ApiCreateEventDocument = new TypedDocumentString(`
    mutation ApiCreateEvent($i: CreateEventInput!) {
  createEvent(input: $i) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiCreateEventMutation, ApiCreateEventMutationVariables>;
export const ApiEventsAtPlaceDocument = new TypedDocumentString(`
    query ApiEventsAtPlace($p: ID!) {
  events(filter: {place: $p}, orderBy: {field: NAME}) {
    totalCount
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApiEventsAtPlaceQuery, ApiEventsAtPlaceQueryVariables>;
export const ApiTwoPeopleDocument = new TypedDocumentString(`
    query ApiTwoPeople {
  people(first: 2) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTwoPeopleQuery, ApiTwoPeopleQueryVariables>;
export const ApiNodeAndNodesDocument = new TypedDocumentString(`
    query ApiNodeAndNodes($id: ID!, $ids: [ID!]!) {
  node(id: $id) {
    ... on Person {
      name
    }
  }
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiNodeAndNodesQuery, ApiNodeAndNodesQueryVariables>;
export const ApiFirstPageDocument = new TypedDocumentString(`
    query ApiFirstPage {
  people(first: 3) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApiFirstPageQuery, ApiFirstPageQueryVariables>;
export const ApiNextPageDocument = new TypedDocumentString(`
    query ApiNextPage($after: String) {
  people(first: 3, after: $after) {
    pageInfo {
      startCursor
      hasPreviousPage
    }
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApiNextPageQuery, ApiNextPageQueryVariables>;
export const ApiPreviousPageDocument = new TypedDocumentString(`
    query ApiPreviousPage($before: String) {
  people(last: 3, before: $before) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApiPreviousPageQuery, ApiPreviousPageQueryVariables>;
export const ApiAllPeopleDocument = new TypedDocumentString(`
    query ApiAllPeople {
  people(first: 100) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApiAllPeopleQuery, ApiAllPeopleQueryVariables>;
export const ApiPageTooLargeDocument = new TypedDocumentString(`
    query ApiPageTooLarge {
  statements(first: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApiPageTooLargeQuery, ApiPageTooLargeQueryVariables>;
export const ApiNestedPageTooLargeDocument = new TypedDocumentString(`
    query ApiNestedPageTooLarge {
  people(first: 1) {
    nodes {
      statements(first: 500) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiNestedPageTooLargeQuery, ApiNestedPageTooLargeQueryVariables>;
export const IngestTestArticleDocument = new TypedDocumentString(`
    mutation IngestTestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    createdEntities
    reusedEntities
    statementCount
    article {
      id
      url
      statements {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestArticleMutation, IngestTestArticleMutationVariables>;
export const IngestTestCountsDocument = new TypedDocumentString(`
    query IngestTestCounts {
  people {
    totalCount
  }
  organizations {
    totalCount
  }
  statements {
    totalCount
  }
  articles {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<IngestTestCountsQuery, IngestTestCountsQueryVariables>;
export const IngestTestLavrovDocument = new TypedDocumentString(`
    query IngestTestLavrov {
  people(filter: {name: "lavrov"}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestLavrovQuery, IngestTestLavrovQueryVariables>;
export const IngestTestLavrovAliasesDocument = new TypedDocumentString(`
    query IngestTestLavrovAliases {
  people(filter: {name: "lavrov"}) {
    totalCount
    nodes {
      name
      aliases
      statements {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestLavrovAliasesQuery, IngestTestLavrovAliasesQueryVariables>;
export const IngestTestEventsDocument = new TypedDocumentString(`
    query IngestTestEvents {
  events(filter: {name: "100"}) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestEventsQuery, IngestTestEventsQueryVariables>;
export const IngestTestPetrenkoDocument = new TypedDocumentString(`
    query IngestTestPetrenko($article: ID!) {
  statements(filter: {article: $article}) {
    nodes {
      speaker {
        ... on Node {
          id
        }
      }
    }
  }
  people(filter: {name: "Petrenko"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<IngestTestPetrenkoQuery, IngestTestPetrenkoQueryVariables>;
export const IngestTestDeletePersonDocument = new TypedDocumentString(`
    mutation IngestTestDeletePerson($id: ID!) {
  deletePerson(input: {id: $id}) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<IngestTestDeletePersonMutation, IngestTestDeletePersonMutationVariables>;
export const IngestTestStoredArticleDocument = new TypedDocumentString(`
    query IngestTestStoredArticle($id: ID!) {
  article(id: $id) {
    body
    statements {
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestStoredArticleQuery, IngestTestStoredArticleQueryVariables>;
export const IngestTestUpdateArticleDocument = new TypedDocumentString(`
    mutation IngestTestUpdateArticle($i: UpdateArticleInput!) {
  updateArticle(input: $i) {
    article {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestUpdateArticleMutation, IngestTestUpdateArticleMutationVariables>;
export const IngestTestArticleBodyDocument = new TypedDocumentString(`
    query IngestTestArticleBody($id: ID!) {
  article(id: $id) {
    body
  }
}
    `) as unknown as TypedDocumentString<IngestTestArticleBodyQuery, IngestTestArticleBodyQueryVariables>;
export const IngestTestCreatePersonDocument = new TypedDocumentString(`
    mutation IngestTestCreatePerson {
  createPerson(input: {name: " Ada Test ", aliases: ["A. Test"]}) {
    person {
      id
      name
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestCreatePersonMutation, IngestTestCreatePersonMutationVariables>;
export const IngestTestUpdatePersonDocument = new TypedDocumentString(`
    mutation IngestTestUpdatePerson($id: ID!) {
  updatePerson(input: {id: $id, description: "tester"}) {
    person {
      description
      name
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestUpdatePersonMutation, IngestTestUpdatePersonMutationVariables>;
export const IngestTestNodeDocument = new TypedDocumentString(`
    query IngestTestNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<IngestTestNodeQuery, IngestTestNodeQueryVariables>;
export const IngestTestEmptyNameDocument = new TypedDocumentString(`
    mutation IngestTestEmptyName {
  createPerson(input: {name: ""}) {
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestEmptyNameMutation, IngestTestEmptyNameMutationVariables>;
export const IngestTestCreateEventDocument = new TypedDocumentString(`
    mutation IngestTestCreateEvent($name: String!) {
  createEvent(input: {name: $name}) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestCreateEventMutation, IngestTestCreateEventMutationVariables>;
export const IngestTestFirstStatementDocument = new TypedDocumentString(`
    query IngestTestFirstStatement {
  statements(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestFirstStatementQuery, IngestTestFirstStatementQueryVariables>;
export const IngestTestStatementAboutDocument = new TypedDocumentString(`
    mutation IngestTestStatementAbout($id: ID!, $e: ID!) {
  updateStatement(input: {id: $id, about: [$e]}) {
    statement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestStatementAboutMutation, IngestTestStatementAboutMutationVariables>;
export const IngestTestMoveEventDocument = new TypedDocumentString(`
    mutation IngestTestMoveEvent($id: ID!, $p: ID!) {
  updateEvent(input: {id: $id, parent: $p}) {
    event {
      parent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestMoveEventMutation, IngestTestMoveEventMutationVariables>;
export const IngestTestSubEventStatementsDocument = new TypedDocumentString(`
    query IngestTestSubEventStatements($id: ID!) {
  event(id: $id) {
    statements(includeSubEvents: true) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTestSubEventStatementsQuery, IngestTestSubEventStatementsQueryVariables>;