/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Why two entities are connected. */
export type ConnectionKind =
  /** A person's role at an organization; evidence: affiliations (roles in the reason). */
  | 'AFFILIATED'
  /** One's statements contradict or deny the other's; evidence: statement relations. */
  | 'CONTRADICTED'
  /** Both are named in the same articles; evidence: articles. */
  | 'CO_MENTIONED'
  /** Both are shown in the same images; evidence: images. */
  | 'DEPICTED_TOGETHER'
  /** An event took place at a place; evidence: 1. */
  | 'HAPPENED_AT'
  /** A person or organization took part in an event; evidence: participations. */
  | 'PARTICIPATED'
  /** One's statements respond to, support or repeat the other's; evidence: statement relations. */
  | 'RESPONDED_TO'
  /** A speaker made statements about an event (or its sub-events); evidence: statements. */
  | 'SPOKE_ABOUT'
  /** Both made statements about the same events; evidence: events. */
  | 'SPOKE_ABOUT_SAME_EVENT';

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

/** A new statement. */
export type CreateStatementInput = {
  /** Events it is about. */
  about?: Array<string | number> | null | undefined;
  /** Person or Organization it was said to. */
  addressee?: string | number | null | undefined;
  /** Article it was read from. */
  article?: string | number | null | undefined;
  /** Attribution confidence, 0 to 1 (default 1). */
  confidence?: number | null | undefined;
  /** End in the article body (exclusive). */
  endOffset?: number | null | undefined;
  /** How it is reported. */
  kind: StatementKind;
  /** When it was said. */
  saidAt?: string | null | undefined;
  /** Person or Organization id; null for unattributed. */
  speaker?: string | number | null | undefined;
  /** Role as given in the article. */
  speakerRole?: string | null | undefined;
  /** Start in the article body. */
  startOffset?: number | null | undefined;
  /** What was said. */
  text: string;
  /** Venue or medium. */
  venue?: string | null | undefined;
  /** Speech verb. */
  verb?: string | null | undefined;
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

/** What an extracted name stands for. */
export type ExtractedEntityType =
  /** An organization, or a metonym for one ("Kyiv", "the Kremlin"). */
  | 'ORGANIZATION'
  /** A person. */
  | 'PERSON'
  /** A place. */
  | 'PLACE';

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

/** A saved news web page. */
export type IngestArticleHtmlInput = {
  /** Return what was read without writing anything. */
  dryRun?: boolean | null | undefined;
  /** The page as saved: at most 5242880 characters, 100000 elements and 400 levels of nesting. */
  html: string;
  /** The page's http(s) URL: the article is stored under it and relative image URLs resolve against it (default: the canonical URL the page declares). */
  url?: string | null | undefined;
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

/** Sort direction. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

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

/** Which way a statement relation points, seen from the statement asked about. */
export type RelationDirection =
  /** Either way. */
  | 'BOTH'
  /** Another statement responds to, contradicts, … this one. */
  | 'INCOMING'
  /** This statement responds to, contradicts, … another. */
  | 'OUTGOING';

/** A kind of thing search can return. */
export type SearchableType =
  | 'ARTICLE'
  | 'EVENT'
  | 'IMAGE'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE'
  | 'STATEMENT';

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

/** Sort order for Statements; ties are broken by id. Default: SAID_AT. */
export type StatementOrder = {
  /** Sort direction (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** The column to sort by. */
  field: StatementOrderField;
};

/** What to sort Statements by. */
export type StatementOrderField =
  /** When the record was created. */
  | 'CREATED_AT'
  /** When it was said (unknown last). */
  | 'SAID_AT';

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

/** Changes to a statement; omitted fields stay as they are, lists are replaced. */
export type UpdateStatementInput = {
  /** Events it is about. */
  about?: Array<string | number> | null | undefined;
  /** Person or Organization it was said to. */
  addressee?: string | number | null | undefined;
  /** Article it was read from. */
  article?: string | number | null | undefined;
  /** Attribution confidence, 0 to 1 (default 1). */
  confidence?: number | null | undefined;
  /** End in the article body (exclusive). */
  endOffset?: number | null | undefined;
  /** The statement to change. */
  id: string | number;
  /** How it is reported. */
  kind?: StatementKind | null | undefined;
  /** When it was said. */
  saidAt?: string | null | undefined;
  /** Person or Organization id; null for unattributed. */
  speaker?: string | number | null | undefined;
  /** Role as given in the article. */
  speakerRole?: string | null | undefined;
  /** Start in the article body. */
  startOffset?: number | null | undefined;
  /** What was said. */
  text?: string | null | undefined;
  /** Venue or medium. */
  venue?: string | null | undefined;
  /** Speech verb. */
  verb?: string | null | undefined;
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

export type ConcurrencyIngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type ConcurrencyIngestArticleMutation = { ingestArticle: { created: boolean, article: { url: string } } };

export type ConcurrencyCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcurrencyCountsQuery = { people: { totalCount: number, nodes: Array<{ name: string }> }, organizations: { totalCount: number }, events: { totalCount: number }, articles: { totalCount: number }, statements: { totalCount: number } };

export type ConcurrencyCrisisQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcurrencyCrisisQuery = { events: { nodes: Array<{ statements: { totalCount: number } }> } };

export type ConcurrencySameArticleQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcurrencySameArticleQuery = { articles: { totalCount: number }, people: { totalCount: number }, statements: { totalCount: number } };

export type ConnectionTableCoMentionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectionTableCoMentionsQuery = { node:
    | { connections: { totalCount: number, edges: Array<{ evidenceCount: number, weight: number, reason: string, node:
            | { name: string }
            | Record<PropertyKey, never>
           }> } }
    | Record<PropertyKey, never>
   | null };

export type ConnectionTableSameEventQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectionTableSameEventQuery = { node:
    | { connections: { totalCount: number, edges: Array<{ evidenceCount: number, reason: string, node:
            | { name: string }
            | Record<PropertyKey, never>
           }> } }
    | Record<PropertyKey, never>
   | null };

export type OrderIngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type OrderIngestArticleMutation = { ingestArticle: { created: boolean } };

export type OrderArticlesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderArticlesQuery = { articles: { nodes: Array<{ id: string }> }, people: { nodes: Array<{ id: string }> }, events: { nodes: Array<{ id: string }> } };

export type OrderPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderPeopleQuery = { people: { nodes: Array<{ id: string }> } };

export type OrderNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderNodeQuery = { node:
    | { statements: { nodes: Array<{ text: string, position: number | null }> } }
    | Record<PropertyKey, never>
   | null };

export type OrderArticlePageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type OrderArticlePageQuery = { node:
    | { statements: { nodes: Array<{ text: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } }
    | Record<PropertyKey, never>
   | null };

export type OrderNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type OrderNode2Query = { node:
    | { statements: { nodes: Array<{ text: string }> } }
    | Record<PropertyKey, never>
   | null };

export type OrderNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type OrderNode3Query = { node:
    | { statements: { nodes: Array<{ statement: { text: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type OrderStatementsQueryVariables = Exact<{
  article: string | number;
  orderBy?: StatementOrder | null | undefined;
}>;


export type OrderStatementsQuery = { statements: { nodes: Array<{ text: string }> } };

export type OrderCompareQueryVariables = Exact<{
  event: string | number;
  speakers: Array<string | number> | string | number;
}>;


export type OrderCompareQuery = { compare: { columns: Array<{ statements: Array<{ text: string }> }> } | null };

export type OrderStatements2QueryVariables = Exact<{ [key: string]: never; }>;


export type OrderStatements2Query = { statements: { nodes: Array<{ id: string }> } };

export type OrderNode4QueryVariables = Exact<{
  id: string | number;
}>;


export type OrderNode4Query = { node:
    | { thread: Array<{ depth: number, statement: { text: string } }> }
    | Record<PropertyKey, never>
   | null };

export type OrderStatements3QueryVariables = Exact<{ [key: string]: never; }>;


export type OrderStatements3Query = { statements: { nodes: Array<{ id: string }> } };

export type OrderRelationsPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type OrderRelationsPageQuery = { node:
    | { relations: { totalCount: number, nodes: Array<{ from: { text: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } }
    | Record<PropertyKey, never>
   | null };

export type OrderNode5QueryVariables = Exact<{
  id: string | number;
}>;


export type OrderNode5Query = { node:
    | { relations: { nodes: Array<{ from: { text: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type OrderCreateStatementMutationVariables = Exact<{
  input: CreateStatementInput;
}>;


export type OrderCreateStatementMutation = { createStatement: { statement: { id: string, position: number | null } } };

export type OrderArticleStatementsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderArticleStatementsQuery = { node:
    | { statements: { nodes: Array<{ text: string, position: number | null }> } }
    | Record<PropertyKey, never>
   | null };

export type OrderUpdateStatementMutationVariables = Exact<{
  input: UpdateStatementInput;
}>;


export type OrderUpdateStatementMutation = { updateStatement: { statement: { position: number | null } } };

export type ExploreTestPeopleQueryVariables = Exact<{
  n: string;
}>;


export type ExploreTestPeopleQuery = { people: { nodes: Array<{ id: string, name: string }> } };

export type ExploreTestSearchQueryVariables = Exact<{
  q: string;
  types?: Array<SearchableType> | SearchableType | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExploreTestSearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, score: number, snippet: string, node:
        | { __typename: 'Article', headline: string }
        | { __typename: 'Event', name: string }
        | { __typename: 'Image' }
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
        | { __typename: 'Place' }
        | { __typename: 'Statement', text: string }
       }> } };

export type ExploreTestSearch2QueryVariables = Exact<{
  q: string;
}>;


export type ExploreTestSearch2Query = { search: { totalCount: number } };

export type ExploreTestCreateMarkupPersonMutationVariables = Exact<{
  name: string;
}>;


export type ExploreTestCreateMarkupPersonMutation = { createPerson: { person: { id: string } } };

export type ExploreTestIngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type ExploreTestIngestArticleMutation = { ingestArticle: { article: { id: string } } };

export type ExploreTestCreatePerson2MutationVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestCreatePerson2Mutation = { createPerson: { person: { id: string } } };

export type ExploreTestResolveEntityQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestResolveEntityQuery = { resolveEntity: Array<{ score: number, matchedName: string, entity:
      | { name: string }
      | Record<PropertyKey, never>
     }> };

export type ExploreTestAddAliasMutationVariables = Exact<{
  id: string | number;
}>;


export type ExploreTestAddAliasMutation = { addAlias: { entity:
      | { aliases: Array<string> }
      | Record<PropertyKey, never>
     } };

export type ExploreTestRemoveAliasMutationVariables = Exact<{
  id: string | number;
}>;


export type ExploreTestRemoveAliasMutation = { removeAlias: { entity:
      | { aliases: Array<string> }
      | Record<PropertyKey, never>
     } };

export type ExploreTestRemoveAlias2MutationVariables = Exact<{
  id: string | number;
}>;


export type ExploreTestRemoveAlias2Mutation = { removeAlias: { entity:
      | { __typename: 'Event' }
      | { __typename: 'Organization' }
      | { __typename: 'Person' }
      | { __typename: 'Place' }
     } };

export type ExploreTestCreatePerson3MutationVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestCreatePerson3Mutation = { createPerson: { person: { id: string } } };

export type ExploreTestEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestEventsQuery = { events: { nodes: Array<{ id: string }> } };

export type ExploreTestCreateStatementMutationVariables = Exact<{
  s: string | number;
  e: string | number;
}>;


export type ExploreTestCreateStatementMutation = { createStatement: { statement: { id: string } } };

export type ExploreTestMergeEntitiesMutationVariables = Exact<{
  k: string | number;
  m: string | number;
}>;


export type ExploreTestMergeEntitiesMutation = { mergeEntities: { mergedId: string, entity:
      | { name: string, aliases: Array<string>, externalIds: Array<{ value: string }>, statements: { totalCount: number } }
      | Record<PropertyKey, never>
     } };

export type ExploreTestNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ExploreTestNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
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

export type ExploreTestCreateEventMutationVariables = Exact<{
  i: CreateEventInput;
}>;


export type ExploreTestCreateEventMutation = { createEvent: { event: { id: string } } };

export type ExploreTestCreateStatement2MutationVariables = Exact<{
  t: string;
  s: string | number;
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type ExploreTestCreateStatement2Mutation = { createStatement: { statement: { id: string } } };

export type ExploreTestMergeEntities2MutationVariables = Exact<{
  k: string | number;
  m: string | number;
}>;


export type ExploreTestMergeEntities2Mutation = { mergeEntities: { mergedId: string, entity:
      | { id: string, name: string, kind: EventKind, startAt: string | null, endAt: string | null, description: string | null, own: { totalCount: number }, all: { totalCount: number }, children: { nodes: Array<{ name: string, parent: { id: string } | null }> }, participants: { totalCount: number, nodes: Array<{ role: string | null }> } }
      | Record<PropertyKey, never>
     } };

export type ExploreTestNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type ExploreTestNode2Query = { node:
    | { statements: { totalCount: number } }
    | Record<PropertyKey, never>
   | null };

export type ExploreTestNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type ExploreTestNode3Query = { node:
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ExploreTestMergeEntities3MutationVariables = Exact<{
  k: string | number;
  m: string | number;
}>;


export type ExploreTestMergeEntities3Mutation = { mergeEntities: { mergedId: string } };

export type ExploreTestMergeEntities4MutationVariables = Exact<{
  k: string | number;
  m: string | number;
}>;


export type ExploreTestMergeEntities4Mutation = { mergeEntities: { mergedId: string } };

export type ExploreTestOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestOrganizationsQuery = { organizations: { nodes: Array<{ id: string }> } };

export type ExploreTestNode4QueryVariables = Exact<{
  id: string | number;
}>;


export type ExploreTestNode4Query = { node:
    | { connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, weight: number, evidenceCount: number, reason: string, node:
            | { __typename: 'Event', name: string }
            | { __typename: 'Organization', name: string }
            | { __typename: 'Person', name: string }
            | { __typename: 'Place' }
           }> } }
    | Record<PropertyKey, never>
   | null };

export type ExploreTestNode5QueryVariables = Exact<{
  id: string | number;
}>;


export type ExploreTestNode5Query = { node:
    | { connections: { totalCount: number } }
    | Record<PropertyKey, never>
   | null };

export type ExploreTestPeople2QueryVariables = Exact<{
  n?: number | null | undefined;
}>;


export type ExploreTestPeople2Query = { people: { nodes: Array<{ connections: { totalCount: number } }> } };

export type ExploreTestHopFragment = { kind: string, evidence: string, from:
    | { __typename: 'Event', name: string }
    | { __typename: 'Organization', name: string }
    | { __typename: 'Person', name: string }
    | { __typename: 'Place' }
    | { __typename: 'Statement', text: string }
  , to:
    | { __typename: 'Event', name: string }
    | { __typename: 'Organization', name: string }
    | { __typename: 'Person', name: string }
    | { __typename: 'Place' }
    | { __typename: 'Statement', text: string }
   };

export type ExploreTestPathsQueryVariables = Exact<{
  f: string | number;
  t: string | number;
}>;


export type ExploreTestPathsQuery = { path: Array<{ length: number, hops: Array<{ kind: string, evidence: string, from:
        | { __typename: 'Event', name: string }
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
        | { __typename: 'Place' }
        | { __typename: 'Statement', text: string }
      , to:
        | { __typename: 'Event', name: string }
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
        | { __typename: 'Place' }
        | { __typename: 'Statement', text: string }
       }> }> };

export type ExploreTestFirstPathQueryVariables = Exact<{
  f: string | number;
  t: string | number;
}>;


export type ExploreTestFirstPathQuery = { path: Array<{ length: number, hops: Array<{ kind: string, evidence: string, from:
        | { __typename: 'Event', name: string }
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
        | { __typename: 'Place' }
        | { __typename: 'Statement', text: string }
      , to:
        | { __typename: 'Event', name: string }
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
        | { __typename: 'Place' }
        | { __typename: 'Statement', text: string }
       }> }> };

export type ExploreTestOrganizations2QueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestOrganizations2Query = { organizations: { nodes: Array<{ id: string }> } };

export type ExploreTestPathQueryVariables = Exact<{
  f: string | number;
  t: string | number;
}>;


export type ExploreTestPathQuery = { path: Array<{ length: number }> };

export type ExploreTestPath2QueryVariables = Exact<{
  f: string | number;
  t: string | number;
}>;


export type ExploreTestPath2Query = { path: Array<{ length: number }> };

export type ExploreTestPath3QueryVariables = Exact<{
  f: string | number;
  t: string | number;
}>;


export type ExploreTestPath3Query = { path: Array<{ length: number, narrowed: boolean, hops: Array<{ kind: string, from:
        | { text: string }
        | Record<PropertyKey, never>
       }> }> };

export type ExploreTestPath4QueryVariables = Exact<{
  f: string | number;
  t: string | number;
}>;


export type ExploreTestPath4Query = { path: Array<{ length: number }> };

export type ExploreTestStatementsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestStatementsQuery = { statements: { nodes: Array<{ id: string }> } };

export type ExploreTestNode6QueryVariables = Exact<{
  id: string | number;
}>;


export type ExploreTestNode6Query = { node:
    | { thread: Array<{ depth: number, relation: string | null, repeated: boolean, parentId: string | null, statement: { id: string, text: string, saidAt: string | null, speaker:
            | { name: string }
            | { name: string }
           | null } }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreTestNode7QueryVariables = Exact<{
  id: string | number;
}>;


export type ExploreTestNode7Query = { node:
    | { thread: Array<{ depth: number, relation: string | null, statement: { text: string } }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreTestNode8QueryVariables = Exact<{
  id: string | number;
}>;


export type ExploreTestNode8Query = { node:
    | { thread: Array<{ depth: number, relation: string | null, repeated: boolean, parentId: string | null, statement: { text: string } }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreTestEvents2QueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestEvents2Query = { events: { nodes: Array<{ id: string, name: string, day: Array<{ start: string, statementCount: number, articleCount: number, topSpeakers: Array<{ count: number, speaker:
            | { name: string }
            | { name: string }
           }> }>, month: Array<{ start: string, statementCount: number, articleCount: number }>, statements: { totalCount: number } }> } };

export type ExploreTestEvents3QueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestEvents3Query = { events: { nodes: Array<{ speakers: Array<{ statementCount: number, countsByKind: Array<{ kind: StatementKind, count: number }>, speaker:
          | { name: string }
          | { name: string }
         }> }> } };

export type ExploreTestPeople3QueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestPeople3Query = { people: { nodes: Array<{ name: string, statements: { totalCount: number }, statementCountsByKind: Array<{ kind: StatementKind, count: number }> }> }, events: { nodes: Array<{ statements: { totalCount: number }, statementCountsByKind: Array<{ kind: StatementKind, count: number }> }> } };

export type ExploreTestEvents4QueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestEvents4Query = { events: { nodes: Array<{ id: string }> } };

export type ExploreTestOrganizations3QueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestOrganizations3Query = { organizations: { nodes: Array<{ id: string }> } };

export type ExploreTestCompareQueryVariables = Exact<{
  e: string | number;
  s: Array<string | number> | string | number;
}>;


export type ExploreTestCompareQuery = { compare: { event: { name: string }, columns: Array<{ statementCount: number, countsByKind: Array<{ kind: StatementKind, count: number }>, speaker:
        | { name: string }
        | { name: string }
      , statements: Array<{ text: string, saidAt: string | null }> }> } | null };

export type ExploreTestCompare2QueryVariables = Exact<{
  e: string | number;
}>;


export type ExploreTestCompare2Query = { compare: { event: { name: string } } | null };

export type ExploreTestPeople4QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExploreTestPeople4Query = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string }> } };

export type ExploreTestEvents5QueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestEvents5Query = { events: { nodes: Array<{ id: string, name: string }> } };

export type ExploreTestPeople5QueryVariables = Exact<{
  about: string | number;
  said: DateRange;
}>;


export type ExploreTestPeople5Query = { people: { totalCount: number, nodes: Array<{ id: string }> } };

export type ExploreTestPeople6QueryVariables = Exact<{
  about: string | number;
}>;


export type ExploreTestPeople6Query = { people: { totalCount: number, nodes: Array<{ name: string }> } };

export type ExploreTestNode9QueryVariables = Exact<{
  id: string | number;
  said: DateRange;
}>;


export type ExploreTestNode9Query = { node:
    | { speakers: Array<{ statementCount: number, speaker:
          | { id: string }
          | Record<PropertyKey, never>
         }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreTestEvents6QueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestEvents6Query = { events: { nodes: Array<{ id: string, name: string, speakers: Array<{ speaker:
          | { __typename: 'Organization' }
          | { __typename: 'Person' }
         }> }> } };

export type ExploreTestOrganizations4QueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreTestOrganizations4Query = { organizations: { totalCount: number, nodes: Array<{ id: string }> } };

export type ExportsIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportsIdsQuery = { people: { nodes: Array<{ id: string }> }, konashenkov: { nodes: Array<{ id: string }> }, events: { nodes: Array<{ id: string }> }, statements: { totalCount: number } };

export type ExportsStatementsBySpeakerQueryVariables = Exact<{
  s: string | number;
}>;


export type ExportsStatementsBySpeakerQuery = { statements: { nodes: Array<{ id: string, text: string }> } };

export type ExtractMutationIngestMutationVariables = Exact<{
  text: string;
  url?: string | null | undefined;
  headline?: string | null | undefined;
  publishedAt?: string | null | undefined;
  publisher?: string | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type ExtractMutationIngestMutation = { ingestArticleText: { created: boolean, matchedExistingEvent: boolean, createdEntities: number, reusedEntities: number, statementCount: number, article: { id: string, url: string, headline: string, events: { nodes: Array<{ event: { id: string, name: string } }> }, statements: { totalCount: number } } | null, extraction: { url: string, headline: string, eventName: string, statements: Array<{ kind: StatementKind, text: string, speaker: string | null, attributedFrom: string | null, verb: string | null, venue: string | null, addressee: string | null, confidence: number, start: number, end: number }>, entities: Array<{ type: ExtractedEntityType, name: string }>, images: Array<{ caption: string, creditLine: string | null, photographer: string | null, agencies: Array<string> }>, contributors: Array<{ name: string, role: ContributorRole }>, dropped: Array<{ reason: string, text: string }> } } };

export type ExtractMutationAuthorsMutationVariables = Exact<{
  text: string;
  url?: string | null | undefined;
  authors?: Array<string> | string | null | undefined;
}>;


export type ExtractMutationAuthorsMutation = { ingestArticleText: { article: { contributors: { nodes: Array<{ role: ContributorRole, contributor:
            | { name: string }
            | Record<PropertyKey, never>
           }> } } | null } };

export type ExtractWorkerIngestMutationVariables = Exact<{
  text: string;
  url?: string | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type ExtractWorkerIngestMutation = { ingestArticleText: { created: boolean, statementCount: number } };

export type ExamplesPersonIdQueryVariables = Exact<{
  n: string;
}>;


export type ExamplesPersonIdQuery = { people: { nodes: Array<{ id: string }> } };

export type ExamplesTopLevelEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExamplesTopLevelEventsQuery = { events: { nodes: Array<{ id: string }> } };

export type HtmlIngestArticleMutationVariables = Exact<{
  input: IngestArticleHtmlInput;
}>;


export type HtmlIngestArticleMutation = { ingestArticleHtml: { created: boolean, statementCount: number, createdEntities: number, reusedEntities: number, matchedExistingEvent: boolean, page: { canonicalUrl: string | null, headline: string | null, publishedAt: string | null, modifiedAt: string | null, authors: Array<string>, publisher: string | null, section: string | null, language: string | null, text: string, images: Array<{ url: string | null, caption: string, creditLine: string | null, photographer: string | null, agencies: Array<string> }> }, extraction: { url: string, headline: string, body: string, statements: Array<{ text: string, speaker: string | null, start: number, end: number }> }, article: { url: string, headline: string, body: string, publishedAt: string | null, language: string, publisher: { name: string } | null, contributors: { nodes: Array<{ role: ContributorRole, contributor:
            | { name: string }
            | { name: string }
           }> }, images: { nodes: Array<{ url: string | null, caption: string, creditLine: string | null, photographer: { name: string } | null, agencies: { nodes: Array<{ organization: { name: string } }> } }> }, statements: { nodes: Array<{ text: string, startOffset: number | null, endOffset: number | null, speaker:
            | { name: string }
            | { name: string }
           | null }> } } | null } };

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

export type JsonldIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type JsonldIdsQuery = { articles: { nodes: Array<{ id: string, images: { nodes: Array<{ id: string }> } }> }, events: { nodes: Array<{ id: string }> }, people: { nodes: Array<{ id: string }> }, organizations: { nodes: Array<{ id: string, kind: OrganizationKind }> }, statements: { nodes: Array<{ id: string }> }, places: { nodes: Array<{ id: string }> } };

export type NPlusOneNestedQueryVariables = Exact<{
  n: number;
}>;


export type NPlusOneNestedQuery = { events: { nodes: Array<{ name: string, statements: { totalCount: number, nodes: Array<{ statement: { text: string, speaker:
              | { name: string }
              | { name: string, affiliations: { nodes: Array<{ role: string, organization: { name: string } | null }> } }
             | null } }> } }> } };

export type NPlusOneEventSpeakersQueryVariables = Exact<{
  n: number;
}>;


export type NPlusOneEventSpeakersQuery = { events: { nodes: Array<{ speakers: Array<{ statementCount: number, speaker:
          | { name: string }
          | Record<PropertyKey, never>
         }> }> } };

export type NPlusOneLoadableFieldsQueryVariables = Exact<{
  n: number;
}>;


export type NPlusOneLoadableFieldsQuery = { events: { nodes: Array<{ timeline: Array<{ statementCount: number, topSpeakers: Array<{ count: number, speaker:
            | { name: string }
            | Record<PropertyKey, never>
           }> }>, statementCountsByKind: Array<{ count: number }>, connections: { totalCount: number, nodes: Array<
          | { __typename: 'Event' }
          | { __typename: 'Organization' }
          | { __typename: 'Person' }
          | { __typename: 'Place' }
        > } }> }, statements: { nodes: Array<{ thread: Array<{ depth: number }>, relations: { totalCount: number } }> } };

export type NPlusOneConnectionEvidenceQueryVariables = Exact<{
  n: number;
}>;


export type NPlusOneConnectionEvidenceQuery = { events: { nodes: Array<{ connections: { edges: Array<{ evidenceCount: number, lastSeen: string | null, node:
            | { name: string }
            | Record<PropertyKey, never>
          , evidence: Array<
            | { __typename: 'Affiliation' }
            | { __typename: 'Article' }
            | { __typename: 'Event' }
            | { __typename: 'Image' }
            | { __typename: 'Organization' }
            | { __typename: 'Person' }
            | { __typename: 'Place' }
            | { __typename: 'Statement', text: string, speaker:
                | { name: string }
                | Record<PropertyKey, never>
               | null }
            | { __typename: 'StatementRelation' }
          > }> } }> } };

export type NPlusOneMuchDiscussedQueryVariables = Exact<{
  n: number;
}>;


export type NPlusOneMuchDiscussedQuery = { events: { nodes: Array<{ speakers: Array<{ statementCount: number, speaker:
          | { name: string }
          | Record<PropertyKey, never>
         }> }> } };

export type SeedEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedEventsQuery = { events: { nodes: Array<{ name: string, statements: { totalCount: number, nodes: Array<{ statement: { kind: StatementKind, text: string, venue: string | null, speaker:
              | { __typename: 'Organization', name: string }
              | { __typename: 'Person', name: string }
             | null } }> } }> } };

export type SharedPeopleByNameQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type SharedPeopleByNameQuery = { list: { totalCount: number } };

export type SharedOrganizationsByNameQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type SharedOrganizationsByNameQuery = { list: { totalCount: number } };

export type SharedPlacesByNameQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type SharedPlacesByNameQuery = { list: { totalCount: number } };

export type SharedEventsByNameQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type SharedEventsByNameQuery = { list: { totalCount: number } };

export type RelationsPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  last?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  direction?: RelationDirection | null | undefined;
  kinds?: Array<StatementRelationKind> | StatementRelationKind | null | undefined;
}>;


export type RelationsPageQuery = { statement: { relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ kind: StatementRelationKind, createdAt: string, from: { text: string }, to: { text: string } }> } } | null };

export type RelationsOfAPageQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationsOfAPageQuery = { statements: { nodes: Array<{ text: string, relations: { totalCount: number } }> } };

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
export const ExploreTestHopFragmentDoc = new TypedDocumentString(`
    fragment ExploreTestHop on PathHop {
  kind
  evidence
  from {
    __typename
    ... on Person {
      name
    }
    ... on Organization {
      name
    }
    ... on Statement {
      text
    }
    ... on Event {
      name
    }
  }
  to {
    __typename
    ... on Person {
      name
    }
    ... on Organization {
      name
    }
    ... on Statement {
      text
    }
    ... on Event {
      name
    }
  }
}
    `, {"fragmentName":"ExploreTestHop"}) as unknown as TypedDocumentString<ExploreTestHopFragment, unknown>;
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
export const ConcurrencyIngestArticleDocument = new TypedDocumentString(`
    mutation ConcurrencyIngestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    article {
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ConcurrencyIngestArticleMutation, ConcurrencyIngestArticleMutationVariables>;
export const ConcurrencyCountsDocument = new TypedDocumentString(`
    query ConcurrencyCounts {
  people {
    totalCount
    nodes {
      name
    }
  }
  organizations {
    totalCount
  }
  events {
    totalCount
  }
  articles {
    totalCount
  }
  statements {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ConcurrencyCountsQuery, ConcurrencyCountsQueryVariables>;
export const ConcurrencyCrisisDocument = new TypedDocumentString(`
    query ConcurrencyCrisis {
  events(filter: {name: "Ukraine crisis"}) {
    nodes {
      statements(includeSubEvents: true) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConcurrencyCrisisQuery, ConcurrencyCrisisQueryVariables>;
export const ConcurrencySameArticleDocument = new TypedDocumentString(`
    query ConcurrencySameArticle {
  articles(filter: {url: "https://example.com/concurrent/1000"}) {
    totalCount
  }
  people(filter: {name: "Macron"}) {
    totalCount
  }
  statements {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ConcurrencySameArticleQuery, ConcurrencySameArticleQueryVariables>;
export const ConnectionTableCoMentionsDocument = new TypedDocumentString(`
    query ConnectionTableCoMentions($id: ID!) {
  node(id: $id) {
    ... on Person {
      connections(kinds: [CO_MENTIONED]) {
        totalCount
        edges {
          evidenceCount
          weight
          reason
          node {
            ... on Person {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionTableCoMentionsQuery, ConnectionTableCoMentionsQueryVariables>;
export const ConnectionTableSameEventDocument = new TypedDocumentString(`
    query ConnectionTableSameEvent($id: ID!) {
  node(id: $id) {
    ... on Person {
      connections(kinds: [SPOKE_ABOUT_SAME_EVENT]) {
        totalCount
        edges {
          evidenceCount
          reason
          node {
            ... on Person {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionTableSameEventQuery, ConnectionTableSameEventQueryVariables>;
export const OrderIngestArticleDocument = new TypedDocumentString(`
    mutation OrderIngestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
  }
}
    `) as unknown as TypedDocumentString<OrderIngestArticleMutation, OrderIngestArticleMutationVariables>;
export const OrderArticlesDocument = new TypedDocumentString(`
    query OrderArticles {
  articles(filter: {url: "https://example.com/reading-order"}) {
    nodes {
      id
    }
  }
  people(filter: {name: "Kuleba"}) {
    nodes {
      id
    }
  }
  events(filter: {name: "Reading-order talks"}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrderArticlesQuery, OrderArticlesQueryVariables>;
export const OrderPeopleDocument = new TypedDocumentString(`
    query OrderPeople {
  people(filter: {name: "Lavrov"}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrderPeopleQuery, OrderPeopleQueryVariables>;
export const OrderNodeDocument = new TypedDocumentString(`
    query OrderNode($id: ID!) {
  node(id: $id) {
    ... on Article {
      statements(first: 20) {
        nodes {
          text
          position
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderNodeQuery, OrderNodeQueryVariables>;
export const OrderArticlePageDocument = new TypedDocumentString(`
    query OrderArticlePage($id: ID!, $after: String) {
  node(id: $id) {
    ... on Article {
      statements(first: 3, after: $after) {
        nodes {
          text
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderArticlePageQuery, OrderArticlePageQueryVariables>;
export const OrderNode2Document = new TypedDocumentString(`
    query OrderNode2($id: ID!) {
  node(id: $id) {
    ... on Person {
      statements(first: 20) {
        nodes {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderNode2Query, OrderNode2QueryVariables>;
export const OrderNode3Document = new TypedDocumentString(`
    query OrderNode3($id: ID!) {
  node(id: $id) {
    ... on Event {
      statements(first: 20) {
        nodes {
          statement {
            text
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderNode3Query, OrderNode3QueryVariables>;
export const OrderStatementsDocument = new TypedDocumentString(`
    query OrderStatements($article: ID!, $orderBy: StatementOrder) {
  statements(filter: {article: $article}, orderBy: $orderBy, first: 20) {
    nodes {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<OrderStatementsQuery, OrderStatementsQueryVariables>;
export const OrderCompareDocument = new TypedDocumentString(`
    query OrderCompare($event: ID!, $speakers: [ID!]!) {
  compare(eventId: $event, speakerIds: $speakers) {
    columns {
      statements {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderCompareQuery, OrderCompareQueryVariables>;
export const OrderStatements2Document = new TypedDocumentString(`
    query OrderStatements2 {
  statements(filter: {textContains: "no plans to invade"}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrderStatements2Query, OrderStatements2QueryVariables>;
export const OrderNode4Document = new TypedDocumentString(`
    query OrderNode4($id: ID!) {
  node(id: $id) {
    ... on Statement {
      thread {
        depth
        statement {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderNode4Query, OrderNode4QueryVariables>;
export const OrderStatements3Document = new TypedDocumentString(`
    query OrderStatements3 {
  statements(filter: {textContains: "no plans to invade"}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrderStatements3Query, OrderStatements3QueryVariables>;
export const OrderRelationsPageDocument = new TypedDocumentString(`
    query OrderRelationsPage($id: ID!, $after: String) {
  node(id: $id) {
    ... on Statement {
      relations(first: 1, after: $after) {
        totalCount
        nodes {
          from {
            text
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderRelationsPageQuery, OrderRelationsPageQueryVariables>;
export const OrderNode5Document = new TypedDocumentString(`
    query OrderNode5($id: ID!) {
  node(id: $id) {
    ... on Statement {
      relations(last: 2) {
        nodes {
          from {
            text
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderNode5Query, OrderNode5QueryVariables>;
export const OrderCreateStatementDocument = new TypedDocumentString(`
    mutation OrderCreateStatement($input: CreateStatementInput!) {
  createStatement(input: $input) {
    statement {
      id
      position
    }
  }
}
    `) as unknown as TypedDocumentString<OrderCreateStatementMutation, OrderCreateStatementMutationVariables>;
export const OrderArticleStatementsDocument = new TypedDocumentString(`
    query OrderArticleStatements($id: ID!) {
  node(id: $id) {
    ... on Article {
      statements(first: 20) {
        nodes {
          text
          position
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderArticleStatementsQuery, OrderArticleStatementsQueryVariables>;
export const OrderUpdateStatementDocument = new TypedDocumentString(`
    mutation OrderUpdateStatement($input: UpdateStatementInput!) {
  updateStatement(input: $input) {
    statement {
      position
    }
  }
}
    `) as unknown as TypedDocumentString<OrderUpdateStatementMutation, OrderUpdateStatementMutationVariables>;
export const ExploreTestPeopleDocument = new TypedDocumentString(`
    query ExploreTestPeople($n: String!) {
  people(filter: {name: $n}) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestPeopleQuery, ExploreTestPeopleQueryVariables>;
export const ExploreTestSearchDocument = new TypedDocumentString(`
    query ExploreTestSearch($q: String!, $types: [SearchableType!], $first: Int, $after: String) {
  search(query: $q, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      score
      snippet
      node {
        __typename
        ... on Person {
          name
        }
        ... on Statement {
          text
        }
        ... on Article {
          headline
        }
        ... on Event {
          name
        }
        ... on Organization {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestSearchQuery, ExploreTestSearchQueryVariables>;
export const ExploreTestSearch2Document = new TypedDocumentString(`
    query ExploreTestSearch2($q: String!) {
  search(query: $q) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExploreTestSearch2Query, ExploreTestSearch2QueryVariables>;
export const ExploreTestCreateMarkupPersonDocument = new TypedDocumentString(`
    mutation ExploreTestCreateMarkupPerson($name: String!) {
  createPerson(input: {name: $name}) {
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestCreateMarkupPersonMutation, ExploreTestCreateMarkupPersonMutationVariables>;
export const ExploreTestIngestArticleDocument = new TypedDocumentString(`
    mutation ExploreTestIngestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestIngestArticleMutation, ExploreTestIngestArticleMutationVariables>;
export const ExploreTestCreatePerson2Document = new TypedDocumentString(`
    mutation ExploreTestCreatePerson2 {
  createPerson(input: {name: "Oleksii Reznikov"}) {
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestCreatePerson2Mutation, ExploreTestCreatePerson2MutationVariables>;
export const ExploreTestResolveEntityDocument = new TypedDocumentString(`
    query ExploreTestResolveEntity {
  resolveEntity(name: "Sergey Shoygu", type: PERSON) {
    score
    matchedName
    entity {
      ... on Person {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestResolveEntityQuery, ExploreTestResolveEntityQueryVariables>;
export const ExploreTestAddAliasDocument = new TypedDocumentString(`
    mutation ExploreTestAddAlias($id: ID!) {
  addAlias(input: {id: $id, alias: "Dmitry Kuleba"}) {
    entity {
      ... on Person {
        aliases
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestAddAliasMutation, ExploreTestAddAliasMutationVariables>;
export const ExploreTestRemoveAliasDocument = new TypedDocumentString(`
    mutation ExploreTestRemoveAlias($id: ID!) {
  removeAlias(input: {id: $id, alias: "dmitry kuleba"}) {
    entity {
      ... on Person {
        aliases
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestRemoveAliasMutation, ExploreTestRemoveAliasMutationVariables>;
export const ExploreTestRemoveAlias2Document = new TypedDocumentString(`
    mutation ExploreTestRemoveAlias2($id: ID!) {
  removeAlias(input: {id: $id, alias: "Dmitry Kuleba"}) {
    entity {
      __typename
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestRemoveAlias2Mutation, ExploreTestRemoveAlias2MutationVariables>;
export const ExploreTestCreatePerson3Document = new TypedDocumentString(`
    mutation ExploreTestCreatePerson3 {
  createPerson(
    input: {name: "D. Kuleba", aliases: ["Kuleba Dmytro"], externalIds: ["wikidata:Q-test"]}
  ) {
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestCreatePerson3Mutation, ExploreTestCreatePerson3MutationVariables>;
export const ExploreTestEventsDocument = new TypedDocumentString(`
    query ExploreTestEvents {
  events(filter: {topLevel: true}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestEventsQuery, ExploreTestEventsQueryVariables>;
export const ExploreTestCreateStatementDocument = new TypedDocumentString(`
    mutation ExploreTestCreateStatement($s: ID!, $e: ID!) {
  createStatement(
    input: {text: "A duplicate's words.", kind: DIRECT_QUOTE, speaker: $s, about: [$e]}
  ) {
    statement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestCreateStatementMutation, ExploreTestCreateStatementMutationVariables>;
export const ExploreTestMergeEntitiesDocument = new TypedDocumentString(`
    mutation ExploreTestMergeEntities($k: ID!, $m: ID!) {
  mergeEntities(input: {keepId: $k, mergeId: $m}) {
    mergedId
    entity {
      ... on Person {
        name
        aliases
        externalIds {
          value
        }
        statements {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestMergeEntitiesMutation, ExploreTestMergeEntitiesMutationVariables>;
export const ExploreTestNodeDocument = new TypedDocumentString(`
    query ExploreTestNode($id: ID!) {
  node(id: $id) {
    id
    ... on Person {
      name
    }
  }
  nodes(ids: [$id]) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExploreTestNodeQuery, ExploreTestNodeQueryVariables>;
export const ExploreTestCreateEventDocument = new TypedDocumentString(`
    mutation ExploreTestCreateEvent($i: CreateEventInput!) {
  createEvent(input: $i) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestCreateEventMutation, ExploreTestCreateEventMutationVariables>;
export const ExploreTestCreateStatement2Document = new TypedDocumentString(`
    mutation ExploreTestCreateStatement2($t: String!, $s: ID!, $a: [ID!]) {
  createStatement(input: {text: $t, kind: DIRECT_QUOTE, speaker: $s, about: $a}) {
    statement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestCreateStatement2Mutation, ExploreTestCreateStatement2MutationVariables>;
export const ExploreTestMergeEntities2Document = new TypedDocumentString(`
    mutation ExploreTestMergeEntities2($k: ID!, $m: ID!) {
  mergeEntities(input: {keepId: $k, mergeId: $m}) {
    mergedId
    entity {
      ... on Event {
        id
        name
        kind
        startAt
        endAt
        description
        own: statements(includeSubEvents: false) {
          totalCount
        }
        all: statements(includeSubEvents: true) {
          totalCount
        }
        children {
          nodes {
            name
            parent {
              id
            }
          }
        }
        participants {
          totalCount
          nodes {
            role
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestMergeEntities2Mutation, ExploreTestMergeEntities2MutationVariables>;
export const ExploreTestNode2Document = new TypedDocumentString(`
    query ExploreTestNode2($id: ID!) {
  node(id: $id) {
    ... on Event {
      statements(includeSubEvents: true) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestNode2Query, ExploreTestNode2QueryVariables>;
export const ExploreTestNode3Document = new TypedDocumentString(`
    query ExploreTestNode3($id: ID!) {
  node(id: $id) {
    id
    ... on Event {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestNode3Query, ExploreTestNode3QueryVariables>;
export const ExploreTestMergeEntities3Document = new TypedDocumentString(`
    mutation ExploreTestMergeEntities3($k: ID!, $m: ID!) {
  mergeEntities(input: {keepId: $k, mergeId: $m}) {
    mergedId
  }
}
    `) as unknown as TypedDocumentString<ExploreTestMergeEntities3Mutation, ExploreTestMergeEntities3MutationVariables>;
export const ExploreTestMergeEntities4Document = new TypedDocumentString(`
    mutation ExploreTestMergeEntities4($k: ID!, $m: ID!) {
  mergeEntities(input: {keepId: $k, mergeId: $m}) {
    mergedId
  }
}
    `) as unknown as TypedDocumentString<ExploreTestMergeEntities4Mutation, ExploreTestMergeEntities4MutationVariables>;
export const ExploreTestOrganizationsDocument = new TypedDocumentString(`
    query ExploreTestOrganizations {
  organizations(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestOrganizationsQuery, ExploreTestOrganizationsQueryVariables>;
export const ExploreTestNode4Document = new TypedDocumentString(`
    query ExploreTestNode4($id: ID!) {
  node(id: $id) {
    ... on Person {
      connections(first: 50) {
        totalCount
        edges {
          kind
          weight
          evidenceCount
          reason
          node {
            __typename
            ... on Organization {
              name
            }
            ... on Person {
              name
            }
            ... on Event {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestNode4Query, ExploreTestNode4QueryVariables>;
export const ExploreTestNode5Document = new TypedDocumentString(`
    query ExploreTestNode5($id: ID!) {
  node(id: $id) {
    ... on Person {
      connections(kinds: [AFFILIATED]) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestNode5Query, ExploreTestNode5QueryVariables>;
export const ExploreTestPeople2Document = new TypedDocumentString(`
    query ExploreTestPeople2($n: Int) {
  people(first: $n) {
    nodes {
      connections(first: 5) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestPeople2Query, ExploreTestPeople2QueryVariables>;
export const ExploreTestPathsDocument = new TypedDocumentString(`
    query ExploreTestPaths($f: ID!, $t: ID!) {
  path(from: $f, to: $t) {
    length
    hops {
      ...ExploreTestHop
    }
  }
}
    fragment ExploreTestHop on PathHop {
  kind
  evidence
  from {
    __typename
    ... on Person {
      name
    }
    ... on Organization {
      name
    }
    ... on Statement {
      text
    }
    ... on Event {
      name
    }
  }
  to {
    __typename
    ... on Person {
      name
    }
    ... on Organization {
      name
    }
    ... on Statement {
      text
    }
    ... on Event {
      name
    }
  }
}`) as unknown as TypedDocumentString<ExploreTestPathsQuery, ExploreTestPathsQueryVariables>;
export const ExploreTestFirstPathDocument = new TypedDocumentString(`
    query ExploreTestFirstPath($f: ID!, $t: ID!) {
  path(from: $f, to: $t, first: 1) {
    length
    hops {
      ...ExploreTestHop
    }
  }
}
    fragment ExploreTestHop on PathHop {
  kind
  evidence
  from {
    __typename
    ... on Person {
      name
    }
    ... on Organization {
      name
    }
    ... on Statement {
      text
    }
    ... on Event {
      name
    }
  }
  to {
    __typename
    ... on Person {
      name
    }
    ... on Organization {
      name
    }
    ... on Statement {
      text
    }
    ... on Event {
      name
    }
  }
}`) as unknown as TypedDocumentString<ExploreTestFirstPathQuery, ExploreTestFirstPathQueryVariables>;
export const ExploreTestOrganizations2Document = new TypedDocumentString(`
    query ExploreTestOrganizations2 {
  organizations(filter: {name: "Russian Defense Ministry"}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestOrganizations2Query, ExploreTestOrganizations2QueryVariables>;
export const ExploreTestPathDocument = new TypedDocumentString(`
    query ExploreTestPath($f: ID!, $t: ID!) {
  path(from: $f, to: $t, maxLength: 2) {
    length
  }
}
    `) as unknown as TypedDocumentString<ExploreTestPathQuery, ExploreTestPathQueryVariables>;
export const ExploreTestPath2Document = new TypedDocumentString(`
    query ExploreTestPath2($f: ID!, $t: ID!) {
  path(from: $f, to: $t, maxLength: 9) {
    length
  }
}
    `) as unknown as TypedDocumentString<ExploreTestPath2Query, ExploreTestPath2QueryVariables>;
export const ExploreTestPath3Document = new TypedDocumentString(`
    query ExploreTestPath3($f: ID!, $t: ID!) {
  path(from: $f, to: $t) {
    length
    narrowed
    hops {
      kind
      from {
        ... on Statement {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestPath3Query, ExploreTestPath3QueryVariables>;
export const ExploreTestPath4Document = new TypedDocumentString(`
    query ExploreTestPath4($f: ID!, $t: ID!) {
  path(from: $f, to: $t, maxLength: 2) {
    length
  }
}
    `) as unknown as TypedDocumentString<ExploreTestPath4Query, ExploreTestPath4QueryVariables>;
export const ExploreTestStatementsDocument = new TypedDocumentString(`
    query ExploreTestStatements {
  statements(filter: {textContains: "believe it"}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestStatementsQuery, ExploreTestStatementsQueryVariables>;
export const ExploreTestNode6Document = new TypedDocumentString(`
    query ExploreTestNode6($id: ID!) {
  node(id: $id) {
    ... on Statement {
      thread {
        depth
        relation
        repeated
        parentId
        statement {
          id
          text
          saidAt
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
}
    `) as unknown as TypedDocumentString<ExploreTestNode6Query, ExploreTestNode6QueryVariables>;
export const ExploreTestNode7Document = new TypedDocumentString(`
    query ExploreTestNode7($id: ID!) {
  node(id: $id) {
    ... on Statement {
      thread {
        depth
        relation
        statement {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestNode7Query, ExploreTestNode7QueryVariables>;
export const ExploreTestNode8Document = new TypedDocumentString(`
    query ExploreTestNode8($id: ID!) {
  node(id: $id) {
    ... on Statement {
      thread {
        depth
        relation
        repeated
        parentId
        statement {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestNode8Query, ExploreTestNode8QueryVariables>;
export const ExploreTestEvents2Document = new TypedDocumentString(`
    query ExploreTestEvents2 {
  events(filter: {topLevel: true}) {
    nodes {
      id
      name
      day: timeline(granularity: DAY) {
        start
        statementCount
        articleCount
        topSpeakers {
          count
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
      month: timeline(granularity: MONTH) {
        start
        statementCount
        articleCount
      }
      statements(includeSubEvents: true) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestEvents2Query, ExploreTestEvents2QueryVariables>;
export const ExploreTestEvents3Document = new TypedDocumentString(`
    query ExploreTestEvents3 {
  events(filter: {topLevel: true}) {
    nodes {
      speakers {
        statementCount
        countsByKind {
          kind
          count
        }
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
    `) as unknown as TypedDocumentString<ExploreTestEvents3Query, ExploreTestEvents3QueryVariables>;
export const ExploreTestPeople3Document = new TypedDocumentString(`
    query ExploreTestPeople3 {
  people(first: 100) {
    nodes {
      name
      statements {
        totalCount
      }
      statementCountsByKind {
        kind
        count
      }
    }
  }
  events(filter: {topLevel: true}) {
    nodes {
      statements(includeSubEvents: true) {
        totalCount
      }
      statementCountsByKind {
        kind
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestPeople3Query, ExploreTestPeople3QueryVariables>;
export const ExploreTestEvents4Document = new TypedDocumentString(`
    query ExploreTestEvents4 {
  events(filter: {topLevel: true}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestEvents4Query, ExploreTestEvents4QueryVariables>;
export const ExploreTestOrganizations3Document = new TypedDocumentString(`
    query ExploreTestOrganizations3 {
  organizations(filter: {name: "Russian Defense Ministry"}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestOrganizations3Query, ExploreTestOrganizations3QueryVariables>;
export const ExploreTestCompareDocument = new TypedDocumentString(`
    query ExploreTestCompare($e: ID!, $s: [ID!]!) {
  compare(eventId: $e, speakerIds: $s) {
    event {
      name
    }
    columns {
      statementCount
      countsByKind {
        kind
        count
      }
      speaker {
        ... on Person {
          name
        }
        ... on Organization {
          name
        }
      }
      statements {
        text
        saidAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestCompareQuery, ExploreTestCompareQueryVariables>;
export const ExploreTestCompare2Document = new TypedDocumentString(`
    query ExploreTestCompare2($e: ID!) {
  compare(eventId: $e, speakerIds: [$e]) {
    event {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestCompare2Query, ExploreTestCompare2QueryVariables>;
export const ExploreTestPeople4Document = new TypedDocumentString(`
    query ExploreTestPeople4($after: String) {
  people(first: 3, after: $after, orderBy: {field: STATEMENTS, direction: DESC}) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestPeople4Query, ExploreTestPeople4QueryVariables>;
export const ExploreTestEvents5Document = new TypedDocumentString(`
    query ExploreTestEvents5 {
  events(filter: {topLevel: true}) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestEvents5Query, ExploreTestEvents5QueryVariables>;
export const ExploreTestPeople5Document = new TypedDocumentString(`
    query ExploreTestPeople5($about: ID!, $said: DateRange!) {
  people(
    first: 50
    orderBy: {field: STATEMENTS, direction: DESC, counting: {about: $about, said: $said, kind: [DIRECT_QUOTE]}}
  ) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestPeople5Query, ExploreTestPeople5QueryVariables>;
export const ExploreTestPeople6Document = new TypedDocumentString(`
    query ExploreTestPeople6($about: ID!) {
  people(
    filter: {name: "Kuleba"}
    orderBy: {field: STATEMENTS, direction: DESC, counting: {about: $about}}
  ) {
    totalCount
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestPeople6Query, ExploreTestPeople6QueryVariables>;
export const ExploreTestNode9Document = new TypedDocumentString(`
    query ExploreTestNode9($id: ID!, $said: DateRange!) {
  node(id: $id) {
    ... on Event {
      speakers(said: $said, kind: [DIRECT_QUOTE]) {
        statementCount
        speaker {
          ... on Person {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestNode9Query, ExploreTestNode9QueryVariables>;
export const ExploreTestEvents6Document = new TypedDocumentString(`
    query ExploreTestEvents6 {
  events(first: 5, orderBy: {field: SPEAKERS, direction: DESC}) {
    nodes {
      id
      name
      speakers(first: 100) {
        speaker {
          __typename
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestEvents6Query, ExploreTestEvents6QueryVariables>;
export const ExploreTestOrganizations4Document = new TypedDocumentString(`
    query ExploreTestOrganizations4 {
  organizations(first: 100, orderBy: {field: MENTIONS, direction: DESC}) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreTestOrganizations4Query, ExploreTestOrganizations4QueryVariables>;
export const ExportsIdsDocument = new TypedDocumentString(`
    query ExportsIds {
  people(filter: {name: "Kuleba"}, first: 1) {
    nodes {
      id
    }
  }
  konashenkov: people(filter: {name: "Konashenkov"}, first: 1) {
    nodes {
      id
    }
  }
  events(filter: {name: "pull-back"}, first: 1) {
    nodes {
      id
    }
  }
  statements {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExportsIdsQuery, ExportsIdsQueryVariables>;
export const ExportsStatementsBySpeakerDocument = new TypedDocumentString(`
    query ExportsStatementsBySpeaker($s: ID!) {
  statements(filter: {speaker: $s}, first: 100) {
    nodes {
      id
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ExportsStatementsBySpeakerQuery, ExportsStatementsBySpeakerQueryVariables>;
export const ExtractMutationIngestDocument = new TypedDocumentString(`
    mutation ExtractMutationIngest($text: String!, $url: String, $headline: String, $publishedAt: DateTime, $publisher: String, $dryRun: Boolean) {
  ingestArticleText(
    text: $text
    url: $url
    headline: $headline
    publishedAt: $publishedAt
    publisher: $publisher
    dryRun: $dryRun
  ) {
    created
    matchedExistingEvent
    createdEntities
    reusedEntities
    statementCount
    article {
      id
      url
      headline
      events {
        nodes {
          event {
            id
            name
          }
        }
      }
      statements {
        totalCount
      }
    }
    extraction {
      url
      headline
      eventName
      statements {
        kind
        text
        speaker
        attributedFrom
        verb
        venue
        addressee
        confidence
        start
        end
      }
      entities {
        type
        name
      }
      images {
        caption
        creditLine
        photographer
        agencies
      }
      contributors {
        name
        role
      }
      dropped {
        reason
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExtractMutationIngestMutation, ExtractMutationIngestMutationVariables>;
export const ExtractMutationAuthorsDocument = new TypedDocumentString(`
    mutation ExtractMutationAuthors($text: String!, $url: String, $authors: [String!]) {
  ingestArticleText(text: $text, url: $url, authors: $authors) {
    article {
      contributors {
        nodes {
          role
          contributor {
            ... on Person {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExtractMutationAuthorsMutation, ExtractMutationAuthorsMutationVariables>;
export const ExtractWorkerIngestDocument = new TypedDocumentString(`
    mutation ExtractWorkerIngest($text: String!, $url: String, $dryRun: Boolean) {
  ingestArticleText(text: $text, url: $url, dryRun: $dryRun) {
    created
    statementCount
  }
}
    `) as unknown as TypedDocumentString<ExtractWorkerIngestMutation, ExtractWorkerIngestMutationVariables>;
export const ExamplesPersonIdDocument = new TypedDocumentString(`
    query ExamplesPersonId($n: String!) {
  people(filter: {name: $n}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExamplesPersonIdQuery, ExamplesPersonIdQueryVariables>;
export const ExamplesTopLevelEventsDocument = new TypedDocumentString(`
    query ExamplesTopLevelEvents {
  events(filter: {topLevel: true}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExamplesTopLevelEventsQuery, ExamplesTopLevelEventsQueryVariables>;
export const HtmlIngestArticleDocument = new TypedDocumentString(`
    mutation HtmlIngestArticle($input: IngestArticleHtmlInput!) {
  ingestArticleHtml(input: $input) {
    created
    statementCount
    createdEntities
    reusedEntities
    matchedExistingEvent
    page {
      canonicalUrl
      headline
      publishedAt
      modifiedAt
      authors
      publisher
      section
      language
      text
      images {
        url
        caption
        creditLine
        photographer
        agencies
      }
    }
    extraction {
      url
      headline
      body
      statements {
        text
        speaker
        start
        end
      }
    }
    article {
      url
      headline
      body
      publishedAt
      language
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
      images {
        nodes {
          url
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
        }
      }
      statements(first: 100) {
        nodes {
          text
          startOffset
          endOffset
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
}
    `) as unknown as TypedDocumentString<HtmlIngestArticleMutation, HtmlIngestArticleMutationVariables>;
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
export const JsonldIdsDocument = new TypedDocumentString(`
    query JsonldIds {
  articles(first: 1) {
    nodes {
      id
      images(first: 1) {
        nodes {
          id
        }
      }
    }
  }
  events(filter: {name: "pull-back"}, first: 1) {
    nodes {
      id
    }
  }
  people(filter: {name: "Kuleba"}, first: 1) {
    nodes {
      id
    }
  }
  organizations(first: 100) {
    nodes {
      id
      kind
    }
  }
  statements(filter: {speakerName: "Kuleba"}, first: 1) {
    nodes {
      id
    }
  }
  places(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<JsonldIdsQuery, JsonldIdsQueryVariables>;
export const NPlusOneNestedDocument = new TypedDocumentString(`
    query NPlusOneNested($n: Int!) {
  events(first: $n) {
    nodes {
      name
      statements(first: $n) {
        totalCount
        nodes {
          statement {
            text
            speaker {
              ... on Person {
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
    `) as unknown as TypedDocumentString<NPlusOneNestedQuery, NPlusOneNestedQueryVariables>;
export const NPlusOneEventSpeakersDocument = new TypedDocumentString(`
    query NPlusOneEventSpeakers($n: Int!) {
  events(first: $n) {
    nodes {
      speakers {
        statementCount
        speaker {
          ... on Person {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOneEventSpeakersQuery, NPlusOneEventSpeakersQueryVariables>;
export const NPlusOneLoadableFieldsDocument = new TypedDocumentString(`
    query NPlusOneLoadableFields($n: Int!) {
  events(first: $n) {
    nodes {
      timeline {
        statementCount
        topSpeakers {
          count
          speaker {
            ... on Person {
              name
            }
          }
        }
      }
      statementCountsByKind {
        count
      }
      connections(first: 3) {
        totalCount
        nodes {
          __typename
        }
      }
    }
  }
  statements(first: $n) {
    nodes {
      thread {
        depth
      }
      relations {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOneLoadableFieldsQuery, NPlusOneLoadableFieldsQueryVariables>;
export const NPlusOneConnectionEvidenceDocument = new TypedDocumentString(`
    query NPlusOneConnectionEvidence($n: Int!) {
  events(first: $n) {
    nodes {
      connections(first: 5, kinds: [SPOKE_ABOUT]) {
        edges {
          evidenceCount
          lastSeen
          node {
            ... on Person {
              name
            }
          }
          evidence {
            __typename
            ... on Statement {
              text
              speaker {
                ... on Person {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOneConnectionEvidenceQuery, NPlusOneConnectionEvidenceQueryVariables>;
export const NPlusOneMuchDiscussedDocument = new TypedDocumentString(`
    query NPlusOneMuchDiscussed($n: Int!) {
  events(filter: {name: "much-discussed"}) {
    nodes {
      speakers(first: $n) {
        statementCount
        speaker {
          ... on Person {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NPlusOneMuchDiscussedQuery, NPlusOneMuchDiscussedQueryVariables>;
export const SeedEventsDocument = new TypedDocumentString(`
    query SeedEvents {
  events(filter: {name: "pull-back"}) {
    nodes {
      name
      statements(first: 50) {
        totalCount
        nodes {
          statement {
            kind
            text
            venue
            speaker {
              __typename
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
  }
}
    `) as unknown as TypedDocumentString<SeedEventsQuery, SeedEventsQueryVariables>;
export const SharedPeopleByNameDocument = new TypedDocumentString(`
    query SharedPeopleByName($name: String) {
  list: people(first: 1, filter: {name: $name}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SharedPeopleByNameQuery, SharedPeopleByNameQueryVariables>;
export const SharedOrganizationsByNameDocument = new TypedDocumentString(`
    query SharedOrganizationsByName($name: String) {
  list: organizations(first: 1, filter: {name: $name}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SharedOrganizationsByNameQuery, SharedOrganizationsByNameQueryVariables>;
export const SharedPlacesByNameDocument = new TypedDocumentString(`
    query SharedPlacesByName($name: String) {
  list: places(first: 1, filter: {name: $name}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SharedPlacesByNameQuery, SharedPlacesByNameQueryVariables>;
export const SharedEventsByNameDocument = new TypedDocumentString(`
    query SharedEventsByName($name: String) {
  list: events(first: 1, filter: {name: $name}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SharedEventsByNameQuery, SharedEventsByNameQueryVariables>;
export const RelationsPageDocument = new TypedDocumentString(`
    query RelationsPage($id: ID!, $first: Int, $last: Int, $after: String, $before: String, $direction: RelationDirection, $kinds: [StatementRelationKind!]) {
  statement(id: $id) {
    relations(
      first: $first
      last: $last
      after: $after
      before: $before
      direction: $direction
      kinds: $kinds
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        kind
        createdAt
        from {
          text
        }
        to {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelationsPageQuery, RelationsPageQueryVariables>;
export const RelationsOfAPageDocument = new TypedDocumentString(`
    query RelationsOfAPage {
  statements(filter: {textContains: "small"}, orderBy: {field: CREATED_AT}) {
    nodes {
      text
      relations(first: 1) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelationsOfAPageQuery, RelationsOfAPageQueryVariables>;