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
