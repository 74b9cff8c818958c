// /export/statements.csv and /export/graph.graphml on the seed graph: what a
// spreadsheet, R, pandas, Gephi or Cytoscape reads from them. Access rules
// and limits on these routes are in tests/exports-access.test.ts.
import { MultiUndirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CsvColumn, csvColumns, type StatementRow, statementsCsv } from '../src/export/csv.ts';
import { seed } from '../src/ingest/seed.ts';
import { graphql } from './gql/index.ts';
import { parseCsv, csvObjects as readCsv } from './helpers/csv.ts';
import { present, useHarness } from './helpers/gql.ts';

const h = useHarness(async (harness) => {
  await seed(harness.db.db);
});

const csvObjects = (text: string) => readCsv<CsvColumn>(text);

async function get(path: string) {
  const response = await h.app.fetch(`http://test${path}`);
  return { response, text: await response.text() };
}

let ids: { kuleba: string; pullBack: string; konashenkov: string };
let total: number;

beforeAll(async () => {
  const data = await h.data(
    graphql(`query ExportsIds {
    people(filter: { name: "Kuleba" }, first: 1) { nodes { id } }
    konashenkov: people(filter: { name: "Konashenkov" }, first: 1) { nodes { id } }
    events(filter: { name: "pull-back" }, first: 1) { nodes { id } }
    statements { totalCount }
  }`),
  );
  ids = {
    kuleba: present(data.people.nodes[0], 'Kuleba').id,
    konashenkov: present(data.konashenkov.nodes[0], 'Konashenkov').id,
    pullBack: present(data.events.nodes[0], 'the pull-back').id,
  };
  total = data.statements.totalCount;
});

describe('GET /export/statements.csv', () => {
  it('answers every statement as RFC 4180 CSV with a header row, as a download', async () => {
    const { response, text } = await get('/export/statements.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="statements.csv"');
    expect(parseCsv(text)[0]).toEqual(csvColumns);
    const rows = csvObjects(text);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((row) => row.statement_id)).size).toBe(total);
    const konashenkov = rows.find((row) => row.speaker_name === 'Igor Konashenkov');
    expect(konashenkov).toMatchObject({
      speaker_id: ids.konashenkov,
      speaker_type: 'Person',
      article_headline: 'Russia says some troops returning to bases',
      article_url: 'https://www.nbcnews.com/news/world/russia-says-some-troops-returning-bases-ukraine-crisis-rcna16136',
      article_published_at: '2022-02-15T00:00:00.000Z',
      publisher_name: 'NBC News',
    });
    // Quotes, commas and curly quotes in text survive the round trip.
    expect(rows.some((row) => row.text.includes(','))).toBe(true);
  });

  it('filters by speaker, as the statements list does', async () => {
    const expected = await h.data(
      graphql(`query ExportsStatementsBySpeaker($s: ID!) { statements(filter: { speaker: $s }, first: 100) { nodes { id text } } }`),
      { s: ids.kuleba },
    );
    const rows = csvObjects((await get(`/export/statements.csv?speaker=${encodeURIComponent(ids.kuleba)}`)).text);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.speaker_name))).toEqual(new Set(['Dmytro Kuleba']));
    expect(rows.map((row) => row.statement_id).sort()).toEqual(expected.statements.nodes.map((node) => node.id).sort());
  });

  it('filters by event (with its sub-events unless told not to), and names the events of each row', async () => {
    const all = csvObjects((await get(`/export/statements.csv?event=${encodeURIComponent(ids.pullBack)}`)).text);
    const direct = csvObjects((await get(`/export/statements.csv?event=${encodeURIComponent(ids.pullBack)}&includeSubEvents=false`)).text);
    expect(direct.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThanOrEqual(direct.length);
    for (const row of direct) {
      expect(row.event_ids.split('; ')).toContain(ids.pullBack);
      expect(row.event_names).toContain('Announced partial pull-back of Russian troops');
    }
  });

  it('filters by a date range, a date alone meaning the whole day', async () => {
    const monday = csvObjects((await get('/export/statements.csv?from=2022-02-14&to=2022-02-14')).text);
    const tuesday = csvObjects((await get('/export/statements.csv?from=2022-02-15T00:00:00Z')).text);
    expect(monday.length).toBeGreaterThan(0);
    expect(tuesday.length).toBeGreaterThan(0);
    expect(monday.every((row) => row.said_at.startsWith('2022-02-14'))).toBe(true);
    expect(tuesday.every((row) => row.said_at >= '2022-02-15')).toBe(true);
    // Sorted by when said, earliest first.
    const dates = csvObjects((await get('/export/statements.csv')).text)
      .map((row) => row.said_at)
      .filter(Boolean);
    expect(dates).toEqual([...dates].sort());
  });

  it('stops at `limit` rows, across pages', async () => {
    expect(csvObjects((await get('/export/statements.csv?limit=3')).text)).toHaveLength(3);
    expect(csvObjects((await get('/export/statements.csv?kind=DIRECT_QUOTE')).text).every((row) => row.kind === 'DIRECT_QUOTE')).toBe(true);
  });

  it.each([
    ['speaker=nope', 'speaker'],
    [`speaker=${encodeURIComponent(Buffer.from('Event:x').toString('base64'))}`, 'speaker'],
    ['from=yesterday', 'from'],
    ['to=2022-02-31', 'to'],
    ['limit=0', 'limit'],
    ['limit=10001', 'limit'],
    ['kind=QUOTE', 'kind'],
    ['includeSubEvents=maybe', 'includeSubEvents'],
    ['speakr=x', 'speakr'],
    ['limit=1&limit=2', 'limit'],
  ])('refuses %s with 400 INVALID_PARAMETER naming the parameter', async (query, parameter) => {
    const { response, text } = await get(`/export/statements.csv?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const error = JSON.parse(text).errors[0];
    expect(error.extensions).toMatchObject({ code: 'INVALID_PARAMETER', parameter });
    expect(error.message).toContain(`"${parameter}"`);
  });

  it('answers GET only', async () => {
    const response = await h.app.fetch('http://test/export/statements.csv', { method: 'POST' });
    expect(response.status).toBe(405);
    expect((await response.json()).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('formula injection', () => {
  const row = (text: string, speakerRole: string | null): StatementRow => ({
    id: 'U3RhdGVtZW50OjE=',
    kind: 'DIRECT_QUOTE',
    text,
    speakerRole,
    verb: 'said',
    venue: null,
    saidAt: '2022-02-15T00:00:00.000Z',
    confidence: 0.9,
    speaker: { __typename: 'Person', id: 'UGVyc29uOjE=', name: '@handle' },
    article: null,
    about: { nodes: [] },
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['a plain sentence, with = inside', 'a plain sentence, with = inside'],
    ['two lines:\nand a "quote"\r', 'two lines:\nand a "quote"\r'],
  ])('neutralises a cell beginning %j', (text, expected) => {
    const [record] = csvObjects(statementsCsv([row(text, '-minister')]));
    expect(record?.text).toBe(expected);
    expect(record?.speaker_role).toBe(`'-minister`);
    expect(record?.speaker_name).toBe(`'@handle`);
    // Numbers stay numbers.
    expect(record?.confidence).toBe('0.9');
  });

  it('neutralises a stored statement in the served CSV', async () => {
    const statement = await h.db.db.statement.findFirstOrThrow({ where: { speakerPerson: { name: 'Dmytro Kuleba' } } });
    await h.db.db.statement.update({ where: { id: statement.id }, data: { text: '=cmd|" /C calc"!A0' } });
    try {
      const rows = csvObjects((await get(`/export/statements.csv?speaker=${encodeURIComponent(ids.kuleba)}`)).text);
      expect(rows.map((r) => r.text)).toContain(`'=cmd|" /C calc"!A0`);
      expect(rows.every((r) => !/^[=+\-@\t\r]/.test(r.text))).toBe(true);
    } finally {
      await h.db.db.statement.update({ where: { id: statement.id }, data: { text: statement.text } });
    }
  });
});

describe('GET /export/graph.graphml', () => {
  const graphml = async (query: string) => {
    const { response, text } = await get(`/export/graph.graphml?${query}`);
    expect(response.status, text).toBe(200);
    return { response, graph: parseGraphml(MultiUndirectedGraph, text) };
  };

  it("is a GraphML graph of a person's neighbourhood, with weighted, labelled edges", async () => {
    const { response, graph } = await graphml(`around=${encodeURIComponent(ids.kuleba)}`);
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="graph.graphml"');
    expect(graph.type).toBe('undirected');
    expect(graph.getNodeAttributes(ids.kuleba)).toEqual({ label: 'Dmytro Kuleba', type: 'Person', depth: 0 });
    expect(graph.order).toBeGreaterThan(2);
    // Depth 1: every edge touches the centre.
    graph.forEachEdge((_edge, attributes, source, target) => {
      expect([source, target]).toContain(ids.kuleba);
      expect(attributes.weight).toBeGreaterThan(0);
      expect(attributes.evidenceCount).toBeGreaterThan(0);
      expect(typeof attributes.label).toBe('string');
    });
    const kinds = new Set(graph.mapEdges((_edge, attributes) => attributes.kind));
    expect(kinds).toContain('SPOKE_ABOUT');
    const events = graph.filterNodes((_node, attributes) => attributes.type === 'Event');
    expect(events.length).toBeGreaterThan(0);
  });

  it('reaches further at depth 2, and stays within `limit` edges around the centre', async () => {
    const one = (await graphml(`around=${encodeURIComponent(ids.kuleba)}&depth=1&limit=3`)).graph;
    expect(one.size).toBeLessThanOrEqual(3);
    const two = (await graphml(`around=${encodeURIComponent(ids.kuleba)}&depth=2&limit=3`)).graph;
    expect(two.order).toBeGreaterThan(one.order);
    expect(two.filterNodes((_node, attributes) => attributes.depth === 2).length).toBeGreaterThan(0);
    // Speaker–speaker edges appear once the neighbours' edges are in.
    expect(two.edges().length).toBeGreaterThan(one.edges().length);
  });

  it('keeps only the kinds asked for', async () => {
    const { graph } = await graphml(`around=${encodeURIComponent(ids.pullBack)}&kinds=SPOKE_ABOUT`);
    expect(graph.size).toBeGreaterThan(0);
    expect(new Set(graph.mapEdges((_edge, attributes) => attributes.kind))).toEqual(new Set(['SPOKE_ABOUT']));
  });

  it.each([
    ['', 'around'],
    ['around=x', 'around'],
    [`around=${encodeURIComponent(Buffer.from('Statement:x').toString('base64'))}`, 'around'],
    ['around=RXZlbnQ6eA%3D%3D&depth=3', 'depth'],
    ['around=RXZlbnQ6eA%3D%3D&limit=101', 'limit'],
    ['around=RXZlbnQ6eA%3D%3D&kinds=FRIENDS', 'kinds'],
  ])('refuses %j with 400 INVALID_PARAMETER', async (query, parameter) => {
    const { response, text } = await get(`/export/graph.graphml?${query}`);
    expect(response.status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: 'INVALID_PARAMETER', parameter });
  });

  it('answers 404 NOT_FOUND around an id that names nothing', async () => {
    const missing = Buffer.from('Event:00000000-0000-0000-0000-000000000000').toString('base64');
    const { response, text } = await get(`/export/graph.graphml?around=${encodeURIComponent(missing)}`);
    expect(response.status).toBe(404);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
