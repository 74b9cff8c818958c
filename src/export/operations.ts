// The GraphQL operations the export routes run. Exports read the graph only
// through these, as any client would, so access control, cost limits, rate
// limits and deadlines apply to them unchanged. They are the server's own
// documents: in trusted-documents mode they are added to the manifest
// (src/security.ts) and sent by hash.
import { documentHash, type TrustedDocuments } from '../limits/trusted-documents.ts';

const speaker = '__typename ... on Person { id name } ... on Organization { id name }';
const entity = '__typename ... on Person { id name } ... on Organization { id name } ... on Event { id name } ... on Place { id name }';

/** One page of statements for the CSV, document order within an article. */
export const EXPORT_STATEMENTS = `query ExportStatements($filter: StatementFilter, $first: Int!, $after: String) {
  statements(filter: $filter, first: $first, after: $after, orderBy: { field: SAID_AT, direction: ASC }) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id kind text speakerRole verb venue saidAt confidence
      speaker { ${speaker} }
      article { id url headline publishedAt publisher { id name } }
      about(first: 10) { nodes { event { id name } } }
    }
  }
}`;

const agent = '__typename ... on Person { id name } ... on Organization { id name }';
const place = 'id name kind latitude longitude parent { id name }';
const statement = `id kind text saidAt verb venue speaker { ${agent} }
  article { id url headline }
  about(first: 10) { nodes { event { id name } } }`;
const image = `id url caption creditLine takenAt photographer { id name }
  agencies(first: 5) { nodes { organization { id name } } }
  place { id name }`;

export const LD_ARTICLE = `query LdArticle($id: ID!) {
  node(id: $id) {
    __typename
    ... on Article {
      id url headline body language publishedAt updatedAt
      publisher { id name }
      place { ${place} }
      contributors(first: 20) { nodes { role contributor { ${agent} } } }
      images(first: 20) { nodes { ${image} } }
      events(first: 20) { nodes { event { id name } } }
      mentions(first: 50) { nodes { entity { ${entity} } } }
      statements(first: 100) { nodes { ${statement} } }
    }
  }
}`;

export const LD_EVENT = `query LdEvent($id: ID!) {
  node(id: $id) {
    __typename
    ... on Event {
      id name description kind startAt endAt
      place { ${place} }
      parent { id name }
      children(first: 100) { nodes { id name startAt endAt } }
      participants(first: 50) { nodes { role participant { ${agent} } } }
      articles(first: 50) { nodes { article { id url headline publishedAt } } }
      statements(first: 100) { nodes { statement { ${statement} } } }
      depictedIn(first: 20) { nodes { image { ${image} } } }
    }
  }
}`;

const external = 'externalIds { source value }';

export const LD_PERSON = `query LdPerson($id: ID!) {
  node(id: $id) {
    __typename
    ... on Person {
      id name aliases description ${external}
      affiliations(first: 20) { nodes { role organization { id name } } }
    }
  }
}`;

export const LD_ORGANIZATION = `query LdOrganization($id: ID!) {
  node(id: $id) {
    __typename
    ... on Organization { id name aliases description kind ${external} parent { id name } }
  }
}`;

export const LD_STATEMENT = `query LdStatement($id: ID!) {
  node(id: $id) {
    __typename
    ... on Statement { ${statement} addressee { ${agent} } }
  }
}`;

export const LD_PLACE = `query LdPlace($id: ID!) {
  node(id: $id) {
    __typename
    ... on Place { ${place} aliases ${external} }
  }
}`;

export const LD_IMAGE = `query LdImage($id: ID!) {
  node(id: $id) {
    __typename
    ... on Image { ${image} article { id url headline } depicts(first: 20) { nodes { entity { ${entity} } } } }
  }
}`;

/** What an id names when it is none of the types above (or not an id at all): GraphQL's own answer for it. */
export const LD_NODE = `query LdNode($id: ID!) {
  node(id: $id) { __typename }
}`;

const connections = (first: string) => `connections(first: ${first}, kinds: $kinds) {
        edges { kind weight evidenceCount reason node { ${entity} } }
      }`;
const connectable = (first: string) =>
  ['Person', 'Organization', 'Event', 'Place'].map((type) => `... on ${type} { id name ${connections(first)} }`).join('\n      ');

/** The centre of a neighbourhood and its heaviest edges. */
export const GRAPH_AROUND = `query GraphAround($id: ID!, $first: Int!, $kinds: [ConnectionKind!]) {
  node(id: $id) {
    __typename
      ${connectable('$first')}
  }
}`;

/** The edges of the centre's neighbours (depth 2), fewer per node. */
export const GRAPH_NEIGHBOURS = `query GraphNeighbours($ids: [ID!]!, $first: Int!, $kinds: [ConnectionKind!]) {
  nodes(ids: $ids) {
    __typename
      ${connectable('$first')}
  }
}`;

export const exportOperations = [
  EXPORT_STATEMENTS,
  LD_ARTICLE,
  LD_EVENT,
  LD_PERSON,
  LD_ORGANIZATION,
  LD_STATEMENT,
  LD_PLACE,
  LD_IMAGE,
  LD_NODE,
  GRAPH_AROUND,
  GRAPH_NEIGHBOURS,
];

/** The export operations as trusted-document manifest entries. */
export const exportDocuments: TrustedDocuments = Object.fromEntries(exportOperations.map((query) => [documentHash(query), query]));
