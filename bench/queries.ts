// The benchmark's query set: each query as a newsgraph operation, the
// equivalent PostGraphile operation (queries 1–4), and the best single
// hand-written SQL returning the same data (queries 1–3, the floor).
import type { Random } from './corpus/random.ts';

/** Ids the variables are drawn from, sampled from the corpus before the run. */
export type Samples = {
  events: string[];
  people: string[];
  statements: string[];
  eventKinds: string[];
  personNames: string[];
  /** The speakers with the most statements, and some with the fewest (for paths from a hub to the edge of the graph). */
  frequentSpeakers: string[];
  rareSpeakers: string[];
  /** "<event id> <epoch ms>": when something was said about the event. */
  eventMoments: string[];
};

export type BenchQuery = {
  key: string;
  title: string;
  newsgraph: { query: string; variables(random: Random): Record<string, unknown> };
  postgraphile?: { query: string; variables(random: Random): Record<string, unknown> };
  floor?: { sql: string; params(random: Random): unknown[] };
  /** Writes: skipped by PostGraphile and cleaned up after the run. */
  write?: boolean;
};

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const pgNodeId = (type: string, id: string) => Buffer.from(JSON.stringify([type, id])).toString('base64');

/** Extra selections the newsgraph schema may offer (other branches add them). */
export type Optional = { personConnections?: string; search?: { field: string; arg: string; selection: string } };

export function benchQueries(samples: Samples, optional: Optional = {}): BenchQuery[] {
  const queries: BenchQuery[] = [
    {
      key: 'q1-event-statements',
      title: '1. who said what about an event and its sub-events',
      newsgraph: {
        query: `query Q1($id: ID!) { event(id: $id) { name statements(first: 20, includeSubEvents: true) { nodes { statement {
          text kind saidAt
          speaker { __typename ... on Person { name affiliations(first: 5) { nodes { role organization { name } } } } ... on Organization { name } }
          article { headline } } } } } }`,
        variables: (random) => ({ id: gid('Event', random.pick(samples.events)) }),
      },
      postgraphile: {
        // Same order as newsgraph: statement_event.said_at (indexed, so PostGraphile offers it), then statement id.
        query: `query Q1($id: String!) { eventByRowId(rowId: $id) { name statementEventsByEventId(first: 20, orderBy: [SAID_AT_ASC, STATEMENT_ID_ASC]) { nodes { statementByStatementId {
          text kind saidAt
          personBySpeakerPersonId { name affiliationsByPersonId(first: 5) { nodes { role organizationByOrganizationId { name } } } }
          organizationBySpeakerOrganizationId { name }
          articleByArticleId { headline } } } } } }`,
        variables: (random) => ({ id: random.pick(samples.events) }),
      },
      floor: {
        sql: `SELECT e.name, (SELECT coalesce(json_agg(x), '[]') FROM (
            SELECT s.text, s.kind, s.said_at, a.headline,
                   CASE WHEN p.id IS NOT NULL THEN json_build_object('name', p.name, 'affiliations', (
                          SELECT coalesce(json_agg(json_build_object('role', af.role, 'organization', o.name)), '[]')
                            FROM (SELECT * FROM affiliation WHERE person_id = p.id ORDER BY valid_from DESC NULLS LAST, id LIMIT 5) af
                            LEFT JOIN organization o ON o.id = af.organization_id))
                        WHEN so.id IS NOT NULL THEN json_build_object('name', so.name) END AS speaker
              FROM statement_event se JOIN statement s ON s.id = se.statement_id
              LEFT JOIN person p ON p.id = s.speaker_person_id
              LEFT JOIN organization so ON so.id = s.speaker_organization_id
              LEFT JOIN article a ON a.id = s.article_id
             WHERE se.event_id = e.id
             ORDER BY se.said_at ASC NULLS LAST, se.statement_id LIMIT 20) x) AS statements
          FROM event e WHERE e.id = $1`,
        params: (random) => [random.pick(samples.events)],
      },
    },
    {
      key: 'q2-person-profile',
      title: "2. a person's profile",
      newsgraph: {
        query: `query Q2($id: ID!) { person(id: $id) { name
          affiliations(first: 10) { nodes { role validFrom validTo organization { name } } }
          statements(first: 20) { nodes { text kind saidAt about(first: 5) { nodes { event { name } } } } } } }`,
        variables: (random) => ({ id: gid('Person', random.pick(samples.people)) }),
      },
      postgraphile: {
        query: `query Q2($id: String!) { personByRowId(rowId: $id) { name
          affiliationsByPersonId(first: 10) { nodes { role validFrom validTo organizationByOrganizationId { name } } }
          statementsBySpeakerPersonId(first: 20, orderBy: [SAID_AT_DESC, ROW_ID_ASC]) { nodes { text kind saidAt
            statementEventsByStatementId(first: 5, condition: { direct: true }) { nodes { eventByEventId { name } } } } } } }`,
        variables: (random) => ({ id: random.pick(samples.people) }),
      },
      floor: {
        sql: `SELECT p.name,
            (SELECT coalesce(json_agg(x), '[]') FROM (
               SELECT af.role, af.valid_from, af.valid_to, o.name AS organization FROM affiliation af
                 LEFT JOIN organization o ON o.id = af.organization_id
                WHERE af.person_id = p.id ORDER BY af.valid_from DESC NULLS LAST, af.id LIMIT 10) x) AS affiliations,
            (SELECT coalesce(json_agg(y), '[]') FROM (
               SELECT s.text, s.kind, s.said_at, (
                        SELECT coalesce(json_agg(e.name), '[]') FROM (
                          SELECT event_id FROM statement_event WHERE statement_id = s.id AND direct ORDER BY event_id LIMIT 5) se
                          JOIN event e ON e.id = se.event_id) AS about
                 FROM statement s WHERE s.speaker_person_id = p.id ORDER BY s.said_at DESC NULLS LAST, s.id LIMIT 20) y) AS statements
          FROM person p WHERE p.id = $1`,
        params: (random) => [random.pick(samples.people)],
      },
    },
    {
      key: 'q3-events-list',
      title: '3. events list, 5 statements each, with speakers',
      newsgraph: {
        query: `query Q3($kind: EventKind!) { events(first: 20, filter: { kind: [$kind] }) { nodes { name startAt
          statements(first: 5) { nodes { statement { text speaker { __typename ... on Person { name } ... on Organization { name } } } } } } } }`,
        variables: (random) => ({ kind: random.pick(samples.eventKinds) }),
      },
      postgraphile: {
        query: `query Q3($kind: EventKind!) { allEvents(first: 20, orderBy: [START_AT_ASC, PRIMARY_KEY_ASC], condition: { kind: $kind }) { nodes { name startAt
          statementEventsByEventId(first: 5, condition: { direct: true }, orderBy: [SAID_AT_ASC, STATEMENT_ID_ASC]) { nodes { statementByStatementId { text
            personBySpeakerPersonId { name } organizationBySpeakerOrganizationId { name } } } } } } }`,
        variables: (random) => ({ kind: random.pick(samples.eventKinds) }),
      },
      floor: {
        sql: `SELECT coalesce(json_agg(x), '[]') FROM (
            SELECT e.name, e.start_at, (SELECT coalesce(json_agg(y), '[]') FROM (
                SELECT s.text, coalesce(p.name, o.name) AS speaker
                  FROM statement_event se JOIN statement s ON s.id = se.statement_id
                  LEFT JOIN person p ON p.id = s.speaker_person_id
                  LEFT JOIN organization o ON o.id = s.speaker_organization_id
                 WHERE se.event_id = e.id AND se.direct
                 ORDER BY se.said_at ASC NULLS LAST, se.statement_id LIMIT 5) y) AS statements
              FROM event e WHERE e.kind = $1::"EventKind" ORDER BY e.start_at ASC NULLS LAST, e.id LIMIT 20) x`,
        params: (random) => [random.pick(samples.eventKinds)],
      },
    },
    {
      key: 'q4-node',
      title: '4. node(id:) of a random statement',
      newsgraph: {
        query: 'query Q4($id: ID!) { node(id: $id) { id ... on Statement { text kind saidAt speakerRole verb venue } } }',
        variables: (random) => ({ id: gid('Statement', random.pick(samples.statements)) }),
      },
      postgraphile: {
        query: 'query Q4($id: ID!) { node(id: $id) { id ... on Statement { text kind saidAt speakerRole verb venue } } }',
        variables: (random) => ({ id: pgNodeId('Statement', random.pick(samples.statements)) }),
      },
    },
  ];
  // PostGraphile has no equivalent, so the profile's "top connections" run as a query of their own.
  if (optional.personConnections) {
    queries.splice(2, 0, {
      key: 'q2b-person-connections',
      title: "2b. a person's top connections",
      newsgraph: {
        query: `query Q2b($id: ID!) { person(id: $id) { name ${optional.personConnections} } }`,
        variables: (random) => ({ id: gid('Person', random.pick(samples.people)) }),
      },
    });
    // The hubs: the people whose connections are the most to count.
    queries.push({
      key: 'q9-frequent-speaker-connections',
      title: "9. a frequent speaker's top connections",
      newsgraph: {
        query: `query Q9($id: ID!) { person(id: $id) { name ${optional.personConnections} } }`,
        variables: (random) => ({ id: gid('Person', random.pick(samples.frequentSpeakers)) }),
      },
    });
  }
  if (optional.search) {
    const { field, arg, selection } = optional.search;
    queries.push({
      key: 'q5-search-typo',
      title: '5. search for a name with a typo',
      newsgraph: {
        query: `query Q5($q: String!) { ${field}(${arg}: $q) ${selection} }`,
        variables: (random) => ({ q: typo(random, random.pick(samples.personNames)) }),
      },
    });
  }
  queries.push({
    key: 'q7-path-hub-to-rare',
    title: '7. path from a frequent speaker to a rare one',
    newsgraph: {
      query: `query Q7($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 4) { length narrowed hops { kind evidence } } }`,
      variables: (random) => ({
        from: gid('Person', random.pick(samples.frequentSpeakers)),
        to: gid('Person', random.pick(samples.rareSpeakers)),
      }),
    },
  });
  queries.push({
    key: 'q8-top-speakers-about-event',
    title: '8. top speakers about an event and its sub-events in a 30-day window',
    newsgraph: {
      query: `query Q8($about: ID!, $from: DateTime!, $to: DateTime!) { people(first: 10, orderBy: { field: STATEMENTS, direction: DESC,
        counting: { about: $about, said: { from: $from, to: $to } } }) { totalCount nodes { name } } }`,
      variables: (random) => {
        // Thirty days around a moment something was said about the event (or one inside it).
        const [event, at] = random.pick(samples.eventMoments).split(' ') as [string, string];
        const day = 86_400_000;
        return {
          about: gid('Event', event),
          from: new Date(Number(at) - 15 * day).toISOString(),
          to: new Date(Number(at) + 15 * day).toISOString(),
        };
      },
    },
  });
  let serial = 0;
  queries.push({
    key: 'q6-ingest',
    title: '6. ingestArticle, 15 statements',
    write: true,
    newsgraph: {
      query: 'mutation Q6($input: IngestArticleInput!) { ingestArticle(input: $input) { created statementCount article { id } } }',
      variables: (random) => ({ input: ingestInput(random, samples, serial++) }),
    },
  });
  return queries;
}

/** One letter swapped with its neighbour, as a hurried searcher types. */
function typo(random: Random, name: string): string {
  const at = random.int(1, Math.max(1, name.length - 2));
  return name.slice(0, at) + (name[at + 1] ?? '') + (name[at] ?? '') + name.slice(at + 2);
}

export const benchArticlePrefix = 'https://bench.example/';

function ingestInput(random: Random, samples: Samples, serial: number) {
  const speakers = Array.from({ length: 4 }, () => random.pick(samples.personNames));
  const people = [...new Set(speakers)].map((name, k) => ({ key: `p${k}`, name }));
  const event = gid('Event', random.pick(samples.events));
  let body = '';
  const statements = Array.from({ length: 15 }, (_, k) => {
    const speaker = people[k % people.length] as { key: string; name: string };
    body += `${speaker.name} said that `;
    const start = body.length;
    body += `the talks numbered ${serial}-${k}-${random.uint32()} would continue`;
    const end = body.length;
    body += '. ';
    return {
      text: body.slice(start, end),
      kind: 'INDIRECT',
      speaker: speaker.key,
      verb: 'said',
      startOffset: start,
      endOffset: end,
      about: [event],
    };
  });
  return {
    url: `${benchArticlePrefix}${process.pid}/${serial}/${random.uint32()}`,
    headline: `Bench article ${serial}`,
    body,
    publishedAt: '2024-05-01T12:00:00Z',
    people,
    statements,
  };
}
