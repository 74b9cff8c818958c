/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExploreSearch($query: String!) {\n    search(query: $query, types: [PERSON, ORGANIZATION, EVENT, STATEMENT], first: 12) {\n      totalCount\n      edges {\n        snippet\n        node {\n          __typename\n          ... on Person { id name description }\n          ... on Organization { id name kind }\n          ... on Event { id name startAt }\n          ... on Statement { id speaker { ... on Person { name } ... on Organization { name } } }\n        }\n      }\n    }\n  }\n": typeof types.ExploreSearchDocument,
    "\n  fragment ExploreSpeaker on Speaker {\n    __typename\n    ... on Person { id name }\n    ... on Organization { id name }\n  }\n": typeof types.ExploreSpeakerFragmentDoc,
    "\n  fragment ExploreStatement on Statement {\n    id\n    text\n    kind\n    verb\n    venue\n    confidence\n    saidAt\n    speakerRole\n    startOffset\n    endOffset\n    speaker { ...ExploreSpeaker }\n    article { id headline url publishedAt }\n  }\n": typeof types.ExploreStatementFragmentDoc,
    "\n  fragment ExploreConnections on Node {\n    ... on Person { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }\n    ... on Organization { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }\n    ... on Event { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }\n    ... on Place { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }\n  }\n": typeof types.ExploreConnectionsFragmentDoc,
    "\n  fragment ExploreEntity on Entity {\n    __typename\n    ... on Person { id name }\n    ... on Organization { id name }\n    ... on Event { id name }\n    ... on Place { id name }\n  }\n": typeof types.ExploreEntityFragmentDoc,
    "\n  query ExploreEvent($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      description\n      kind\n      startAt\n      endAt\n      parent { id name }\n      place { id name }\n      children(first: 20) { nodes { id name } }\n      timeline(granularity: DAY) { start statementCount articleCount }\n      speakers(first: 20) { statementCount speaker { ...ExploreSpeaker } }\n      statements(first: 60, includeSubEvents: true) {\n        totalCount\n        nodes { direct statement { ...ExploreStatement } }\n      }\n    }\n  }\n": typeof types.ExploreEventDocument,
    "\n  query ExploreArticleBodies($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Article { id body } }\n  }\n": typeof types.ExploreArticleBodiesDocument,
    "\n  query ExploreEntityPage($id: ID!, $first: Int = 12) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        name\n        description\n        aliases\n        affiliations(first: 50) {\n          nodes { id role validFrom validTo organization { id name } article { publishedAt } }\n        }\n        statements(first: 10) { totalCount nodes { ...ExploreStatement } }\n      }\n      ... on Organization {\n        id\n        name\n        description\n        aliases\n        kind\n        parent { id name }\n        members(first: 50) {\n          nodes { id role validFrom validTo person { id name } article { publishedAt } }\n        }\n        statements(first: 10) { totalCount nodes { ...ExploreStatement } }\n      }\n      ...ExploreConnections\n    }\n  }\n": typeof types.ExploreEntityPageDocument,
    "\n  query ExploreNeighbours($id: ID!, $first: Int = 12) {\n    node(id: $id) {\n      __typename\n      ... on Person { id name }\n      ... on Organization { id name }\n      ... on Event { id name }\n      ... on Place { id name }\n      ...ExploreConnections\n    }\n  }\n": typeof types.ExploreNeighboursDocument,
    "\n  fragment ExplorePathNode on PathNode {\n    __typename\n    ... on Person { id name }\n    ... on Organization { id name }\n    ... on Event { id name }\n    ... on Place { id name }\n    ... on Statement { id text }\n  }\n": typeof types.ExplorePathNodeFragmentDoc,
    "\n  query ExplorePath($from: ID!, $to: ID!) {\n    path(from: $from, to: $to, maxLength: 4) {\n      length\n      hops { kind evidence from { ...ExplorePathNode } to { ...ExplorePathNode } }\n    }\n  }\n": typeof types.ExplorePathDocument,
    "\n  query ExploreStatementPage($id: ID!) {\n    statement(id: $id) {\n      ...ExploreStatement\n      about(first: 10) { nodes { event { id name } } }\n      thread { depth parentId relation statement { ...ExploreStatement } }\n    }\n  }\n": typeof types.ExploreStatementPageDocument,
    "\n  query ExploreHome {\n    events(first: 12, orderBy: { field: START_AT, direction: DESC }) { totalCount nodes { id name kind startAt parent { id } } }\n    people(first: 16, orderBy: { field: NAME, direction: ASC }) { totalCount nodes { id name description } }\n    organizations(first: 12, orderBy: { field: NAME, direction: ASC }) { totalCount nodes { id name kind } }\n  }\n": typeof types.ExploreHomeDocument,
};
const documents: Documents = {
    "\n  query ExploreSearch($query: String!) {\n    search(query: $query, types: [PERSON, ORGANIZATION, EVENT, STATEMENT], first: 12) {\n      totalCount\n      edges {\n        snippet\n        node {\n          __typename\n          ... on Person { id name description }\n          ... on Organization { id name kind }\n          ... on Event { id name startAt }\n          ... on Statement { id speaker { ... on Person { name } ... on Organization { name } } }\n        }\n      }\n    }\n  }\n": types.ExploreSearchDocument,
    "\n  fragment ExploreSpeaker on Speaker {\n    __typename\n    ... on Person { id name }\n    ... on Organization { id name }\n  }\n": types.ExploreSpeakerFragmentDoc,
    "\n  fragment ExploreStatement on Statement {\n    id\n    text\n    kind\n    verb\n    venue\n    confidence\n    saidAt\n    speakerRole\n    startOffset\n    endOffset\n    speaker { ...ExploreSpeaker }\n    article { id headline url publishedAt }\n  }\n": types.ExploreStatementFragmentDoc,
    "\n  fragment ExploreConnections on Node {\n    ... on Person { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }\n    ... on Organization { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }\n    ... on Event { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }\n    ... on Place { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }\n  }\n": types.ExploreConnectionsFragmentDoc,
    "\n  fragment ExploreEntity on Entity {\n    __typename\n    ... on Person { id name }\n    ... on Organization { id name }\n    ... on Event { id name }\n    ... on Place { id name }\n  }\n": types.ExploreEntityFragmentDoc,
    "\n  query ExploreEvent($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      description\n      kind\n      startAt\n      endAt\n      parent { id name }\n      place { id name }\n      children(first: 20) { nodes { id name } }\n      timeline(granularity: DAY) { start statementCount articleCount }\n      speakers(first: 20) { statementCount speaker { ...ExploreSpeaker } }\n      statements(first: 60, includeSubEvents: true) {\n        totalCount\n        nodes { direct statement { ...ExploreStatement } }\n      }\n    }\n  }\n": types.ExploreEventDocument,
    "\n  query ExploreArticleBodies($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Article { id body } }\n  }\n": types.ExploreArticleBodiesDocument,
    "\n  query ExploreEntityPage($id: ID!, $first: Int = 12) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        name\n        description\n        aliases\n        affiliations(first: 50) {\n          nodes { id role validFrom validTo organization { id name } article { publishedAt } }\n        }\n        statements(first: 10) { totalCount nodes { ...ExploreStatement } }\n      }\n      ... on Organization {\n        id\n        name\n        description\n        aliases\n        kind\n        parent { id name }\n        members(first: 50) {\n          nodes { id role validFrom validTo person { id name } article { publishedAt } }\n        }\n        statements(first: 10) { totalCount nodes { ...ExploreStatement } }\n      }\n      ...ExploreConnections\n    }\n  }\n": types.ExploreEntityPageDocument,
    "\n  query ExploreNeighbours($id: ID!, $first: Int = 12) {\n    node(id: $id) {\n      __typename\n      ... on Person { id name }\n      ... on Organization { id name }\n      ... on Event { id name }\n      ... on Place { id name }\n      ...ExploreConnections\n    }\n  }\n": types.ExploreNeighboursDocument,
    "\n  fragment ExplorePathNode on PathNode {\n    __typename\n    ... on Person { id name }\n    ... on Organization { id name }\n    ... on Event { id name }\n    ... on Place { id name }\n    ... on Statement { id text }\n  }\n": types.ExplorePathNodeFragmentDoc,
    "\n  query ExplorePath($from: ID!, $to: ID!) {\n    path(from: $from, to: $to, maxLength: 4) {\n      length\n      hops { kind evidence from { ...ExplorePathNode } to { ...ExplorePathNode } }\n    }\n  }\n": types.ExplorePathDocument,
    "\n  query ExploreStatementPage($id: ID!) {\n    statement(id: $id) {\n      ...ExploreStatement\n      about(first: 10) { nodes { event { id name } } }\n      thread { depth parentId relation statement { ...ExploreStatement } }\n    }\n  }\n": types.ExploreStatementPageDocument,
    "\n  query ExploreHome {\n    events(first: 12, orderBy: { field: START_AT, direction: DESC }) { totalCount nodes { id name kind startAt parent { id } } }\n    people(first: 16, orderBy: { field: NAME, direction: ASC }) { totalCount nodes { id name description } }\n    organizations(first: 12, orderBy: { field: NAME, direction: ASC }) { totalCount nodes { id name kind } }\n  }\n": types.ExploreHomeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreSearch($query: String!) {\n    search(query: $query, types: [PERSON, ORGANIZATION, EVENT, STATEMENT], first: 12) {\n      totalCount\n      edges {\n        snippet\n        node {\n          __typename\n          ... on Person { id name description }\n          ... on Organization { id name kind }\n          ... on Event { id name startAt }\n          ... on Statement { id speaker { ... on Person { name } ... on Organization { name } } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExploreSpeaker on Speaker {\n    __typename\n    ... on Person { id name }\n    ... on Organization { id name }\n  }\n"): typeof import('./graphql').ExploreSpeakerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExploreStatement on Statement {\n    id\n    text\n    kind\n    verb\n    venue\n    confidence\n    saidAt\n    speakerRole\n    startOffset\n    endOffset\n    speaker { ...ExploreSpeaker }\n    article { id headline url publishedAt }\n  }\n"): typeof import('./graphql').ExploreStatementFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExploreConnections on Node {\n    ... on Person { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }\n    ... on Organization { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }\n    ... on Event { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }\n    ... on Place { connections(first: $first) { totalCount edges { kind reason weight node { ...ExploreEntity } } } }\n  }\n"): typeof import('./graphql').ExploreConnectionsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExploreEntity on Entity {\n    __typename\n    ... on Person { id name }\n    ... on Organization { id name }\n    ... on Event { id name }\n    ... on Place { id name }\n  }\n"): typeof import('./graphql').ExploreEntityFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreEvent($id: ID!) {\n    event(id: $id) {\n      id\n      name\n      description\n      kind\n      startAt\n      endAt\n      parent { id name }\n      place { id name }\n      children(first: 20) { nodes { id name } }\n      timeline(granularity: DAY) { start statementCount articleCount }\n      speakers(first: 20) { statementCount speaker { ...ExploreSpeaker } }\n      statements(first: 60, includeSubEvents: true) {\n        totalCount\n        nodes { direct statement { ...ExploreStatement } }\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreArticleBodies($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Article { id body } }\n  }\n"): typeof import('./graphql').ExploreArticleBodiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreEntityPage($id: ID!, $first: Int = 12) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        id\n        name\n        description\n        aliases\n        affiliations(first: 50) {\n          nodes { id role validFrom validTo organization { id name } article { publishedAt } }\n        }\n        statements(first: 10) { totalCount nodes { ...ExploreStatement } }\n      }\n      ... on Organization {\n        id\n        name\n        description\n        aliases\n        kind\n        parent { id name }\n        members(first: 50) {\n          nodes { id role validFrom validTo person { id name } article { publishedAt } }\n        }\n        statements(first: 10) { totalCount nodes { ...ExploreStatement } }\n      }\n      ...ExploreConnections\n    }\n  }\n"): typeof import('./graphql').ExploreEntityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreNeighbours($id: ID!, $first: Int = 12) {\n    node(id: $id) {\n      __typename\n      ... on Person { id name }\n      ... on Organization { id name }\n      ... on Event { id name }\n      ... on Place { id name }\n      ...ExploreConnections\n    }\n  }\n"): typeof import('./graphql').ExploreNeighboursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorePathNode on PathNode {\n    __typename\n    ... on Person { id name }\n    ... on Organization { id name }\n    ... on Event { id name }\n    ... on Place { id name }\n    ... on Statement { id text }\n  }\n"): typeof import('./graphql').ExplorePathNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorePath($from: ID!, $to: ID!) {\n    path(from: $from, to: $to, maxLength: 4) {\n      length\n      hops { kind evidence from { ...ExplorePathNode } to { ...ExplorePathNode } }\n    }\n  }\n"): typeof import('./graphql').ExplorePathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreStatementPage($id: ID!) {\n    statement(id: $id) {\n      ...ExploreStatement\n      about(first: 10) { nodes { event { id name } } }\n      thread { depth parentId relation statement { ...ExploreStatement } }\n    }\n  }\n"): typeof import('./graphql').ExploreStatementPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreHome {\n    events(first: 12, orderBy: { field: START_AT, direction: DESC }) { totalCount nodes { id name kind startAt parent { id } } }\n    people(first: 16, orderBy: { field: NAME, direction: ASC }) { totalCount nodes { id name description } }\n    organizations(first: 12, orderBy: { field: NAME, direction: ASC }) { totalCount nodes { id name kind } }\n  }\n"): typeof import('./graphql').ExploreHomeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
