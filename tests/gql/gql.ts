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
    "mutation ConcurrencyIngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { url } } }": typeof types.ConcurrencyIngestArticleDocument,
    "query ConcurrencyCounts {\n      people { totalCount nodes { name } }\n      organizations { totalCount }\n      events { totalCount }\n      articles { totalCount }\n      statements { totalCount }\n    }": typeof types.ConcurrencyCountsDocument,
    "query ConcurrencyCrisis { events(filter: { name: \"Ukraine crisis\" }) { nodes { statements(includeSubEvents: true) { totalCount } } } }": typeof types.ConcurrencyCrisisDocument,
    "query ConcurrencySameArticle {\n      articles(filter: { url: \"https://example.com/concurrent/1000\" }) { totalCount }\n      people(filter: { name: \"Macron\" }) { totalCount }\n      statements { totalCount }\n    }": typeof types.ConcurrencySameArticleDocument,
    "query ConnectionTableCoMentions($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [CO_MENTIONED]) { totalCount edges { evidenceCount weight reason node { ... on Person { name } } } } } } }": typeof types.ConnectionTableCoMentionsDocument,
    "query ConnectionTableSameEvent($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [SPOKE_ABOUT_SAME_EVENT]) { totalCount edges { evidenceCount reason node { ... on Person { name } } } } } } }": typeof types.ConnectionTableSameEventDocument,
    "mutation OrderIngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }": typeof types.OrderIngestArticleDocument,
    "query OrderArticles {\n    articles(filter: { url: \"https://example.com/reading-order\" }) { nodes { id } }\n    people(filter: { name: \"Kuleba\" }) { nodes { id } }\n    events(filter: { name: \"Reading-order talks\" }) { nodes { id } }\n  }": typeof types.OrderArticlesDocument,
    "query OrderPeople { people(filter: { name: \"Lavrov\" }) { nodes { id } } }": typeof types.OrderPeopleDocument,
    "query OrderNode($id: ID!) { node(id: $id) { ... on Article { statements(first: 20) { nodes { text position } } } } }": typeof types.OrderNodeDocument,
    "query OrderArticlePage($id: ID!, $after: String) { node(id: $id) { ... on Article {\n      statements(first: 3, after: $after) { nodes { text } pageInfo { endCursor hasNextPage } } } } }": typeof types.OrderArticlePageDocument,
    "query OrderNode2($id: ID!) { node(id: $id) { ... on Person { statements(first: 20) { nodes { text } } } } }": typeof types.OrderNode2Document,
    "query OrderNode3($id: ID!) { node(id: $id) { ... on Event { statements(first: 20) { nodes { statement { text } } } } } }": typeof types.OrderNode3Document,
    "query OrderStatements($article: ID!, $orderBy: StatementOrder) { statements(filter: { article: $article }, orderBy: $orderBy, first: 20) { nodes { text } } }": typeof types.OrderStatementsDocument,
    "query OrderCompare($event: ID!, $speakers: [ID!]!) { compare(eventId: $event, speakerIds: $speakers) { columns { statements { text } } } }": typeof types.OrderCompareDocument,
    "query OrderStatements2 { statements(filter: { textContains: \"no plans to invade\" }) { nodes { id } } }": typeof types.OrderStatements2Document,
    "query OrderNode4($id: ID!) { node(id: $id) { ... on Statement { thread { depth statement { text } } } } }": typeof types.OrderNode4Document,
    "query OrderStatements3 { statements(filter: { textContains: \"no plans to invade\" }) { nodes { id } } }": typeof types.OrderStatements3Document,
    "query OrderRelationsPage($id: ID!, $after: String) { node(id: $id) { ... on Statement {\n      relations(first: 1, after: $after) { totalCount nodes { from { text } } pageInfo { endCursor hasNextPage } } } } }": typeof types.OrderRelationsPageDocument,
    "query OrderNode5($id: ID!) { node(id: $id) { ... on Statement { relations(last: 2) { nodes { from { text } } } } } }": typeof types.OrderNode5Document,
    "mutation OrderCreateStatement($input: CreateStatementInput!) { createStatement(input: $input) { statement { id position } } }": typeof types.OrderCreateStatementDocument,
    "query OrderArticleStatements($id: ID!) { node(id: $id) { ... on Article { statements(first: 20) { nodes { text position } } } } }": typeof types.OrderArticleStatementsDocument,
    "mutation OrderUpdateStatement($input: UpdateStatementInput!) { updateStatement(input: $input) { statement { position } } }": typeof types.OrderUpdateStatementDocument,
    "query ExploreTestPeople($n: String!) { people(filter: { name: $n }) { nodes { id name } } }": typeof types.ExploreTestPeopleDocument,
    "query ExploreTestSearch($q: String!, $types: [SearchableType!], $first: Int, $after: String) {\n        search(query: $q, types: $types, first: $first, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor }\n          edges { cursor score snippet node { __typename ... on Person { name } ... on Statement { text } ... on Article { headline } ... on Event { name } ... on Organization { name } } }\n        }\n      }": typeof types.ExploreTestSearchDocument,
    "query ExploreTestSearch2($q: String!) { search(query: $q) { totalCount } }": typeof types.ExploreTestSearch2Document,
    "mutation ExploreTestCreateMarkupPerson($name: String!) { createPerson(input: { name: $name }) { person { id } } }": typeof types.ExploreTestCreateMarkupPersonDocument,
    "mutation ExploreTestIngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }": typeof types.ExploreTestIngestArticleDocument,
    "mutation ExploreTestCreatePerson2 { createPerson(input: { name: \"Oleksii Reznikov\" }) { person { id } } }": typeof types.ExploreTestCreatePerson2Document,
    "query ExploreTestResolveEntity { resolveEntity(name: \"Sergey Shoygu\", type: PERSON) { score matchedName entity { ... on Person { name } } } }": typeof types.ExploreTestResolveEntityDocument,
    "mutation ExploreTestAddAlias($id: ID!) { addAlias(input: { id: $id, alias: \"Dmitry Kuleba\" }) { entity { ... on Person { aliases } } } }": typeof types.ExploreTestAddAliasDocument,
    "mutation ExploreTestRemoveAlias($id: ID!) { removeAlias(input: { id: $id, alias: \"dmitry kuleba\" }) { entity { ... on Person { aliases } } } }": typeof types.ExploreTestRemoveAliasDocument,
    "mutation ExploreTestRemoveAlias2($id: ID!) { removeAlias(input: { id: $id, alias: \"Dmitry Kuleba\" }) { entity { __typename } } }": typeof types.ExploreTestRemoveAlias2Document,
    "mutation ExploreTestCreatePerson3 { createPerson(input: { name: \"D. Kuleba\", aliases: [\"Kuleba Dmytro\"], externalIds: [\"wikidata:Q-test\"] }) { person { id } } }": typeof types.ExploreTestCreatePerson3Document,
    "query ExploreTestEvents { events(filter: { topLevel: true }) { nodes { id } } }": typeof types.ExploreTestEventsDocument,
    "mutation ExploreTestCreateStatement($s: ID!, $e: ID!) { createStatement(input: { text: \"A duplicate's words.\", kind: DIRECT_QUOTE, speaker: $s, about: [$e] }) { statement { id } } }": typeof types.ExploreTestCreateStatementDocument,
    "mutation ExploreTestMergeEntities($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId entity { ... on Person { name aliases externalIds { value } statements { totalCount } } } } }": typeof types.ExploreTestMergeEntitiesDocument,
    "query ExploreTestNode($id: ID!) { node(id: $id) { id ... on Person { name } } nodes(ids: [$id]) { id } }": typeof types.ExploreTestNodeDocument,
    "mutation ExploreTestCreateEvent($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }": typeof types.ExploreTestCreateEventDocument,
    "mutation ExploreTestCreateStatement2($t: String!, $s: ID!, $a: [ID!]) { createStatement(input: { text: $t, kind: DIRECT_QUOTE, speaker: $s, about: $a }) { statement { id } } }": typeof types.ExploreTestCreateStatement2Document,
    "mutation ExploreTestMergeEntities2($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId entity { ... on Event { id name kind startAt endAt description\n         own: statements(includeSubEvents: false) { totalCount } all: statements(includeSubEvents: true) { totalCount }\n         children { nodes { name parent { id } } } participants { totalCount nodes { role } } } } } }": typeof types.ExploreTestMergeEntities2Document,
    "query ExploreTestNode2($id: ID!) { node(id: $id) { ... on Event { statements(includeSubEvents: true) { totalCount } } } }": typeof types.ExploreTestNode2Document,
    "query ExploreTestNode3($id: ID!) { node(id: $id) { id ... on Event { name } } }": typeof types.ExploreTestNode3Document,
    "mutation ExploreTestMergeEntities3($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId } }": typeof types.ExploreTestMergeEntities3Document,
    "mutation ExploreTestMergeEntities4($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId } }": typeof types.ExploreTestMergeEntities4Document,
    "query ExploreTestOrganizations { organizations(first: 1) { nodes { id } } }": typeof types.ExploreTestOrganizationsDocument,
    "query ExploreTestNode4($id: ID!) { node(id: $id) { ... on Person { connections(first: 50) { totalCount edges { kind weight evidenceCount reason node { __typename ... on Organization { name } ... on Person { name } ... on Event { name } } } } } } }": typeof types.ExploreTestNode4Document,
    "query ExploreTestNode5($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [AFFILIATED]) { totalCount } } } }": typeof types.ExploreTestNode5Document,
    "query ExploreTestPeople2($n: Int) { people(first: $n) { nodes { connections(first: 5) { totalCount } } } }": typeof types.ExploreTestPeople2Document,
    "fragment ExploreTestHop on PathHop {\n      kind evidence\n      from { __typename ... on Person { name } ... on Organization { name } ... on Statement { text } ... on Event { name } }\n      to { __typename ... on Person { name } ... on Organization { name } ... on Statement { text } ... on Event { name } }\n    }": typeof types.ExploreTestHopFragmentDoc,
    "query ExploreTestPaths($f: ID!, $t: ID!) { path(from: $f, to: $t) { length hops { ...ExploreTestHop } } }": typeof types.ExploreTestPathsDocument,
    "query ExploreTestFirstPath($f: ID!, $t: ID!) { path(from: $f, to: $t, first: 1) { length hops { ...ExploreTestHop } } }": typeof types.ExploreTestFirstPathDocument,
    "query ExploreTestOrganizations2 { organizations(filter: { name: \"Russian Defense Ministry\" }) { nodes { id } } }": typeof types.ExploreTestOrganizations2Document,
    "query ExploreTestPath($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 2) { length } }": typeof types.ExploreTestPathDocument,
    "query ExploreTestPath2($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 9) { length } }": typeof types.ExploreTestPath2Document,
    "query ExploreTestPath3($f: ID!, $t: ID!) { path(from: $f, to: $t) { length narrowed hops { kind from { ... on Statement { text } } } } }": typeof types.ExploreTestPath3Document,
    "query ExploreTestPath4($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 2) { length } }": typeof types.ExploreTestPath4Document,
    "query ExploreTestStatements { statements(filter: { textContains: \"believe it\" }) { nodes { id } } }": typeof types.ExploreTestStatementsDocument,
    "query ExploreTestNode6($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation repeated parentId statement { id text saidAt speaker { ... on Person { name } ... on Organization { name } } } } } } }": typeof types.ExploreTestNode6Document,
    "query ExploreTestNode7($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation statement { text } } } } }": typeof types.ExploreTestNode7Document,
    "query ExploreTestNode8($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation repeated parentId statement { text } } } } }": typeof types.ExploreTestNode8Document,
    "query ExploreTestEvents2 { events(filter: { topLevel: true }) { nodes { id name\n      day: timeline(granularity: DAY) { start statementCount articleCount topSpeakers { count speaker { ... on Person { name } ... on Organization { name } } } }\n      month: timeline(granularity: MONTH) { start statementCount articleCount }\n      statements(includeSubEvents: true) { totalCount } } } }": typeof types.ExploreTestEvents2Document,
    "query ExploreTestEvents3 { events(filter: { topLevel: true }) { nodes { speakers { statementCount countsByKind { kind count } speaker { ... on Person { name } ... on Organization { name } } } } } }": typeof types.ExploreTestEvents3Document,
    "query ExploreTestPeople3 { people(first: 100) { nodes { name statements { totalCount } statementCountsByKind { kind count } } }\n         events(filter: { topLevel: true }) { nodes { statements(includeSubEvents: true) { totalCount } statementCountsByKind { kind count } } } }": typeof types.ExploreTestPeople3Document,
    "query ExploreTestEvents4 { events(filter: { topLevel: true }) { nodes { id } } }": typeof types.ExploreTestEvents4Document,
    "query ExploreTestOrganizations3 { organizations(filter: { name: \"Russian Defense Ministry\" }) { nodes { id } } }": typeof types.ExploreTestOrganizations3Document,
    "query ExploreTestCompare($e: ID!, $s: [ID!]!) { compare(eventId: $e, speakerIds: $s) { event { name } columns { statementCount countsByKind { kind count } speaker { ... on Person { name } ... on Organization { name } } statements { text saidAt } } } }": typeof types.ExploreTestCompareDocument,
    "query ExploreTestCompare2($e: ID!) { compare(eventId: $e, speakerIds: [$e]) { event { name } } }": typeof types.ExploreTestCompare2Document,
    "query ExploreTestPeople4($after: String) { people(first: 3, after: $after, orderBy: { field: STATEMENTS, direction: DESC }) {\n             totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }": typeof types.ExploreTestPeople4Document,
    "query ExploreTestEvents5 { events(filter: { topLevel: true }) { nodes { id name } } }": typeof types.ExploreTestEvents5Document,
    "query ExploreTestPeople5($about: ID!, $said: DateRange!) { people(first: 50, orderBy: { field: STATEMENTS, direction: DESC, counting: { about: $about, said: $said, kind: [DIRECT_QUOTE] } }) {\n         totalCount nodes { id } } }": typeof types.ExploreTestPeople5Document,
    "query ExploreTestPeople6($about: ID!) { people(filter: { name: \"Kuleba\" }, orderBy: { field: STATEMENTS, direction: DESC, counting: { about: $about } }) { totalCount nodes { name } } }": typeof types.ExploreTestPeople6Document,
    "query ExploreTestNode9($id: ID!, $said: DateRange!) { node(id: $id) { ... on Event { speakers(said: $said, kind: [DIRECT_QUOTE]) { statementCount speaker { ... on Person { id } } } } } }": typeof types.ExploreTestNode9Document,
    "query ExploreTestEvents6 { events(first: 5, orderBy: { field: SPEAKERS, direction: DESC }) { nodes { id name speakers(first: 100) { speaker { __typename } } } } }": typeof types.ExploreTestEvents6Document,
    "query ExploreTestOrganizations4 { organizations(first: 100, orderBy: { field: MENTIONS, direction: DESC }) { totalCount nodes { id } } }": typeof types.ExploreTestOrganizations4Document,
    "query ExportsIds {\n    people(filter: { name: \"Kuleba\" }, first: 1) { nodes { id } }\n    konashenkov: people(filter: { name: \"Konashenkov\" }, first: 1) { nodes { id } }\n    events(filter: { name: \"pull-back\" }, first: 1) { nodes { id } }\n    statements { totalCount }\n  }": typeof types.ExportsIdsDocument,
    "query ExportsStatementsBySpeaker($s: ID!) { statements(filter: { speaker: $s }, first: 100) { nodes { id text } } }": typeof types.ExportsStatementsBySpeakerDocument,
    "mutation ExtractMutationIngest($text: String!, $url: String, $headline: String, $publishedAt: DateTime, $publisher: String, $dryRun: Boolean) {\n  ingestArticleText(text: $text, url: $url, headline: $headline, publishedAt: $publishedAt, publisher: $publisher, dryRun: $dryRun) {\n    created matchedExistingEvent createdEntities reusedEntities statementCount\n    article { id url headline events { nodes { event { id name } } } statements { totalCount } }\n    extraction {\n      url headline eventName\n      statements { kind text speaker attributedFrom verb venue addressee confidence start end }\n      entities { type name }\n      images { caption creditLine photographer agencies }\n      contributors { name role }\n      dropped { reason text }\n    }\n  }\n}": typeof types.ExtractMutationIngestDocument,
    "mutation ExtractMutationAuthors($text: String!, $url: String, $authors: [String!]) {\n        ingestArticleText(text: $text, url: $url, authors: $authors) {\n          article { contributors { nodes { role contributor { ... on Person { name } } } } }\n        }\n      }": typeof types.ExtractMutationAuthorsDocument,
    "mutation ExtractWorkerIngest($text: String!, $url: String, $dryRun: Boolean) {\n  ingestArticleText(text: $text, url: $url, dryRun: $dryRun) { created statementCount }\n}": typeof types.ExtractWorkerIngestDocument,
    "query ExamplesPersonId($n: String!) { people(filter: { name: $n }) { nodes { id } } }": typeof types.ExamplesPersonIdDocument,
    "query ExamplesTopLevelEvents { events(filter: { topLevel: true }) { nodes { id } } }": typeof types.ExamplesTopLevelEventsDocument,
    "mutation HtmlIngestArticle($input: IngestArticleHtmlInput!) {\n  ingestArticleHtml(input: $input) {\n    created statementCount createdEntities reusedEntities matchedExistingEvent\n    page { canonicalUrl headline publishedAt modifiedAt authors publisher section language text\n           images { url caption creditLine photographer agencies } }\n    extraction { url headline body statements { text speaker start end } }\n    article {\n      url headline body publishedAt language\n      publisher { name }\n      contributors { nodes { role contributor { ... on Person { name } ... on Organization { name } } } }\n      images { nodes { url caption creditLine photographer { name } agencies { nodes { organization { name } } } } }\n      statements(first: 100) { nodes { text startOffset endOffset speaker { ... on Person { name } ... on Organization { name } } } }\n    }\n  }\n}": typeof types.HtmlIngestArticleDocument,
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
    "query JsonldIds {\n    articles(first: 1) { nodes { id images(first: 1) { nodes { id } } } }\n    events(filter: { name: \"pull-back\" }, first: 1) { nodes { id } }\n    people(filter: { name: \"Kuleba\" }, first: 1) { nodes { id } }\n    organizations(first: 100) { nodes { id kind } }\n    statements(filter: { speakerName: \"Kuleba\" }, first: 1) { nodes { id } }\n    places(first: 1) { nodes { id } }\n  }": typeof types.JsonldIdsDocument,
    "query NPlusOneNested($n: Int!) {\n  events(first: $n) {\n    nodes {\n      name\n      statements(first: $n) {\n        totalCount\n        nodes { statement { text speaker { ... on Person { name affiliations { nodes { role organization { name } } } } ... on Organization { name } } } }\n      }\n    }\n  }\n}": typeof types.NPlusOneNestedDocument,
    "query NPlusOneEventSpeakers($n: Int!) { events(first: $n) { nodes { speakers { statementCount speaker { ... on Person { name } } } } } }": typeof types.NPlusOneEventSpeakersDocument,
    "query NPlusOneLoadableFields($n: Int!) {\n      events(first: $n) { nodes {\n        timeline { statementCount topSpeakers { count speaker { ... on Person { name } } } }\n        statementCountsByKind { count }\n        connections(first: 3) { totalCount nodes { __typename } }\n      } }\n      statements(first: $n) { nodes { thread { depth } relations { totalCount } } }\n    }": typeof types.NPlusOneLoadableFieldsDocument,
    "query NPlusOneConnectionEvidence($n: Int!) {\n      events(first: $n) { nodes {\n        connections(first: 5, kinds: [SPOKE_ABOUT]) { edges {\n          evidenceCount lastSeen node { ... on Person { name } }\n          evidence { __typename ... on Statement { text speaker { ... on Person { name } } } }\n        } }\n      } }\n    }": typeof types.NPlusOneConnectionEvidenceDocument,
    "query NPlusOneMuchDiscussed($n: Int!) { events(filter: { name: \"much-discussed\" }) { nodes { speakers(first: $n) { statementCount speaker { ... on Person { name } } } } } }": typeof types.NPlusOneMuchDiscussedDocument,
    "query SeedEvents {\n      events(filter: { name: \"pull-back\" }) {\n        nodes {\n          name\n          statements(first: 50) {\n            totalCount\n            nodes { statement { kind text venue speaker { __typename ... on Person { name } ... on Organization { name } } } }\n          }\n        }\n      }\n    }": typeof types.SeedEventsDocument,
    "query SharedPeopleByName($name: String) { list: people(first: 1, filter: { name: $name }) { totalCount } }": typeof types.SharedPeopleByNameDocument,
    "query SharedOrganizationsByName($name: String) { list: organizations(first: 1, filter: { name: $name }) { totalCount } }": typeof types.SharedOrganizationsByNameDocument,
    "query SharedPlacesByName($name: String) { list: places(first: 1, filter: { name: $name }) { totalCount } }": typeof types.SharedPlacesByNameDocument,
    "query SharedEventsByName($name: String) { list: events(first: 1, filter: { name: $name }) { totalCount } }": typeof types.SharedEventsByNameDocument,
    "query RelationsPage($id: ID!, $first: Int, $last: Int, $after: String, $before: String, $direction: RelationDirection, $kinds: [StatementRelationKind!]) {\n  statement(id: $id) {\n    relations(first: $first, last: $last, after: $after, before: $before, direction: $direction, kinds: $kinds) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { kind createdAt from { text } to { text } }\n    }\n  }\n}": typeof types.RelationsPageDocument,
    "query RelationsOfAPage { statements(filter: { textContains: \"small\" }, orderBy: { field: CREATED_AT }) { nodes { text relations(first: 1) { totalCount } } } }": typeof types.RelationsOfAPageDocument,
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
    "mutation ConcurrencyIngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { url } } }": types.ConcurrencyIngestArticleDocument,
    "query ConcurrencyCounts {\n      people { totalCount nodes { name } }\n      organizations { totalCount }\n      events { totalCount }\n      articles { totalCount }\n      statements { totalCount }\n    }": types.ConcurrencyCountsDocument,
    "query ConcurrencyCrisis { events(filter: { name: \"Ukraine crisis\" }) { nodes { statements(includeSubEvents: true) { totalCount } } } }": types.ConcurrencyCrisisDocument,
    "query ConcurrencySameArticle {\n      articles(filter: { url: \"https://example.com/concurrent/1000\" }) { totalCount }\n      people(filter: { name: \"Macron\" }) { totalCount }\n      statements { totalCount }\n    }": types.ConcurrencySameArticleDocument,
    "query ConnectionTableCoMentions($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [CO_MENTIONED]) { totalCount edges { evidenceCount weight reason node { ... on Person { name } } } } } } }": types.ConnectionTableCoMentionsDocument,
    "query ConnectionTableSameEvent($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [SPOKE_ABOUT_SAME_EVENT]) { totalCount edges { evidenceCount reason node { ... on Person { name } } } } } } }": types.ConnectionTableSameEventDocument,
    "mutation OrderIngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }": types.OrderIngestArticleDocument,
    "query OrderArticles {\n    articles(filter: { url: \"https://example.com/reading-order\" }) { nodes { id } }\n    people(filter: { name: \"Kuleba\" }) { nodes { id } }\n    events(filter: { name: \"Reading-order talks\" }) { nodes { id } }\n  }": types.OrderArticlesDocument,
    "query OrderPeople { people(filter: { name: \"Lavrov\" }) { nodes { id } } }": types.OrderPeopleDocument,
    "query OrderNode($id: ID!) { node(id: $id) { ... on Article { statements(first: 20) { nodes { text position } } } } }": types.OrderNodeDocument,
    "query OrderArticlePage($id: ID!, $after: String) { node(id: $id) { ... on Article {\n      statements(first: 3, after: $after) { nodes { text } pageInfo { endCursor hasNextPage } } } } }": types.OrderArticlePageDocument,
    "query OrderNode2($id: ID!) { node(id: $id) { ... on Person { statements(first: 20) { nodes { text } } } } }": types.OrderNode2Document,
    "query OrderNode3($id: ID!) { node(id: $id) { ... on Event { statements(first: 20) { nodes { statement { text } } } } } }": types.OrderNode3Document,
    "query OrderStatements($article: ID!, $orderBy: StatementOrder) { statements(filter: { article: $article }, orderBy: $orderBy, first: 20) { nodes { text } } }": types.OrderStatementsDocument,
    "query OrderCompare($event: ID!, $speakers: [ID!]!) { compare(eventId: $event, speakerIds: $speakers) { columns { statements { text } } } }": types.OrderCompareDocument,
    "query OrderStatements2 { statements(filter: { textContains: \"no plans to invade\" }) { nodes { id } } }": types.OrderStatements2Document,
    "query OrderNode4($id: ID!) { node(id: $id) { ... on Statement { thread { depth statement { text } } } } }": types.OrderNode4Document,
    "query OrderStatements3 { statements(filter: { textContains: \"no plans to invade\" }) { nodes { id } } }": types.OrderStatements3Document,
    "query OrderRelationsPage($id: ID!, $after: String) { node(id: $id) { ... on Statement {\n      relations(first: 1, after: $after) { totalCount nodes { from { text } } pageInfo { endCursor hasNextPage } } } } }": types.OrderRelationsPageDocument,
    "query OrderNode5($id: ID!) { node(id: $id) { ... on Statement { relations(last: 2) { nodes { from { text } } } } } }": types.OrderNode5Document,
    "mutation OrderCreateStatement($input: CreateStatementInput!) { createStatement(input: $input) { statement { id position } } }": types.OrderCreateStatementDocument,
    "query OrderArticleStatements($id: ID!) { node(id: $id) { ... on Article { statements(first: 20) { nodes { text position } } } } }": types.OrderArticleStatementsDocument,
    "mutation OrderUpdateStatement($input: UpdateStatementInput!) { updateStatement(input: $input) { statement { position } } }": types.OrderUpdateStatementDocument,
    "query ExploreTestPeople($n: String!) { people(filter: { name: $n }) { nodes { id name } } }": types.ExploreTestPeopleDocument,
    "query ExploreTestSearch($q: String!, $types: [SearchableType!], $first: Int, $after: String) {\n        search(query: $q, types: $types, first: $first, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor }\n          edges { cursor score snippet node { __typename ... on Person { name } ... on Statement { text } ... on Article { headline } ... on Event { name } ... on Organization { name } } }\n        }\n      }": types.ExploreTestSearchDocument,
    "query ExploreTestSearch2($q: String!) { search(query: $q) { totalCount } }": types.ExploreTestSearch2Document,
    "mutation ExploreTestCreateMarkupPerson($name: String!) { createPerson(input: { name: $name }) { person { id } } }": types.ExploreTestCreateMarkupPersonDocument,
    "mutation ExploreTestIngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }": types.ExploreTestIngestArticleDocument,
    "mutation ExploreTestCreatePerson2 { createPerson(input: { name: \"Oleksii Reznikov\" }) { person { id } } }": types.ExploreTestCreatePerson2Document,
    "query ExploreTestResolveEntity { resolveEntity(name: \"Sergey Shoygu\", type: PERSON) { score matchedName entity { ... on Person { name } } } }": types.ExploreTestResolveEntityDocument,
    "mutation ExploreTestAddAlias($id: ID!) { addAlias(input: { id: $id, alias: \"Dmitry Kuleba\" }) { entity { ... on Person { aliases } } } }": types.ExploreTestAddAliasDocument,
    "mutation ExploreTestRemoveAlias($id: ID!) { removeAlias(input: { id: $id, alias: \"dmitry kuleba\" }) { entity { ... on Person { aliases } } } }": types.ExploreTestRemoveAliasDocument,
    "mutation ExploreTestRemoveAlias2($id: ID!) { removeAlias(input: { id: $id, alias: \"Dmitry Kuleba\" }) { entity { __typename } } }": types.ExploreTestRemoveAlias2Document,
    "mutation ExploreTestCreatePerson3 { createPerson(input: { name: \"D. Kuleba\", aliases: [\"Kuleba Dmytro\"], externalIds: [\"wikidata:Q-test\"] }) { person { id } } }": types.ExploreTestCreatePerson3Document,
    "query ExploreTestEvents { events(filter: { topLevel: true }) { nodes { id } } }": types.ExploreTestEventsDocument,
    "mutation ExploreTestCreateStatement($s: ID!, $e: ID!) { createStatement(input: { text: \"A duplicate's words.\", kind: DIRECT_QUOTE, speaker: $s, about: [$e] }) { statement { id } } }": types.ExploreTestCreateStatementDocument,
    "mutation ExploreTestMergeEntities($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId entity { ... on Person { name aliases externalIds { value } statements { totalCount } } } } }": types.ExploreTestMergeEntitiesDocument,
    "query ExploreTestNode($id: ID!) { node(id: $id) { id ... on Person { name } } nodes(ids: [$id]) { id } }": types.ExploreTestNodeDocument,
    "mutation ExploreTestCreateEvent($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }": types.ExploreTestCreateEventDocument,
    "mutation ExploreTestCreateStatement2($t: String!, $s: ID!, $a: [ID!]) { createStatement(input: { text: $t, kind: DIRECT_QUOTE, speaker: $s, about: $a }) { statement { id } } }": types.ExploreTestCreateStatement2Document,
    "mutation ExploreTestMergeEntities2($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId entity { ... on Event { id name kind startAt endAt description\n         own: statements(includeSubEvents: false) { totalCount } all: statements(includeSubEvents: true) { totalCount }\n         children { nodes { name parent { id } } } participants { totalCount nodes { role } } } } } }": types.ExploreTestMergeEntities2Document,
    "query ExploreTestNode2($id: ID!) { node(id: $id) { ... on Event { statements(includeSubEvents: true) { totalCount } } } }": types.ExploreTestNode2Document,
    "query ExploreTestNode3($id: ID!) { node(id: $id) { id ... on Event { name } } }": types.ExploreTestNode3Document,
    "mutation ExploreTestMergeEntities3($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId } }": types.ExploreTestMergeEntities3Document,
    "mutation ExploreTestMergeEntities4($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId } }": types.ExploreTestMergeEntities4Document,
    "query ExploreTestOrganizations { organizations(first: 1) { nodes { id } } }": types.ExploreTestOrganizationsDocument,
    "query ExploreTestNode4($id: ID!) { node(id: $id) { ... on Person { connections(first: 50) { totalCount edges { kind weight evidenceCount reason node { __typename ... on Organization { name } ... on Person { name } ... on Event { name } } } } } } }": types.ExploreTestNode4Document,
    "query ExploreTestNode5($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [AFFILIATED]) { totalCount } } } }": types.ExploreTestNode5Document,
    "query ExploreTestPeople2($n: Int) { people(first: $n) { nodes { connections(first: 5) { totalCount } } } }": types.ExploreTestPeople2Document,
    "fragment ExploreTestHop on PathHop {\n      kind evidence\n      from { __typename ... on Person { name } ... on Organization { name } ... on Statement { text } ... on Event { name } }\n      to { __typename ... on Person { name } ... on Organization { name } ... on Statement { text } ... on Event { name } }\n    }": types.ExploreTestHopFragmentDoc,
    "query ExploreTestPaths($f: ID!, $t: ID!) { path(from: $f, to: $t) { length hops { ...ExploreTestHop } } }": types.ExploreTestPathsDocument,
    "query ExploreTestFirstPath($f: ID!, $t: ID!) { path(from: $f, to: $t, first: 1) { length hops { ...ExploreTestHop } } }": types.ExploreTestFirstPathDocument,
    "query ExploreTestOrganizations2 { organizations(filter: { name: \"Russian Defense Ministry\" }) { nodes { id } } }": types.ExploreTestOrganizations2Document,
    "query ExploreTestPath($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 2) { length } }": types.ExploreTestPathDocument,
    "query ExploreTestPath2($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 9) { length } }": types.ExploreTestPath2Document,
    "query ExploreTestPath3($f: ID!, $t: ID!) { path(from: $f, to: $t) { length narrowed hops { kind from { ... on Statement { text } } } } }": types.ExploreTestPath3Document,
    "query ExploreTestPath4($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 2) { length } }": types.ExploreTestPath4Document,
    "query ExploreTestStatements { statements(filter: { textContains: \"believe it\" }) { nodes { id } } }": types.ExploreTestStatementsDocument,
    "query ExploreTestNode6($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation repeated parentId statement { id text saidAt speaker { ... on Person { name } ... on Organization { name } } } } } } }": types.ExploreTestNode6Document,
    "query ExploreTestNode7($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation statement { text } } } } }": types.ExploreTestNode7Document,
    "query ExploreTestNode8($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation repeated parentId statement { text } } } } }": types.ExploreTestNode8Document,
    "query ExploreTestEvents2 { events(filter: { topLevel: true }) { nodes { id name\n      day: timeline(granularity: DAY) { start statementCount articleCount topSpeakers { count speaker { ... on Person { name } ... on Organization { name } } } }\n      month: timeline(granularity: MONTH) { start statementCount articleCount }\n      statements(includeSubEvents: true) { totalCount } } } }": types.ExploreTestEvents2Document,
    "query ExploreTestEvents3 { events(filter: { topLevel: true }) { nodes { speakers { statementCount countsByKind { kind count } speaker { ... on Person { name } ... on Organization { name } } } } } }": types.ExploreTestEvents3Document,
    "query ExploreTestPeople3 { people(first: 100) { nodes { name statements { totalCount } statementCountsByKind { kind count } } }\n         events(filter: { topLevel: true }) { nodes { statements(includeSubEvents: true) { totalCount } statementCountsByKind { kind count } } } }": types.ExploreTestPeople3Document,
    "query ExploreTestEvents4 { events(filter: { topLevel: true }) { nodes { id } } }": types.ExploreTestEvents4Document,
    "query ExploreTestOrganizations3 { organizations(filter: { name: \"Russian Defense Ministry\" }) { nodes { id } } }": types.ExploreTestOrganizations3Document,
    "query ExploreTestCompare($e: ID!, $s: [ID!]!) { compare(eventId: $e, speakerIds: $s) { event { name } columns { statementCount countsByKind { kind count } speaker { ... on Person { name } ... on Organization { name } } statements { text saidAt } } } }": types.ExploreTestCompareDocument,
    "query ExploreTestCompare2($e: ID!) { compare(eventId: $e, speakerIds: [$e]) { event { name } } }": types.ExploreTestCompare2Document,
    "query ExploreTestPeople4($after: String) { people(first: 3, after: $after, orderBy: { field: STATEMENTS, direction: DESC }) {\n             totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }": types.ExploreTestPeople4Document,
    "query ExploreTestEvents5 { events(filter: { topLevel: true }) { nodes { id name } } }": types.ExploreTestEvents5Document,
    "query ExploreTestPeople5($about: ID!, $said: DateRange!) { people(first: 50, orderBy: { field: STATEMENTS, direction: DESC, counting: { about: $about, said: $said, kind: [DIRECT_QUOTE] } }) {\n         totalCount nodes { id } } }": types.ExploreTestPeople5Document,
    "query ExploreTestPeople6($about: ID!) { people(filter: { name: \"Kuleba\" }, orderBy: { field: STATEMENTS, direction: DESC, counting: { about: $about } }) { totalCount nodes { name } } }": types.ExploreTestPeople6Document,
    "query ExploreTestNode9($id: ID!, $said: DateRange!) { node(id: $id) { ... on Event { speakers(said: $said, kind: [DIRECT_QUOTE]) { statementCount speaker { ... on Person { id } } } } } }": types.ExploreTestNode9Document,
    "query ExploreTestEvents6 { events(first: 5, orderBy: { field: SPEAKERS, direction: DESC }) { nodes { id name speakers(first: 100) { speaker { __typename } } } } }": types.ExploreTestEvents6Document,
    "query ExploreTestOrganizations4 { organizations(first: 100, orderBy: { field: MENTIONS, direction: DESC }) { totalCount nodes { id } } }": types.ExploreTestOrganizations4Document,
    "query ExportsIds {\n    people(filter: { name: \"Kuleba\" }, first: 1) { nodes { id } }\n    konashenkov: people(filter: { name: \"Konashenkov\" }, first: 1) { nodes { id } }\n    events(filter: { name: \"pull-back\" }, first: 1) { nodes { id } }\n    statements { totalCount }\n  }": types.ExportsIdsDocument,
    "query ExportsStatementsBySpeaker($s: ID!) { statements(filter: { speaker: $s }, first: 100) { nodes { id text } } }": types.ExportsStatementsBySpeakerDocument,
    "mutation ExtractMutationIngest($text: String!, $url: String, $headline: String, $publishedAt: DateTime, $publisher: String, $dryRun: Boolean) {\n  ingestArticleText(text: $text, url: $url, headline: $headline, publishedAt: $publishedAt, publisher: $publisher, dryRun: $dryRun) {\n    created matchedExistingEvent createdEntities reusedEntities statementCount\n    article { id url headline events { nodes { event { id name } } } statements { totalCount } }\n    extraction {\n      url headline eventName\n      statements { kind text speaker attributedFrom verb venue addressee confidence start end }\n      entities { type name }\n      images { caption creditLine photographer agencies }\n      contributors { name role }\n      dropped { reason text }\n    }\n  }\n}": types.ExtractMutationIngestDocument,
    "mutation ExtractMutationAuthors($text: String!, $url: String, $authors: [String!]) {\n        ingestArticleText(text: $text, url: $url, authors: $authors) {\n          article { contributors { nodes { role contributor { ... on Person { name } } } } }\n        }\n      }": types.ExtractMutationAuthorsDocument,
    "mutation ExtractWorkerIngest($text: String!, $url: String, $dryRun: Boolean) {\n  ingestArticleText(text: $text, url: $url, dryRun: $dryRun) { created statementCount }\n}": types.ExtractWorkerIngestDocument,
    "query ExamplesPersonId($n: String!) { people(filter: { name: $n }) { nodes { id } } }": types.ExamplesPersonIdDocument,
    "query ExamplesTopLevelEvents { events(filter: { topLevel: true }) { nodes { id } } }": types.ExamplesTopLevelEventsDocument,
    "mutation HtmlIngestArticle($input: IngestArticleHtmlInput!) {\n  ingestArticleHtml(input: $input) {\n    created statementCount createdEntities reusedEntities matchedExistingEvent\n    page { canonicalUrl headline publishedAt modifiedAt authors publisher section language text\n           images { url caption creditLine photographer agencies } }\n    extraction { url headline body statements { text speaker start end } }\n    article {\n      url headline body publishedAt language\n      publisher { name }\n      contributors { nodes { role contributor { ... on Person { name } ... on Organization { name } } } }\n      images { nodes { url caption creditLine photographer { name } agencies { nodes { organization { name } } } } }\n      statements(first: 100) { nodes { text startOffset endOffset speaker { ... on Person { name } ... on Organization { name } } } }\n    }\n  }\n}": types.HtmlIngestArticleDocument,
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
    "query JsonldIds {\n    articles(first: 1) { nodes { id images(first: 1) { nodes { id } } } }\n    events(filter: { name: \"pull-back\" }, first: 1) { nodes { id } }\n    people(filter: { name: \"Kuleba\" }, first: 1) { nodes { id } }\n    organizations(first: 100) { nodes { id kind } }\n    statements(filter: { speakerName: \"Kuleba\" }, first: 1) { nodes { id } }\n    places(first: 1) { nodes { id } }\n  }": types.JsonldIdsDocument,
    "query NPlusOneNested($n: Int!) {\n  events(first: $n) {\n    nodes {\n      name\n      statements(first: $n) {\n        totalCount\n        nodes { statement { text speaker { ... on Person { name affiliations { nodes { role organization { name } } } } ... on Organization { name } } } }\n      }\n    }\n  }\n}": types.NPlusOneNestedDocument,
    "query NPlusOneEventSpeakers($n: Int!) { events(first: $n) { nodes { speakers { statementCount speaker { ... on Person { name } } } } } }": types.NPlusOneEventSpeakersDocument,
    "query NPlusOneLoadableFields($n: Int!) {\n      events(first: $n) { nodes {\n        timeline { statementCount topSpeakers { count speaker { ... on Person { name } } } }\n        statementCountsByKind { count }\n        connections(first: 3) { totalCount nodes { __typename } }\n      } }\n      statements(first: $n) { nodes { thread { depth } relations { totalCount } } }\n    }": types.NPlusOneLoadableFieldsDocument,
    "query NPlusOneConnectionEvidence($n: Int!) {\n      events(first: $n) { nodes {\n        connections(first: 5, kinds: [SPOKE_ABOUT]) { edges {\n          evidenceCount lastSeen node { ... on Person { name } }\n          evidence { __typename ... on Statement { text speaker { ... on Person { name } } } }\n        } }\n      } }\n    }": types.NPlusOneConnectionEvidenceDocument,
    "query NPlusOneMuchDiscussed($n: Int!) { events(filter: { name: \"much-discussed\" }) { nodes { speakers(first: $n) { statementCount speaker { ... on Person { name } } } } } }": types.NPlusOneMuchDiscussedDocument,
    "query SeedEvents {\n      events(filter: { name: \"pull-back\" }) {\n        nodes {\n          name\n          statements(first: 50) {\n            totalCount\n            nodes { statement { kind text venue speaker { __typename ... on Person { name } ... on Organization { name } } } }\n          }\n        }\n      }\n    }": types.SeedEventsDocument,
    "query SharedPeopleByName($name: String) { list: people(first: 1, filter: { name: $name }) { totalCount } }": types.SharedPeopleByNameDocument,
    "query SharedOrganizationsByName($name: String) { list: organizations(first: 1, filter: { name: $name }) { totalCount } }": types.SharedOrganizationsByNameDocument,
    "query SharedPlacesByName($name: String) { list: places(first: 1, filter: { name: $name }) { totalCount } }": types.SharedPlacesByNameDocument,
    "query SharedEventsByName($name: String) { list: events(first: 1, filter: { name: $name }) { totalCount } }": types.SharedEventsByNameDocument,
    "query RelationsPage($id: ID!, $first: Int, $last: Int, $after: String, $before: String, $direction: RelationDirection, $kinds: [StatementRelationKind!]) {\n  statement(id: $id) {\n    relations(first: $first, last: $last, after: $after, before: $before, direction: $direction, kinds: $kinds) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { kind createdAt from { text } to { text } }\n    }\n  }\n}": types.RelationsPageDocument,
    "query RelationsOfAPage { statements(filter: { textContains: \"small\" }, orderBy: { field: CREATED_AT }) { nodes { text relations(first: 1) { totalCount } } } }": types.RelationsOfAPageDocument,
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
export function graphql(source: "mutation ConcurrencyIngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { url } } }"): typeof import('./graphql.ts').ConcurrencyIngestArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrencyCounts {\n      people { totalCount nodes { name } }\n      organizations { totalCount }\n      events { totalCount }\n      articles { totalCount }\n      statements { totalCount }\n    }"): typeof import('./graphql.ts').ConcurrencyCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrencyCrisis { events(filter: { name: \"Ukraine crisis\" }) { nodes { statements(includeSubEvents: true) { totalCount } } } }"): typeof import('./graphql.ts').ConcurrencyCrisisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrencySameArticle {\n      articles(filter: { url: \"https://example.com/concurrent/1000\" }) { totalCount }\n      people(filter: { name: \"Macron\" }) { totalCount }\n      statements { totalCount }\n    }"): typeof import('./graphql.ts').ConcurrencySameArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionTableCoMentions($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [CO_MENTIONED]) { totalCount edges { evidenceCount weight reason node { ... on Person { name } } } } } } }"): typeof import('./graphql.ts').ConnectionTableCoMentionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionTableSameEvent($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [SPOKE_ABOUT_SAME_EVENT]) { totalCount edges { evidenceCount reason node { ... on Person { name } } } } } } }"): typeof import('./graphql.ts').ConnectionTableSameEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderIngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }"): typeof import('./graphql.ts').OrderIngestArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderArticles {\n    articles(filter: { url: \"https://example.com/reading-order\" }) { nodes { id } }\n    people(filter: { name: \"Kuleba\" }) { nodes { id } }\n    events(filter: { name: \"Reading-order talks\" }) { nodes { id } }\n  }"): typeof import('./graphql.ts').OrderArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderPeople { people(filter: { name: \"Lavrov\" }) { nodes { id } } }"): typeof import('./graphql.ts').OrderPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderNode($id: ID!) { node(id: $id) { ... on Article { statements(first: 20) { nodes { text position } } } } }"): typeof import('./graphql.ts').OrderNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderArticlePage($id: ID!, $after: String) { node(id: $id) { ... on Article {\n      statements(first: 3, after: $after) { nodes { text } pageInfo { endCursor hasNextPage } } } } }"): typeof import('./graphql.ts').OrderArticlePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderNode2($id: ID!) { node(id: $id) { ... on Person { statements(first: 20) { nodes { text } } } } }"): typeof import('./graphql.ts').OrderNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderNode3($id: ID!) { node(id: $id) { ... on Event { statements(first: 20) { nodes { statement { text } } } } } }"): typeof import('./graphql.ts').OrderNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderStatements($article: ID!, $orderBy: StatementOrder) { statements(filter: { article: $article }, orderBy: $orderBy, first: 20) { nodes { text } } }"): typeof import('./graphql.ts').OrderStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderCompare($event: ID!, $speakers: [ID!]!) { compare(eventId: $event, speakerIds: $speakers) { columns { statements { text } } } }"): typeof import('./graphql.ts').OrderCompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderStatements2 { statements(filter: { textContains: \"no plans to invade\" }) { nodes { id } } }"): typeof import('./graphql.ts').OrderStatements2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderNode4($id: ID!) { node(id: $id) { ... on Statement { thread { depth statement { text } } } } }"): typeof import('./graphql.ts').OrderNode4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderStatements3 { statements(filter: { textContains: \"no plans to invade\" }) { nodes { id } } }"): typeof import('./graphql.ts').OrderStatements3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderRelationsPage($id: ID!, $after: String) { node(id: $id) { ... on Statement {\n      relations(first: 1, after: $after) { totalCount nodes { from { text } } pageInfo { endCursor hasNextPage } } } } }"): typeof import('./graphql.ts').OrderRelationsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderNode5($id: ID!) { node(id: $id) { ... on Statement { relations(last: 2) { nodes { from { text } } } } } }"): typeof import('./graphql.ts').OrderNode5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderCreateStatement($input: CreateStatementInput!) { createStatement(input: $input) { statement { id position } } }"): typeof import('./graphql.ts').OrderCreateStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderArticleStatements($id: ID!) { node(id: $id) { ... on Article { statements(first: 20) { nodes { text position } } } } }"): typeof import('./graphql.ts').OrderArticleStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderUpdateStatement($input: UpdateStatementInput!) { updateStatement(input: $input) { statement { position } } }"): typeof import('./graphql.ts').OrderUpdateStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestPeople($n: String!) { people(filter: { name: $n }) { nodes { id name } } }"): typeof import('./graphql.ts').ExploreTestPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestSearch($q: String!, $types: [SearchableType!], $first: Int, $after: String) {\n        search(query: $q, types: $types, first: $first, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor }\n          edges { cursor score snippet node { __typename ... on Person { name } ... on Statement { text } ... on Article { headline } ... on Event { name } ... on Organization { name } } }\n        }\n      }"): typeof import('./graphql.ts').ExploreTestSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestSearch2($q: String!) { search(query: $q) { totalCount } }"): typeof import('./graphql.ts').ExploreTestSearch2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestCreateMarkupPerson($name: String!) { createPerson(input: { name: $name }) { person { id } } }"): typeof import('./graphql.ts').ExploreTestCreateMarkupPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestIngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }"): typeof import('./graphql.ts').ExploreTestIngestArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestCreatePerson2 { createPerson(input: { name: \"Oleksii Reznikov\" }) { person { id } } }"): typeof import('./graphql.ts').ExploreTestCreatePerson2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestResolveEntity { resolveEntity(name: \"Sergey Shoygu\", type: PERSON) { score matchedName entity { ... on Person { name } } } }"): typeof import('./graphql.ts').ExploreTestResolveEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestAddAlias($id: ID!) { addAlias(input: { id: $id, alias: \"Dmitry Kuleba\" }) { entity { ... on Person { aliases } } } }"): typeof import('./graphql.ts').ExploreTestAddAliasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestRemoveAlias($id: ID!) { removeAlias(input: { id: $id, alias: \"dmitry kuleba\" }) { entity { ... on Person { aliases } } } }"): typeof import('./graphql.ts').ExploreTestRemoveAliasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestRemoveAlias2($id: ID!) { removeAlias(input: { id: $id, alias: \"Dmitry Kuleba\" }) { entity { __typename } } }"): typeof import('./graphql.ts').ExploreTestRemoveAlias2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestCreatePerson3 { createPerson(input: { name: \"D. Kuleba\", aliases: [\"Kuleba Dmytro\"], externalIds: [\"wikidata:Q-test\"] }) { person { id } } }"): typeof import('./graphql.ts').ExploreTestCreatePerson3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestEvents { events(filter: { topLevel: true }) { nodes { id } } }"): typeof import('./graphql.ts').ExploreTestEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestCreateStatement($s: ID!, $e: ID!) { createStatement(input: { text: \"A duplicate's words.\", kind: DIRECT_QUOTE, speaker: $s, about: [$e] }) { statement { id } } }"): typeof import('./graphql.ts').ExploreTestCreateStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestMergeEntities($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId entity { ... on Person { name aliases externalIds { value } statements { totalCount } } } } }"): typeof import('./graphql.ts').ExploreTestMergeEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestNode($id: ID!) { node(id: $id) { id ... on Person { name } } nodes(ids: [$id]) { id } }"): typeof import('./graphql.ts').ExploreTestNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestCreateEvent($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }"): typeof import('./graphql.ts').ExploreTestCreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestCreateStatement2($t: String!, $s: ID!, $a: [ID!]) { createStatement(input: { text: $t, kind: DIRECT_QUOTE, speaker: $s, about: $a }) { statement { id } } }"): typeof import('./graphql.ts').ExploreTestCreateStatement2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestMergeEntities2($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId entity { ... on Event { id name kind startAt endAt description\n         own: statements(includeSubEvents: false) { totalCount } all: statements(includeSubEvents: true) { totalCount }\n         children { nodes { name parent { id } } } participants { totalCount nodes { role } } } } } }"): typeof import('./graphql.ts').ExploreTestMergeEntities2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestNode2($id: ID!) { node(id: $id) { ... on Event { statements(includeSubEvents: true) { totalCount } } } }"): typeof import('./graphql.ts').ExploreTestNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestNode3($id: ID!) { node(id: $id) { id ... on Event { name } } }"): typeof import('./graphql.ts').ExploreTestNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestMergeEntities3($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId } }"): typeof import('./graphql.ts').ExploreTestMergeEntities3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExploreTestMergeEntities4($k: ID!, $m: ID!) { mergeEntities(input: { keepId: $k, mergeId: $m }) { mergedId } }"): typeof import('./graphql.ts').ExploreTestMergeEntities4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestOrganizations { organizations(first: 1) { nodes { id } } }"): typeof import('./graphql.ts').ExploreTestOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestNode4($id: ID!) { node(id: $id) { ... on Person { connections(first: 50) { totalCount edges { kind weight evidenceCount reason node { __typename ... on Organization { name } ... on Person { name } ... on Event { name } } } } } } }"): typeof import('./graphql.ts').ExploreTestNode4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestNode5($id: ID!) { node(id: $id) { ... on Person { connections(kinds: [AFFILIATED]) { totalCount } } } }"): typeof import('./graphql.ts').ExploreTestNode5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestPeople2($n: Int) { people(first: $n) { nodes { connections(first: 5) { totalCount } } } }"): typeof import('./graphql.ts').ExploreTestPeople2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExploreTestHop on PathHop {\n      kind evidence\n      from { __typename ... on Person { name } ... on Organization { name } ... on Statement { text } ... on Event { name } }\n      to { __typename ... on Person { name } ... on Organization { name } ... on Statement { text } ... on Event { name } }\n    }"): typeof import('./graphql.ts').ExploreTestHopFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestPaths($f: ID!, $t: ID!) { path(from: $f, to: $t) { length hops { ...ExploreTestHop } } }"): typeof import('./graphql.ts').ExploreTestPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestFirstPath($f: ID!, $t: ID!) { path(from: $f, to: $t, first: 1) { length hops { ...ExploreTestHop } } }"): typeof import('./graphql.ts').ExploreTestFirstPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestOrganizations2 { organizations(filter: { name: \"Russian Defense Ministry\" }) { nodes { id } } }"): typeof import('./graphql.ts').ExploreTestOrganizations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestPath($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 2) { length } }"): typeof import('./graphql.ts').ExploreTestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestPath2($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 9) { length } }"): typeof import('./graphql.ts').ExploreTestPath2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestPath3($f: ID!, $t: ID!) { path(from: $f, to: $t) { length narrowed hops { kind from { ... on Statement { text } } } } }"): typeof import('./graphql.ts').ExploreTestPath3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestPath4($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 2) { length } }"): typeof import('./graphql.ts').ExploreTestPath4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestStatements { statements(filter: { textContains: \"believe it\" }) { nodes { id } } }"): typeof import('./graphql.ts').ExploreTestStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestNode6($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation repeated parentId statement { id text saidAt speaker { ... on Person { name } ... on Organization { name } } } } } } }"): typeof import('./graphql.ts').ExploreTestNode6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestNode7($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation statement { text } } } } }"): typeof import('./graphql.ts').ExploreTestNode7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestNode8($id: ID!) { node(id: $id) { ... on Statement { thread { depth relation repeated parentId statement { text } } } } }"): typeof import('./graphql.ts').ExploreTestNode8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestEvents2 { events(filter: { topLevel: true }) { nodes { id name\n      day: timeline(granularity: DAY) { start statementCount articleCount topSpeakers { count speaker { ... on Person { name } ... on Organization { name } } } }\n      month: timeline(granularity: MONTH) { start statementCount articleCount }\n      statements(includeSubEvents: true) { totalCount } } } }"): typeof import('./graphql.ts').ExploreTestEvents2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestEvents3 { events(filter: { topLevel: true }) { nodes { speakers { statementCount countsByKind { kind count } speaker { ... on Person { name } ... on Organization { name } } } } } }"): typeof import('./graphql.ts').ExploreTestEvents3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestPeople3 { people(first: 100) { nodes { name statements { totalCount } statementCountsByKind { kind count } } }\n         events(filter: { topLevel: true }) { nodes { statements(includeSubEvents: true) { totalCount } statementCountsByKind { kind count } } } }"): typeof import('./graphql.ts').ExploreTestPeople3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestEvents4 { events(filter: { topLevel: true }) { nodes { id } } }"): typeof import('./graphql.ts').ExploreTestEvents4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestOrganizations3 { organizations(filter: { name: \"Russian Defense Ministry\" }) { nodes { id } } }"): typeof import('./graphql.ts').ExploreTestOrganizations3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestCompare($e: ID!, $s: [ID!]!) { compare(eventId: $e, speakerIds: $s) { event { name } columns { statementCount countsByKind { kind count } speaker { ... on Person { name } ... on Organization { name } } statements { text saidAt } } } }"): typeof import('./graphql.ts').ExploreTestCompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestCompare2($e: ID!) { compare(eventId: $e, speakerIds: [$e]) { event { name } } }"): typeof import('./graphql.ts').ExploreTestCompare2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestPeople4($after: String) { people(first: 3, after: $after, orderBy: { field: STATEMENTS, direction: DESC }) {\n             totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }"): typeof import('./graphql.ts').ExploreTestPeople4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestEvents5 { events(filter: { topLevel: true }) { nodes { id name } } }"): typeof import('./graphql.ts').ExploreTestEvents5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestPeople5($about: ID!, $said: DateRange!) { people(first: 50, orderBy: { field: STATEMENTS, direction: DESC, counting: { about: $about, said: $said, kind: [DIRECT_QUOTE] } }) {\n         totalCount nodes { id } } }"): typeof import('./graphql.ts').ExploreTestPeople5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestPeople6($about: ID!) { people(filter: { name: \"Kuleba\" }, orderBy: { field: STATEMENTS, direction: DESC, counting: { about: $about } }) { totalCount nodes { name } } }"): typeof import('./graphql.ts').ExploreTestPeople6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestNode9($id: ID!, $said: DateRange!) { node(id: $id) { ... on Event { speakers(said: $said, kind: [DIRECT_QUOTE]) { statementCount speaker { ... on Person { id } } } } } }"): typeof import('./graphql.ts').ExploreTestNode9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestEvents6 { events(first: 5, orderBy: { field: SPEAKERS, direction: DESC }) { nodes { id name speakers(first: 100) { speaker { __typename } } } } }"): typeof import('./graphql.ts').ExploreTestEvents6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreTestOrganizations4 { organizations(first: 100, orderBy: { field: MENTIONS, direction: DESC }) { totalCount nodes { id } } }"): typeof import('./graphql.ts').ExploreTestOrganizations4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsIds {\n    people(filter: { name: \"Kuleba\" }, first: 1) { nodes { id } }\n    konashenkov: people(filter: { name: \"Konashenkov\" }, first: 1) { nodes { id } }\n    events(filter: { name: \"pull-back\" }, first: 1) { nodes { id } }\n    statements { totalCount }\n  }"): typeof import('./graphql.ts').ExportsIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsStatementsBySpeaker($s: ID!) { statements(filter: { speaker: $s }, first: 100) { nodes { id text } } }"): typeof import('./graphql.ts').ExportsStatementsBySpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExtractMutationIngest($text: String!, $url: String, $headline: String, $publishedAt: DateTime, $publisher: String, $dryRun: Boolean) {\n  ingestArticleText(text: $text, url: $url, headline: $headline, publishedAt: $publishedAt, publisher: $publisher, dryRun: $dryRun) {\n    created matchedExistingEvent createdEntities reusedEntities statementCount\n    article { id url headline events { nodes { event { id name } } } statements { totalCount } }\n    extraction {\n      url headline eventName\n      statements { kind text speaker attributedFrom verb venue addressee confidence start end }\n      entities { type name }\n      images { caption creditLine photographer agencies }\n      contributors { name role }\n      dropped { reason text }\n    }\n  }\n}"): typeof import('./graphql.ts').ExtractMutationIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExtractMutationAuthors($text: String!, $url: String, $authors: [String!]) {\n        ingestArticleText(text: $text, url: $url, authors: $authors) {\n          article { contributors { nodes { role contributor { ... on Person { name } } } } }\n        }\n      }"): typeof import('./graphql.ts').ExtractMutationAuthorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExtractWorkerIngest($text: String!, $url: String, $dryRun: Boolean) {\n  ingestArticleText(text: $text, url: $url, dryRun: $dryRun) { created statementCount }\n}"): typeof import('./graphql.ts').ExtractWorkerIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExamplesPersonId($n: String!) { people(filter: { name: $n }) { nodes { id } } }"): typeof import('./graphql.ts').ExamplesPersonIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExamplesTopLevelEvents { events(filter: { topLevel: true }) { nodes { id } } }"): typeof import('./graphql.ts').ExamplesTopLevelEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HtmlIngestArticle($input: IngestArticleHtmlInput!) {\n  ingestArticleHtml(input: $input) {\n    created statementCount createdEntities reusedEntities matchedExistingEvent\n    page { canonicalUrl headline publishedAt modifiedAt authors publisher section language text\n           images { url caption creditLine photographer agencies } }\n    extraction { url headline body statements { text speaker start end } }\n    article {\n      url headline body publishedAt language\n      publisher { name }\n      contributors { nodes { role contributor { ... on Person { name } ... on Organization { name } } } }\n      images { nodes { url caption creditLine photographer { name } agencies { nodes { organization { name } } } } }\n      statements(first: 100) { nodes { text startOffset endOffset speaker { ... on Person { name } ... on Organization { name } } } }\n    }\n  }\n}"): typeof import('./graphql.ts').HtmlIngestArticleDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JsonldIds {\n    articles(first: 1) { nodes { id images(first: 1) { nodes { id } } } }\n    events(filter: { name: \"pull-back\" }, first: 1) { nodes { id } }\n    people(filter: { name: \"Kuleba\" }, first: 1) { nodes { id } }\n    organizations(first: 100) { nodes { id kind } }\n    statements(filter: { speakerName: \"Kuleba\" }, first: 1) { nodes { id } }\n    places(first: 1) { nodes { id } }\n  }"): typeof import('./graphql.ts').JsonldIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneNested($n: Int!) {\n  events(first: $n) {\n    nodes {\n      name\n      statements(first: $n) {\n        totalCount\n        nodes { statement { text speaker { ... on Person { name affiliations { nodes { role organization { name } } } } ... on Organization { name } } } }\n      }\n    }\n  }\n}"): typeof import('./graphql.ts').NPlusOneNestedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneEventSpeakers($n: Int!) { events(first: $n) { nodes { speakers { statementCount speaker { ... on Person { name } } } } } }"): typeof import('./graphql.ts').NPlusOneEventSpeakersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneLoadableFields($n: Int!) {\n      events(first: $n) { nodes {\n        timeline { statementCount topSpeakers { count speaker { ... on Person { name } } } }\n        statementCountsByKind { count }\n        connections(first: 3) { totalCount nodes { __typename } }\n      } }\n      statements(first: $n) { nodes { thread { depth } relations { totalCount } } }\n    }"): typeof import('./graphql.ts').NPlusOneLoadableFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneConnectionEvidence($n: Int!) {\n      events(first: $n) { nodes {\n        connections(first: 5, kinds: [SPOKE_ABOUT]) { edges {\n          evidenceCount lastSeen node { ... on Person { name } }\n          evidence { __typename ... on Statement { text speaker { ... on Person { name } } } }\n        } }\n      } }\n    }"): typeof import('./graphql.ts').NPlusOneConnectionEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneMuchDiscussed($n: Int!) { events(filter: { name: \"much-discussed\" }) { nodes { speakers(first: $n) { statementCount speaker { ... on Person { name } } } } } }"): typeof import('./graphql.ts').NPlusOneMuchDiscussedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedEvents {\n      events(filter: { name: \"pull-back\" }) {\n        nodes {\n          name\n          statements(first: 50) {\n            totalCount\n            nodes { statement { kind text venue speaker { __typename ... on Person { name } ... on Organization { name } } } }\n          }\n        }\n      }\n    }"): typeof import('./graphql.ts').SeedEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedPeopleByName($name: String) { list: people(first: 1, filter: { name: $name }) { totalCount } }"): typeof import('./graphql.ts').SharedPeopleByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedOrganizationsByName($name: String) { list: organizations(first: 1, filter: { name: $name }) { totalCount } }"): typeof import('./graphql.ts').SharedOrganizationsByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedPlacesByName($name: String) { list: places(first: 1, filter: { name: $name }) { totalCount } }"): typeof import('./graphql.ts').SharedPlacesByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedEventsByName($name: String) { list: events(first: 1, filter: { name: $name }) { totalCount } }"): typeof import('./graphql.ts').SharedEventsByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsPage($id: ID!, $first: Int, $last: Int, $after: String, $before: String, $direction: RelationDirection, $kinds: [StatementRelationKind!]) {\n  statement(id: $id) {\n    relations(first: $first, last: $last, after: $after, before: $before, direction: $direction, kinds: $kinds) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { kind createdAt from { text } to { text } }\n    }\n  }\n}"): typeof import('./graphql.ts').RelationsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsOfAPage { statements(filter: { textContains: \"small\" }, orderBy: { field: CREATED_AT }) { nodes { text relations(first: 1) { totalCount } } } }"): typeof import('./graphql.ts').RelationsOfAPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
