/* eslint-disable */
import * as types from './graphql.ts';



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
    "query ApiStatementsBy($filter: StatementFilter) { statements(filter: $filter, first: 100) { totalCount nodes { text kind verb venue speaker { ... on Person { name } ... on Organization { name } } } } }": typeof types.ApiStatementsByDocument,
    "query ApiPeopleWithRoles { people(first: 100) { totalCount nodes { name affiliations { nodes { role organization { name } } } } } }": typeof types.ApiPeopleWithRolesDocument,
    "query ApiKulebaResponses {\n      statements(filter: { speakerName: \"Kuleba\" }) {\n        nodes { text relations(direction: OUTGOING, kinds: [RESPONDS_TO]) { totalCount nodes { kind to { text speaker { ... on Organization { name } } } } } }\n      }\n    }": typeof types.ApiKulebaResponsesDocument,
    "query ApiCrisisSpeakers { events(filter: { topLevel: true }) { nodes { name children { totalCount } speakers { statementCount speaker { ... on Person { name } ... on Organization { name } } } } } }": typeof types.ApiCrisisSpeakersDocument,
    "query ApiImages { images { nodes { caption creditLine photographer { name } agencies { nodes { organization { name } } } depicts { nodes { entity { __typename ... on Person { name } } } } } } }": typeof types.ApiImagesDocument,
    "query ApiArticles { articles { totalCount nodes { id headline publisher { name } contributors { nodes { role contributor { ... on Person { name } ... on Organization { name } } } } mentions(first: 100) { totalCount nodes { count offsets entity { ... on Person { name } } } } body } } }": typeof types.ApiArticlesDocument,
    "query ApiLiteralFilters($backslash: String!) { events(filter: { name: \"_\" }) { totalCount } people(filter: { name: \"%\" }) { totalCount } articles(filter: { headline: $backslash }) { totalCount } }": typeof types.ApiLiteralFiltersDocument,
    "query ApiTopLevelEvents { events(filter: { topLevel: true }) { nodes { id } } }": typeof types.ApiTopLevelEventsDocument,
    "query ApiKuleba { people(filter: { name: \"kuleba\" }) { nodes { id } } }": typeof types.ApiKulebaDocument,
    "query ApiFirstStatement { statements(first: 1) { nodes { id } } }": typeof types.ApiFirstStatementDocument,
    "query ApiStatementsBySpeaker($f: StatementFilter) { statements(filter: $f) { totalCount } }": typeof types.ApiStatementsBySpeakerDocument,
    "query ApiMeetingsOnMonday { events(filter: { kind: [MEETING], during: { from: \"2022-02-14T00:00:00Z\", to: \"2022-02-14T23:59:59Z\" } }) { nodes { name place { name } } } }": typeof types.ApiMeetingsOnMondayDocument,
    "mutation ApiCreatePlace($i: CreatePlaceInput!) { createPlace(input: $i) { place { id } } }": typeof types.ApiCreatePlaceDocument,
    "mutation ApiCreateEvent($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }": typeof types.ApiCreateEventDocument,
    "query ApiEventsAtPlace($p: ID!) { events(filter: { place: $p }, orderBy: { field: NAME }) { totalCount nodes { name } } }": typeof types.ApiEventsAtPlaceDocument,
    "query ApiTwoPeople { people(first: 2) { nodes { id name } } }": typeof types.ApiTwoPeopleDocument,
    "query ApiNodeAndNodes($id: ID!, $ids: [ID!]!) { node(id: $id) { ... on Person { name } } nodes(ids: $ids) { id } }": typeof types.ApiNodeAndNodesDocument,
    "query ApiFirstPage { people(first: 3) { totalCount pageInfo { endCursor hasNextPage } nodes { name } } }": typeof types.ApiFirstPageDocument,
    "query ApiNextPage($after: String) { people(first: 3, after: $after) { pageInfo { startCursor hasPreviousPage } nodes { name } } }": typeof types.ApiNextPageDocument,
    "query ApiPreviousPage($before: String) { people(last: 3, before: $before) { nodes { name } } }": typeof types.ApiPreviousPageDocument,
    "query ApiAllPeople { people(first: 100) { nodes { name } } }": typeof types.ApiAllPeopleDocument,
    "query ApiPageTooLarge { statements(first: 101) { totalCount } }": typeof types.ApiPageTooLargeDocument,
    "query ApiNestedPageTooLarge { people(first: 1) { nodes { statements(first: 500) { totalCount } } } }": typeof types.ApiNestedPageTooLargeDocument,
    "mutation IngestTestArticle($input: IngestArticleInput!) {\n  ingestArticle(input: $input) { created createdEntities reusedEntities statementCount article { id url statements { totalCount } } }\n}": typeof types.IngestTestArticleDocument,
    "query IngestTestCounts { people { totalCount } organizations { totalCount } statements { totalCount } articles { totalCount } }": typeof types.IngestTestCountsDocument,
    "query IngestTestLavrov { people(filter: { name: \"lavrov\" }) { nodes { id } } }": typeof types.IngestTestLavrovDocument,
    "query IngestTestLavrovAliases {\n        people(filter: { name: \"lavrov\" }) { totalCount nodes { name aliases statements { totalCount } } }\n      }": typeof types.IngestTestLavrovAliasesDocument,
    "query IngestTestEvents { events(filter: { name: \"100\" }) { nodes { name } } }": typeof types.IngestTestEventsDocument,
    "query IngestTestPetrenko($article: ID!) {\n        statements(filter: { article: $article }) { nodes { speaker { ... on Node { id } } } }\n        people(filter: { name: \"Petrenko\" }) { totalCount }\n      }": typeof types.IngestTestPetrenkoDocument,
    "mutation IngestTestDeletePerson($id: ID!) { deletePerson(input: { id: $id }) { deletedId } }": typeof types.IngestTestDeletePersonDocument,
    "query IngestTestStoredArticle($id: ID!) { article(id: $id) { body statements { nodes { id } } } }": typeof types.IngestTestStoredArticleDocument,
    "mutation IngestTestUpdateArticle($i: UpdateArticleInput!) { updateArticle(input: $i) { article { body } } }": typeof types.IngestTestUpdateArticleDocument,
    "query IngestTestArticleBody($id: ID!) { article(id: $id) { body } }": typeof types.IngestTestArticleBodyDocument,
    "mutation IngestTestCreatePerson {\n        createPerson(input: { name: \" Ada Test \", aliases: [\"A. Test\"] }) { person { id name aliases } }\n      }": typeof types.IngestTestCreatePersonDocument,
    "mutation IngestTestUpdatePerson($id: ID!) {\n        updatePerson(input: { id: $id, description: \"tester\" }) { person { description name } }\n      }": typeof types.IngestTestUpdatePersonDocument,
    "query IngestTestNode($id: ID!) { node(id: $id) { id } }": typeof types.IngestTestNodeDocument,
    "mutation IngestTestEmptyName { createPerson(input: { name: \"\" }) { person { id } } }": typeof types.IngestTestEmptyNameDocument,
    "mutation IngestTestCreateEvent($name: String!) { createEvent(input: { name: $name }) { event { id } } }": typeof types.IngestTestCreateEventDocument,
    "query IngestTestFirstStatement { statements(first: 1) { nodes { id } } }": typeof types.IngestTestFirstStatementDocument,
    "mutation IngestTestStatementAbout($id: ID!, $e: ID!) {\n        updateStatement(input: { id: $id, about: [$e] }) { statement { id } }\n      }": typeof types.IngestTestStatementAboutDocument,
    "mutation IngestTestMoveEvent($id: ID!, $p: ID!) {\n      updateEvent(input: { id: $id, parent: $p }) { event { parent { name } } }\n    }": typeof types.IngestTestMoveEventDocument,
    "query IngestTestSubEventStatements($id: ID!) { event(id: $id) { statements(includeSubEvents: true) { totalCount } } }": typeof types.IngestTestSubEventStatementsDocument,
};
const documents: Documents = {
    "query ApiStatementsBy($filter: StatementFilter) { statements(filter: $filter, first: 100) { totalCount nodes { text kind verb venue speaker { ... on Person { name } ... on Organization { name } } } } }": types.ApiStatementsByDocument,
    "query ApiPeopleWithRoles { people(first: 100) { totalCount nodes { name affiliations { nodes { role organization { name } } } } } }": types.ApiPeopleWithRolesDocument,
    "query ApiKulebaResponses {\n      statements(filter: { speakerName: \"Kuleba\" }) {\n        nodes { text relations(direction: OUTGOING, kinds: [RESPONDS_TO]) { totalCount nodes { kind to { text speaker { ... on Organization { name } } } } } }\n      }\n    }": types.ApiKulebaResponsesDocument,
    "query ApiCrisisSpeakers { events(filter: { topLevel: true }) { nodes { name children { totalCount } speakers { statementCount speaker { ... on Person { name } ... on Organization { name } } } } } }": types.ApiCrisisSpeakersDocument,
    "query ApiImages { images { nodes { caption creditLine photographer { name } agencies { nodes { organization { name } } } depicts { nodes { entity { __typename ... on Person { name } } } } } } }": types.ApiImagesDocument,
    "query ApiArticles { articles { totalCount nodes { id headline publisher { name } contributors { nodes { role contributor { ... on Person { name } ... on Organization { name } } } } mentions(first: 100) { totalCount nodes { count offsets entity { ... on Person { name } } } } body } } }": types.ApiArticlesDocument,
    "query ApiLiteralFilters($backslash: String!) { events(filter: { name: \"_\" }) { totalCount } people(filter: { name: \"%\" }) { totalCount } articles(filter: { headline: $backslash }) { totalCount } }": types.ApiLiteralFiltersDocument,
    "query ApiTopLevelEvents { events(filter: { topLevel: true }) { nodes { id } } }": types.ApiTopLevelEventsDocument,
    "query ApiKuleba { people(filter: { name: \"kuleba\" }) { nodes { id } } }": types.ApiKulebaDocument,
    "query ApiFirstStatement { statements(first: 1) { nodes { id } } }": types.ApiFirstStatementDocument,
    "query ApiStatementsBySpeaker($f: StatementFilter) { statements(filter: $f) { totalCount } }": types.ApiStatementsBySpeakerDocument,
    "query ApiMeetingsOnMonday { events(filter: { kind: [MEETING], during: { from: \"2022-02-14T00:00:00Z\", to: \"2022-02-14T23:59:59Z\" } }) { nodes { name place { name } } } }": types.ApiMeetingsOnMondayDocument,
    "mutation ApiCreatePlace($i: CreatePlaceInput!) { createPlace(input: $i) { place { id } } }": types.ApiCreatePlaceDocument,
    "mutation ApiCreateEvent($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }": types.ApiCreateEventDocument,
    "query ApiEventsAtPlace($p: ID!) { events(filter: { place: $p }, orderBy: { field: NAME }) { totalCount nodes { name } } }": types.ApiEventsAtPlaceDocument,
    "query ApiTwoPeople { people(first: 2) { nodes { id name } } }": types.ApiTwoPeopleDocument,
    "query ApiNodeAndNodes($id: ID!, $ids: [ID!]!) { node(id: $id) { ... on Person { name } } nodes(ids: $ids) { id } }": types.ApiNodeAndNodesDocument,
    "query ApiFirstPage { people(first: 3) { totalCount pageInfo { endCursor hasNextPage } nodes { name } } }": types.ApiFirstPageDocument,
    "query ApiNextPage($after: String) { people(first: 3, after: $after) { pageInfo { startCursor hasPreviousPage } nodes { name } } }": types.ApiNextPageDocument,
    "query ApiPreviousPage($before: String) { people(last: 3, before: $before) { nodes { name } } }": types.ApiPreviousPageDocument,
    "query ApiAllPeople { people(first: 100) { nodes { name } } }": types.ApiAllPeopleDocument,
    "query ApiPageTooLarge { statements(first: 101) { totalCount } }": types.ApiPageTooLargeDocument,
    "query ApiNestedPageTooLarge { people(first: 1) { nodes { statements(first: 500) { totalCount } } } }": types.ApiNestedPageTooLargeDocument,
    "mutation IngestTestArticle($input: IngestArticleInput!) {\n  ingestArticle(input: $input) { created createdEntities reusedEntities statementCount article { id url statements { totalCount } } }\n}": types.IngestTestArticleDocument,
    "query IngestTestCounts { people { totalCount } organizations { totalCount } statements { totalCount } articles { totalCount } }": types.IngestTestCountsDocument,
    "query IngestTestLavrov { people(filter: { name: \"lavrov\" }) { nodes { id } } }": types.IngestTestLavrovDocument,
    "query IngestTestLavrovAliases {\n        people(filter: { name: \"lavrov\" }) { totalCount nodes { name aliases statements { totalCount } } }\n      }": types.IngestTestLavrovAliasesDocument,
    "query IngestTestEvents { events(filter: { name: \"100\" }) { nodes { name } } }": types.IngestTestEventsDocument,
    "query IngestTestPetrenko($article: ID!) {\n        statements(filter: { article: $article }) { nodes { speaker { ... on Node { id } } } }\n        people(filter: { name: \"Petrenko\" }) { totalCount }\n      }": types.IngestTestPetrenkoDocument,
    "mutation IngestTestDeletePerson($id: ID!) { deletePerson(input: { id: $id }) { deletedId } }": types.IngestTestDeletePersonDocument,
    "query IngestTestStoredArticle($id: ID!) { article(id: $id) { body statements { nodes { id } } } }": types.IngestTestStoredArticleDocument,
    "mutation IngestTestUpdateArticle($i: UpdateArticleInput!) { updateArticle(input: $i) { article { body } } }": types.IngestTestUpdateArticleDocument,
    "query IngestTestArticleBody($id: ID!) { article(id: $id) { body } }": types.IngestTestArticleBodyDocument,
    "mutation IngestTestCreatePerson {\n        createPerson(input: { name: \" Ada Test \", aliases: [\"A. Test\"] }) { person { id name aliases } }\n      }": types.IngestTestCreatePersonDocument,
    "mutation IngestTestUpdatePerson($id: ID!) {\n        updatePerson(input: { id: $id, description: \"tester\" }) { person { description name } }\n      }": types.IngestTestUpdatePersonDocument,
    "query IngestTestNode($id: ID!) { node(id: $id) { id } }": types.IngestTestNodeDocument,
    "mutation IngestTestEmptyName { createPerson(input: { name: \"\" }) { person { id } } }": types.IngestTestEmptyNameDocument,
    "mutation IngestTestCreateEvent($name: String!) { createEvent(input: { name: $name }) { event { id } } }": types.IngestTestCreateEventDocument,
    "query IngestTestFirstStatement { statements(first: 1) { nodes { id } } }": types.IngestTestFirstStatementDocument,
    "mutation IngestTestStatementAbout($id: ID!, $e: ID!) {\n        updateStatement(input: { id: $id, about: [$e] }) { statement { id } }\n      }": types.IngestTestStatementAboutDocument,
    "mutation IngestTestMoveEvent($id: ID!, $p: ID!) {\n      updateEvent(input: { id: $id, parent: $p }) { event { parent { name } } }\n    }": types.IngestTestMoveEventDocument,
    "query IngestTestSubEventStatements($id: ID!) { event(id: $id) { statements(includeSubEvents: true) { totalCount } } }": types.IngestTestSubEventStatementsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiStatementsBy($filter: StatementFilter) { statements(filter: $filter, first: 100) { totalCount nodes { text kind verb venue speaker { ... on Person { name } ... on Organization { name } } } } }"): typeof import('./graphql.ts').ApiStatementsByDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiPeopleWithRoles { people(first: 100) { totalCount nodes { name affiliations { nodes { role organization { name } } } } } }"): typeof import('./graphql.ts').ApiPeopleWithRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKulebaResponses {\n      statements(filter: { speakerName: \"Kuleba\" }) {\n        nodes { text relations(direction: OUTGOING, kinds: [RESPONDS_TO]) { totalCount nodes { kind to { text speaker { ... on Organization { name } } } } } }\n      }\n    }"): typeof import('./graphql.ts').ApiKulebaResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiCrisisSpeakers { events(filter: { topLevel: true }) { nodes { name children { totalCount } speakers { statementCount speaker { ... on Person { name } ... on Organization { name } } } } } }"): typeof import('./graphql.ts').ApiCrisisSpeakersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiImages { images { nodes { caption creditLine photographer { name } agencies { nodes { organization { name } } } depicts { nodes { entity { __typename ... on Person { name } } } } } } }"): typeof import('./graphql.ts').ApiImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiArticles { articles { totalCount nodes { id headline publisher { name } contributors { nodes { role contributor { ... on Person { name } ... on Organization { name } } } } mentions(first: 100) { totalCount nodes { count offsets entity { ... on Person { name } } } } body } } }"): typeof import('./graphql.ts').ApiArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiLiteralFilters($backslash: String!) { events(filter: { name: \"_\" }) { totalCount } people(filter: { name: \"%\" }) { totalCount } articles(filter: { headline: $backslash }) { totalCount } }"): typeof import('./graphql.ts').ApiLiteralFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTopLevelEvents { events(filter: { topLevel: true }) { nodes { id } } }"): typeof import('./graphql.ts').ApiTopLevelEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKuleba { people(filter: { name: \"kuleba\" }) { nodes { id } } }"): typeof import('./graphql.ts').ApiKulebaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiFirstStatement { statements(first: 1) { nodes { id } } }"): typeof import('./graphql.ts').ApiFirstStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiStatementsBySpeaker($f: StatementFilter) { statements(filter: $f) { totalCount } }"): typeof import('./graphql.ts').ApiStatementsBySpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiMeetingsOnMonday { events(filter: { kind: [MEETING], during: { from: \"2022-02-14T00:00:00Z\", to: \"2022-02-14T23:59:59Z\" } }) { nodes { name place { name } } } }"): typeof import('./graphql.ts').ApiMeetingsOnMondayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiCreatePlace($i: CreatePlaceInput!) { createPlace(input: $i) { place { id } } }"): typeof import('./graphql.ts').ApiCreatePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiCreateEvent($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }"): typeof import('./graphql.ts').ApiCreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiEventsAtPlace($p: ID!) { events(filter: { place: $p }, orderBy: { field: NAME }) { totalCount nodes { name } } }"): typeof import('./graphql.ts').ApiEventsAtPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTwoPeople { people(first: 2) { nodes { id name } } }"): typeof import('./graphql.ts').ApiTwoPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiNodeAndNodes($id: ID!, $ids: [ID!]!) { node(id: $id) { ... on Person { name } } nodes(ids: $ids) { id } }"): typeof import('./graphql.ts').ApiNodeAndNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiFirstPage { people(first: 3) { totalCount pageInfo { endCursor hasNextPage } nodes { name } } }"): typeof import('./graphql.ts').ApiFirstPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiNextPage($after: String) { people(first: 3, after: $after) { pageInfo { startCursor hasPreviousPage } nodes { name } } }"): typeof import('./graphql.ts').ApiNextPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiPreviousPage($before: String) { people(last: 3, before: $before) { nodes { name } } }"): typeof import('./graphql.ts').ApiPreviousPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiAllPeople { people(first: 100) { nodes { name } } }"): typeof import('./graphql.ts').ApiAllPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiPageTooLarge { statements(first: 101) { totalCount } }"): typeof import('./graphql.ts').ApiPageTooLargeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiNestedPageTooLarge { people(first: 1) { nodes { statements(first: 500) { totalCount } } } }"): typeof import('./graphql.ts').ApiNestedPageTooLargeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestTestArticle($input: IngestArticleInput!) {\n  ingestArticle(input: $input) { created createdEntities reusedEntities statementCount article { id url statements { totalCount } } }\n}"): typeof import('./graphql.ts').IngestTestArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestTestCounts { people { totalCount } organizations { totalCount } statements { totalCount } articles { totalCount } }"): typeof import('./graphql.ts').IngestTestCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestTestLavrov { people(filter: { name: \"lavrov\" }) { nodes { id } } }"): typeof import('./graphql.ts').IngestTestLavrovDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestTestLavrovAliases {\n        people(filter: { name: \"lavrov\" }) { totalCount nodes { name aliases statements { totalCount } } }\n      }"): typeof import('./graphql.ts').IngestTestLavrovAliasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestTestEvents { events(filter: { name: \"100\" }) { nodes { name } } }"): typeof import('./graphql.ts').IngestTestEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestTestPetrenko($article: ID!) {\n        statements(filter: { article: $article }) { nodes { speaker { ... on Node { id } } } }\n        people(filter: { name: \"Petrenko\" }) { totalCount }\n      }"): typeof import('./graphql.ts').IngestTestPetrenkoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestTestDeletePerson($id: ID!) { deletePerson(input: { id: $id }) { deletedId } }"): typeof import('./graphql.ts').IngestTestDeletePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestTestStoredArticle($id: ID!) { article(id: $id) { body statements { nodes { id } } } }"): typeof import('./graphql.ts').IngestTestStoredArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestTestUpdateArticle($i: UpdateArticleInput!) { updateArticle(input: $i) { article { body } } }"): typeof import('./graphql.ts').IngestTestUpdateArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestTestArticleBody($id: ID!) { article(id: $id) { body } }"): typeof import('./graphql.ts').IngestTestArticleBodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestTestCreatePerson {\n        createPerson(input: { name: \" Ada Test \", aliases: [\"A. Test\"] }) { person { id name aliases } }\n      }"): typeof import('./graphql.ts').IngestTestCreatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestTestUpdatePerson($id: ID!) {\n        updatePerson(input: { id: $id, description: \"tester\" }) { person { description name } }\n      }"): typeof import('./graphql.ts').IngestTestUpdatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestTestNode($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.ts').IngestTestNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestTestEmptyName { createPerson(input: { name: \"\" }) { person { id } } }"): typeof import('./graphql.ts').IngestTestEmptyNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestTestCreateEvent($name: String!) { createEvent(input: { name: $name }) { event { id } } }"): typeof import('./graphql.ts').IngestTestCreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestTestFirstStatement { statements(first: 1) { nodes { id } } }"): typeof import('./graphql.ts').IngestTestFirstStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestTestStatementAbout($id: ID!, $e: ID!) {\n        updateStatement(input: { id: $id, about: [$e] }) { statement { id } }\n      }"): typeof import('./graphql.ts').IngestTestStatementAboutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestTestMoveEvent($id: ID!, $p: ID!) {\n      updateEvent(input: { id: $id, parent: $p }) { event { parent { name } } }\n    }"): typeof import('./graphql.ts').IngestTestMoveEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestTestSubEventStatements($id: ID!) { event(id: $id) { statements(includeSubEvents: true) { totalCount } } }"): typeof import('./graphql.ts').IngestTestSubEventStatementsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
