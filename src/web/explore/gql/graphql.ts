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

/** How a statement reports what was said. */
export type StatementKind =
  | 'DENIAL'
  | 'DIRECT_QUOTE'
  | 'INDIRECT'
  | 'PARAPHRASE';

export type ExploreSearchQueryVariables = Exact<{
  query: string;
}>;


export type ExploreSearchQuery = { search: { totalCount: number, edges: Array<{ snippet: string, node:
        | { __typename: 'Article' }
        | { __typename: 'Event', id: string, name: string, startAt: string | null }
        | { __typename: 'Image' }
        | { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }
        | { __typename: 'Person', id: string, name: string, description: string | null }
        | { __typename: 'Place' }
        | { __typename: 'Statement', id: string, speaker:
            | { name: string }
            | { name: string }
           | null }
       }> } };

type ExploreSpeaker_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type ExploreSpeaker_Person_Fragment = { __typename: 'Person', id: string, name: string };

export type ExploreSpeakerFragment =
  | ExploreSpeaker_Organization_Fragment
  | ExploreSpeaker_Person_Fragment
;

export type ExploreStatementFragment = { id: string, text: string, kind: StatementKind, verb: string | null, venue: string | null, confidence: number, saidAt: string | null, speakerRole: string | null, startOffset: number | null, endOffset: number | null, speaker:
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
   | null, article: { id: string, headline: string, url: string, publishedAt: string | null } | null };

type ExploreConnections_Event_Fragment = { connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, reason: string, weight: number, node:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
       }> } };

type ExploreConnections_Organization_Fragment = { connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, reason: string, weight: number, node:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
       }> } };

type ExploreConnections_Person_Fragment = { connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, reason: string, weight: number, node:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
       }> } };

type ExploreConnections_Place_Fragment = { connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, reason: string, weight: number, node:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
       }> } };

export type ExploreConnectionsFragment =
  | ExploreConnections_Event_Fragment
  | ExploreConnections_Organization_Fragment
  | ExploreConnections_Person_Fragment
  | ExploreConnections_Place_Fragment
;

type ExploreEntity_Event_Fragment = { __typename: 'Event', id: string, name: string };

type ExploreEntity_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type ExploreEntity_Person_Fragment = { __typename: 'Person', id: string, name: string };

type ExploreEntity_Place_Fragment = { __typename: 'Place', id: string, name: string };

export type ExploreEntityFragment =
  | ExploreEntity_Event_Fragment
  | ExploreEntity_Organization_Fragment
  | ExploreEntity_Person_Fragment
  | ExploreEntity_Place_Fragment
;

export type ExploreEventQueryVariables = Exact<{
  id: string | number;
}>;


export type ExploreEventQuery = { event: { id: string, name: string, description: string | null, kind: EventKind, startAt: string | null, endAt: string | null, parent: { id: string, name: string } | null, place: { id: string, name: string } | null, children: { nodes: Array<{ id: string, name: string }> }, timeline: Array<{ start: string, statementCount: number, articleCount: number }>, speakers: Array<{ statementCount: number, speaker:
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
       }>, statements: { totalCount: number, nodes: Array<{ direct: boolean, statement: { id: string, text: string, kind: StatementKind, verb: string | null, venue: string | null, confidence: number, saidAt: string | null, speakerRole: string | null, startOffset: number | null, endOffset: number | null, speaker:
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
           | null, article: { id: string, headline: string, url: string, publishedAt: string | null } | null } }> } } | null };

export type ExploreArticleBodiesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExploreArticleBodiesQuery = { nodes: Array<
    | { id: string, body: string }
    | Record<PropertyKey, never>
   | null> };

export type ExploreEntityPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ExploreEntityPageQuery = { node:
    | { __typename: 'Affiliation' }
    | { __typename: 'Article' }
    | { __typename: 'Event', connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, reason: string, weight: number, node:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           }> } }
    | { __typename: 'Image' }
    | { __typename: 'Organization', id: string, name: string, description: string | null, aliases: Array<string>, kind: OrganizationKind, parent: { id: string, name: string } | null, members: { nodes: Array<{ id: string, role: string, validFrom: string | null, validTo: string | null, person: { id: string, name: string }, article: { publishedAt: string | null } | null }> }, statements: { totalCount: number, nodes: Array<{ id: string, text: string, kind: StatementKind, verb: string | null, venue: string | null, confidence: number, saidAt: string | null, speakerRole: string | null, startOffset: number | null, endOffset: number | null, speaker:
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
           | null, article: { id: string, headline: string, url: string, publishedAt: string | null } | null }> }, connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, reason: string, weight: number, node:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           }> } }
    | { __typename: 'Person', id: string, name: string, description: string | null, aliases: Array<string>, affiliations: { nodes: Array<{ id: string, role: string, validFrom: string | null, validTo: string | null, organization: { id: string, name: string } | null, article: { publishedAt: string | null } | null }> }, statements: { totalCount: number, nodes: Array<{ id: string, text: string, kind: StatementKind, verb: string | null, venue: string | null, confidence: number, saidAt: string | null, speakerRole: string | null, startOffset: number | null, endOffset: number | null, speaker:
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
           | null, article: { id: string, headline: string, url: string, publishedAt: string | null } | null }> }, connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, reason: string, weight: number, node:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           }> } }
    | { __typename: 'Place', connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, reason: string, weight: number, node:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           }> } }
    | { __typename: 'Statement' }
    | { __typename: 'StatementRelation' }
   | null };

export type ExploreNeighboursQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type ExploreNeighboursQuery = { node:
    | { __typename: 'Affiliation' }
    | { __typename: 'Article' }
    | { __typename: 'Event', id: string, name: string, connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, reason: string, weight: number, node:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           }> } }
    | { __typename: 'Image' }
    | { __typename: 'Organization', id: string, name: string, connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, reason: string, weight: number, node:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           }> } }
    | { __typename: 'Person', id: string, name: string, connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, reason: string, weight: number, node:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           }> } }
    | { __typename: 'Place', id: string, name: string, connections: { totalCount: number, edges: Array<{ kind: ConnectionKind, reason: string, weight: number, node:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           }> } }
    | { __typename: 'Statement' }
    | { __typename: 'StatementRelation' }
   | null };

type ExplorePathNode_Event_Fragment = { __typename: 'Event', id: string, name: string };

type ExplorePathNode_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type ExplorePathNode_Person_Fragment = { __typename: 'Person', id: string, name: string };

type ExplorePathNode_Place_Fragment = { __typename: 'Place', id: string, name: string };

type ExplorePathNode_Statement_Fragment = { __typename: 'Statement', id: string, text: string };

export type ExplorePathNodeFragment =
  | ExplorePathNode_Event_Fragment
  | ExplorePathNode_Organization_Fragment
  | ExplorePathNode_Person_Fragment
  | ExplorePathNode_Place_Fragment
  | ExplorePathNode_Statement_Fragment
;

export type ExplorePathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ExplorePathQuery = { path: Array<{ length: number, hops: Array<{ kind: string, evidence: string, from:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Statement', id: string, text: string }
      , to:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Statement', id: string, text: string }
       }> }> };

export type ExploreStatementPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ExploreStatementPageQuery = { statement: { id: string, text: string, kind: StatementKind, verb: string | null, venue: string | null, confidence: number, saidAt: string | null, speakerRole: string | null, startOffset: number | null, endOffset: number | null, about: { nodes: Array<{ event: { id: string, name: string } }> }, thread: Array<{ depth: number, parentId: string | null, relation: string | null, statement: { id: string, text: string, kind: StatementKind, verb: string | null, venue: string | null, confidence: number, saidAt: string | null, speakerRole: string | null, startOffset: number | null, endOffset: number | null, speaker:
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
         | null, article: { id: string, headline: string, url: string, publishedAt: string | null } | null } }>, speaker:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
     | null, article: { id: string, headline: string, url: string, publishedAt: string | null } | null } | null };

export type ExploreHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreHomeQuery = { events: { totalCount: number, nodes: Array<{ id: string, name: string, kind: EventKind, startAt: string | null, parent: { id: string } | null }> }, people: { totalCount: number, nodes: Array<{ id: string, name: string, description: string | null }> }, organizations: { totalCount: number, nodes: Array<{ id: string, name: string, kind: OrganizationKind }> } };

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
export const ExploreSpeakerFragmentDoc = new TypedDocumentString(`
    fragment ExploreSpeaker on Speaker {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
}
    `, {"fragmentName":"ExploreSpeaker"}) as unknown as TypedDocumentString<ExploreSpeakerFragment, unknown>;
export const ExploreStatementFragmentDoc = new TypedDocumentString(`
    fragment ExploreStatement on Statement {
  id
  text
  kind
  verb
  venue
  confidence
  saidAt
  speakerRole
  startOffset
  endOffset
  speaker {
    ...ExploreSpeaker
  }
  article {
    id
    headline
    url
    publishedAt
  }
}
    fragment ExploreSpeaker on Speaker {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
}`, {"fragmentName":"ExploreStatement"}) as unknown as TypedDocumentString<ExploreStatementFragment, unknown>;
export const ExploreEntityFragmentDoc = new TypedDocumentString(`
    fragment ExploreEntity on Entity {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Event {
    id
    name
  }
  ... on Place {
    id
    name
  }
}
    `, {"fragmentName":"ExploreEntity"}) as unknown as TypedDocumentString<ExploreEntityFragment, unknown>;
export const ExploreConnectionsFragmentDoc = new TypedDocumentString(`
    fragment ExploreConnections on Node {
  ... on Person {
    connections(first: $first) {
      totalCount
      edges {
        kind
        reason
        weight
        node {
          ...ExploreEntity
        }
      }
    }
  }
  ... on Organization {
    connections(first: $first) {
      totalCount
      edges {
        kind
        reason
        weight
        node {
          ...ExploreEntity
        }
      }
    }
  }
  ... on Event {
    connections(first: $first) {
      totalCount
      edges {
        kind
        reason
        weight
        node {
          ...ExploreEntity
        }
      }
    }
  }
  ... on Place {
    connections(first: $first) {
      totalCount
      edges {
        kind
        reason
        weight
        node {
          ...ExploreEntity
        }
      }
    }
  }
}
    fragment ExploreEntity on Entity {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Event {
    id
    name
  }
  ... on Place {
    id
    name
  }
}`, {"fragmentName":"ExploreConnections"}) as unknown as TypedDocumentString<ExploreConnectionsFragment, unknown>;
export const ExplorePathNodeFragmentDoc = new TypedDocumentString(`
    fragment ExplorePathNode on PathNode {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Event {
    id
    name
  }
  ... on Place {
    id
    name
  }
  ... on Statement {
    id
    text
  }
}
    `, {"fragmentName":"ExplorePathNode"}) as unknown as TypedDocumentString<ExplorePathNodeFragment, unknown>;
export const ExploreSearchDocument = new TypedDocumentString(`
    query ExploreSearch($query: String!) {
  search(
    query: $query
    types: [PERSON, ORGANIZATION, EVENT, STATEMENT]
    first: 12
  ) {
    totalCount
    edges {
      snippet
      node {
        __typename
        ... on Person {
          id
          name
          description
        }
        ... on Organization {
          id
          name
          kind
        }
        ... on Event {
          id
          name
          startAt
        }
        ... on Statement {
          id
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
    `, {"hash":"acaa7e3d26a0eeb8065a29ecd57f7f2eb7d2a79f4fa810b3655bfd108eeef4c8"}) as unknown as TypedDocumentString<ExploreSearchQuery, ExploreSearchQueryVariables>;
export const ExploreEventDocument = new TypedDocumentString(`
    query ExploreEvent($id: ID!) {
  event(id: $id) {
    id
    name
    description
    kind
    startAt
    endAt
    parent {
      id
      name
    }
    place {
      id
      name
    }
    children(first: 20) {
      nodes {
        id
        name
      }
    }
    timeline(granularity: DAY) {
      start
      statementCount
      articleCount
    }
    speakers(first: 20) {
      statementCount
      speaker {
        ...ExploreSpeaker
      }
    }
    statements(first: 60, includeSubEvents: true) {
      totalCount
      nodes {
        direct
        statement {
          ...ExploreStatement
        }
      }
    }
  }
}
    fragment ExploreSpeaker on Speaker {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
}
fragment ExploreStatement on Statement {
  id
  text
  kind
  verb
  venue
  confidence
  saidAt
  speakerRole
  startOffset
  endOffset
  speaker {
    ...ExploreSpeaker
  }
  article {
    id
    headline
    url
    publishedAt
  }
}`, {"hash":"9222c9f0405350ecb819de9ac9ce9644116e20208c73a3089c3706a748045a50"}) as unknown as TypedDocumentString<ExploreEventQuery, ExploreEventQueryVariables>;
export const ExploreArticleBodiesDocument = new TypedDocumentString(`
    query ExploreArticleBodies($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Article {
      id
      body
    }
  }
}
    `, {"hash":"53014f142d09d44e69c702e8080f7efe3a2a81eb092623addd128b80628f681b"}) as unknown as TypedDocumentString<ExploreArticleBodiesQuery, ExploreArticleBodiesQueryVariables>;
export const ExploreEntityPageDocument = new TypedDocumentString(`
    query ExploreEntityPage($id: ID!, $first: Int = 12) {
  node(id: $id) {
    __typename
    ... on Person {
      id
      name
      description
      aliases
      affiliations(first: 50) {
        nodes {
          id
          role
          validFrom
          validTo
          organization {
            id
            name
          }
          article {
            publishedAt
          }
        }
      }
      statements(first: 10) {
        totalCount
        nodes {
          ...ExploreStatement
        }
      }
    }
    ... on Organization {
      id
      name
      description
      aliases
      kind
      parent {
        id
        name
      }
      members(first: 50) {
        nodes {
          id
          role
          validFrom
          validTo
          person {
            id
            name
          }
          article {
            publishedAt
          }
        }
      }
      statements(first: 10) {
        totalCount
        nodes {
          ...ExploreStatement
        }
      }
    }
    ...ExploreConnections
  }
}
    fragment ExploreSpeaker on Speaker {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
}
fragment ExploreStatement on Statement {
  id
  text
  kind
  verb
  venue
  confidence
  saidAt
  speakerRole
  startOffset
  endOffset
  speaker {
    ...ExploreSpeaker
  }
  article {
    id
    headline
    url
    publishedAt
  }
}
fragment ExploreConnections on Node {
  ... on Person {
    connections(first: $first) {
      totalCount
      edges {
        kind
        reason
        weight
        node {
          ...ExploreEntity
        }
      }
    }
  }
  ... on Organization {
    connections(first: $first) {
      totalCount
      edges {
        kind
        reason
        weight
        node {
          ...ExploreEntity
        }
      }
    }
  }
  ... on Event {
    connections(first: $first) {
      totalCount
      edges {
        kind
        reason
        weight
        node {
          ...ExploreEntity
        }
      }
    }
  }
  ... on Place {
    connections(first: $first) {
      totalCount
      edges {
        kind
        reason
        weight
        node {
          ...ExploreEntity
        }
      }
    }
  }
}
fragment ExploreEntity on Entity {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Event {
    id
    name
  }
  ... on Place {
    id
    name
  }
}`, {"hash":"f118187d791d91cfc64ab35e5be07f6aa41a360a9485a7c35cbc8e0b55bf4664"}) as unknown as TypedDocumentString<ExploreEntityPageQuery, ExploreEntityPageQueryVariables>;
export const ExploreNeighboursDocument = new TypedDocumentString(`
    query ExploreNeighbours($id: ID!, $first: Int = 12) {
  node(id: $id) {
    __typename
    ... on Person {
      id
      name
    }
    ... on Organization {
      id
      name
    }
    ... on Event {
      id
      name
    }
    ... on Place {
      id
      name
    }
    ...ExploreConnections
  }
}
    fragment ExploreConnections on Node {
  ... on Person {
    connections(first: $first) {
      totalCount
      edges {
        kind
        reason
        weight
        node {
          ...ExploreEntity
        }
      }
    }
  }
  ... on Organization {
    connections(first: $first) {
      totalCount
      edges {
        kind
        reason
        weight
        node {
          ...ExploreEntity
        }
      }
    }
  }
  ... on Event {
    connections(first: $first) {
      totalCount
      edges {
        kind
        reason
        weight
        node {
          ...ExploreEntity
        }
      }
    }
  }
  ... on Place {
    connections(first: $first) {
      totalCount
      edges {
        kind
        reason
        weight
        node {
          ...ExploreEntity
        }
      }
    }
  }
}
fragment ExploreEntity on Entity {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Event {
    id
    name
  }
  ... on Place {
    id
    name
  }
}`, {"hash":"1d5e6f40dd3b87726f893976354372ba1107f2fb369ea99ea5674c15fd193f3d"}) as unknown as TypedDocumentString<ExploreNeighboursQuery, ExploreNeighboursQueryVariables>;
export const ExplorePathDocument = new TypedDocumentString(`
    query ExplorePath($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxLength: 4) {
    length
    hops {
      kind
      evidence
      from {
        ...ExplorePathNode
      }
      to {
        ...ExplorePathNode
      }
    }
  }
}
    fragment ExplorePathNode on PathNode {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
  ... on Event {
    id
    name
  }
  ... on Place {
    id
    name
  }
  ... on Statement {
    id
    text
  }
}`, {"hash":"275ef66b02f84fcb66515b9e202e915180ae014d1edcbc2e09377eb9983e0288"}) as unknown as TypedDocumentString<ExplorePathQuery, ExplorePathQueryVariables>;
export const ExploreStatementPageDocument = new TypedDocumentString(`
    query ExploreStatementPage($id: ID!) {
  statement(id: $id) {
    ...ExploreStatement
    about(first: 10) {
      nodes {
        event {
          id
          name
        }
      }
    }
    thread {
      depth
      parentId
      relation
      statement {
        ...ExploreStatement
      }
    }
  }
}
    fragment ExploreSpeaker on Speaker {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
  }
}
fragment ExploreStatement on Statement {
  id
  text
  kind
  verb
  venue
  confidence
  saidAt
  speakerRole
  startOffset
  endOffset
  speaker {
    ...ExploreSpeaker
  }
  article {
    id
    headline
    url
    publishedAt
  }
}`, {"hash":"1beb0a7c8ea4bd3a86a383f1f4adfcfae490d8a0e6ecb82e4d5620160b4bf4f2"}) as unknown as TypedDocumentString<ExploreStatementPageQuery, ExploreStatementPageQueryVariables>;
export const ExploreHomeDocument = new TypedDocumentString(`
    query ExploreHome {
  events(first: 12, orderBy: {field: START_AT, direction: DESC}) {
    totalCount
    nodes {
      id
      name
      kind
      startAt
      parent {
        id
      }
    }
  }
  people(first: 16, orderBy: {field: NAME, direction: ASC}) {
    totalCount
    nodes {
      id
      name
      description
    }
  }
  organizations(first: 12, orderBy: {field: NAME, direction: ASC}) {
    totalCount
    nodes {
      id
      name
      kind
    }
  }
}
    `, {"hash":"0548a48d52a6ee2829800bb4e650540cc6a00abe652420a8aac6f3d012d8804f"}) as unknown as TypedDocumentString<ExploreHomeQuery, ExploreHomeQueryVariables>;