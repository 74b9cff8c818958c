// Every operation the explorer sends, in one place: graphql-codegen reads them
// from here (codegen.ts) into typed documents and into the trusted-documents
// manifest the server accepts when NEWSGRAPH_TRUSTED_DOCUMENTS is set.
import { graphql } from './gql/index.ts';

export const searchQuery = graphql(`
  query ExploreSearch($query: String!) {
    search(query: $query, types: [PERSON, ORGANIZATION, EVENT, STATEMENT], first: 12) {
      totalCount
      edges {
        snippet
        node {
          __typename
          ... on Person { id name description }
          ... on Organization { id name kind }
          ... on Event { id name startAt }
          ... on Statement { id speaker { ... on Person { name } ... on Organization { name } } }
        }
      }
    }
  }
`);

graphql(`
  fragment ExploreSpeaker on Speaker {
    __typename
    ... on Person { id name }
    ... on Organization { id name }
  }
`);

graphql(`
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
    speaker { ...ExploreSpeaker }
    article { id headline url publishedAt }
  }
`);

// Each entity type's connections are a type of their own, so the same selection is spelled out four times.
graphql(`
  fragment ExploreConnections on Node {
    ... on Person { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }
    ... on Organization { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }
    ... on Event { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }
    ... on Place { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }
  }
`);

graphql(`
  fragment ExploreEntity on Entity {
    __typename
    ... on Person { id name }
    ... on Organization { id name }
    ... on Event { id name }
    ... on Place { id name }
  }
`);

export const eventQuery = graphql(`
  query ExploreEvent($id: ID!) {
    event(id: $id) {
      id
      name
      description
      kind
      startAt
      endAt
      parent { id name }
      place { id name }
      children(first: 20) { nodes { id name } }
      timeline(granularity: DAY) { start statementCount articleCount }
      speakers(first: 20) { statementCount speaker { ...ExploreSpeaker } }
      statements(first: 60, includeSubEvents: true) {
        totalCount
        nodes { direct statement { ...ExploreStatement } }
      }
    }
  }
`);

export const articleBodiesQuery = graphql(`
  query ExploreArticleBodies($ids: [ID!]!) {
    nodes(ids: $ids) { ... on Article { id body } }
  }
`);

export const entityQuery = graphql(`
  query ExploreEntityPage($id: ID!, $first: Int = 12) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        name
        description
        aliases
        affiliations(first: 50) {
          nodes { id role validFrom validTo organization { id name } article { publishedAt } }
        }
        statements(first: 10) { totalCount nodes { ...ExploreStatement } }
      }
      ... on Organization {
        id
        name
        description
        aliases
        kind
        parent { id name }
        members(first: 50) {
          nodes { id role validFrom validTo person { id name } article { publishedAt } }
        }
        statements(first: 10) { totalCount nodes { ...ExploreStatement } }
      }
      ...ExploreConnections
    }
  }
`);

export const neighboursQuery = graphql(`
  query ExploreNeighbours($id: ID!, $first: Int = 12) {
    node(id: $id) {
      __typename
      ... on Person { id name }
      ... on Organization { id name }
      ... on Event { id name }
      ... on Place { id name }
      ...ExploreConnections
    }
  }
`);

graphql(`
  fragment ExplorePathNode on PathNode {
    __typename
    ... on Person { id name }
    ... on Organization { id name }
    ... on Event { id name }
    ... on Place { id name }
    ... on Statement { id text }
  }
`);

export const pathQuery = graphql(`
  query ExplorePath($from: ID!, $to: ID!) {
    path(from: $from, to: $to, maxLength: 4) {
      length
      hops { kind evidence from { ...ExplorePathNode } to { ...ExplorePathNode } }
    }
  }
`);

export const statementQuery = graphql(`
  query ExploreStatementPage($id: ID!) {
    statement(id: $id) {
      ...ExploreStatement
      about(first: 10) { nodes { event { id name } } }
      thread { depth parentId relation statement { ...ExploreStatement } }
    }
  }
`);

export const homeQuery = graphql(`
  query ExploreHome {
    events(first: 12, orderBy: { field: START_AT, direction: DESC }) { totalCount nodes { id name kind startAt parent { id } } }
    people(first: 16, orderBy: { field: NAME, direction: ASC }) { totalCount nodes { id name description } }
    organizations(first: 12, orderBy: { field: NAME, direction: ASC }) { totalCount nodes { id name kind } }
  }
`);
