// Statement.relations: typed edges either way, paged by cursor in SQL with
// the right totalCount, however many a statement has.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { pageSize } from '../src/builder.ts';
import { StatementRelationKind } from '../src/generated/prisma/enums.ts';
import type { RelationsPageQuery } from './gql/graphql.ts';
import { graphql } from './gql/index.ts';
import { present, useHarness } from './helpers/gql.ts';

const h = useHarness();

const kinds = Object.values(StatementRelationKind);
const at = (second: number) => new Date(Date.UTC(2022, 1, 15, 12, 0, second));

async function statements(prefix: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);
  await h.db.db.statement.createMany({ data: ids.map((id) => ({ id, text: `Statement ${id}`, kind: 'INDIRECT' as const })) });
  return ids;
}

const RELATIONS =
  graphql(`query RelationsPage($id: ID!, $first: Int, $last: Int, $after: String, $before: String, $direction: RelationDirection, $kinds: [StatementRelationKind!]) {
  statement(id: $id) {
    relations(first: $first, last: $last, after: $after, before: $before, direction: $direction, kinds: $kinds) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { kind createdAt from { text } to { text } }
    }
  }
}`);

const relations = async (id: string, variables: Record<string, unknown> = {}) =>
  present((await h.data(RELATIONS, { id: encodeGlobalID('Statement', id), ...variables })).statement, 'statement').relations;

describe('Statement.relations', () => {
  it('pages both directions together, oldest first, with cursors forward and back', async () => {
    const [hub, a, b, c] = await statements('small', 4);
    // Out: hub→a (0s), hub→b (2s), hub→c (4s); in: a→hub (1s), c→hub (3s).
    await h.db.db.statementRelation.createMany({
      data: [
        { fromId: hub, toId: a, kind: 'RESPONDS_TO', createdAt: at(0) },
        { fromId: a, toId: hub, kind: 'CONTRADICTS', createdAt: at(1) },
        { fromId: hub, toId: b, kind: 'SUPPORTS', createdAt: at(2) },
        { fromId: c, toId: hub, kind: 'RESPONDS_TO', createdAt: at(3) },
        { fromId: hub, toId: c, kind: 'DENIES', createdAt: at(4) },
      ] as never,
    });
    const texts = (page: { nodes: { from: { text: string }; to: { text: string } }[] }) =>
      page.nodes.map((n) => `${n.from.text.slice(-1)}→${n.to.text.slice(-1)}`);
    const first = await relations(hub as string, { first: 2 });
    expect(first.totalCount).toBe(5);
    expect(texts(first)).toEqual(['0→1', '1→0']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await relations(hub as string, { first: 2, after: first.pageInfo.endCursor });
    expect(texts(second)).toEqual(['0→2', '3→0']);
    expect(second.totalCount).toBe(5);
    const third = await relations(hub as string, { first: 2, after: second.pageInfo.endCursor });
    expect(texts(third)).toEqual(['0→3']);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await relations(hub as string, { last: 2, before: third.pageInfo.startCursor });
    expect(texts(back)).toEqual(['0→2', '3→0']);
    expect(texts(await relations(hub as string, { last: 2 }))).toEqual(['3→0', '0→3']);

    const outgoing = await relations(hub as string, { direction: 'OUTGOING' });
    expect([outgoing.totalCount, texts(outgoing)]).toEqual([3, ['0→1', '0→2', '0→3']]);
    const incoming = await relations(hub as string, { direction: 'INCOMING', kinds: ['RESPONDS_TO'] });
    expect([incoming.totalCount, texts(incoming)]).toEqual([1, ['3→0']]);
    // Each statement on a page gets its own relations, from one query for the whole page.
    h.db.queries.length = 0;
    const { statements: page } = await h.data(
      graphql(
        `query RelationsOfAPage { statements(filter: { textContains: "small" }, orderBy: { field: CREATED_AT }) { nodes { text relations(first: 1) { totalCount } } } }`,
      ),
    );
    expect(page.nodes.map((n) => n.relations.totalCount).sort()).toEqual([1, 2, 2, 5]);
    expect(h.db.queries.filter((q) => q.includes('statement_relation'))).toHaveLength(1);
  });

  it(`counts and reaches all of 1,005 relations, ${pageSize.max} a page at most`, async () => {
    // 201 statements × 5 kinds: 1,005 edges out of one statement, more than any page or earlier in-memory bound.
    const [hub, ...others] = await statements('large', 202);
    const data = others.flatMap((to, i) =>
      kinds.map((kind, k) => ({ fromId: hub as string, toId: to, kind, createdAt: at(i * kinds.length + k) })),
    );
    await h.db.db.statementRelation.createMany({ data });
    expect(data).toHaveLength(1_005);
    const last = await relations(hub as string, { last: 5 });
    expect(last.totalCount).toBe(1_005);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.nodes.map((n) => n.createdAt)).toEqual(data.slice(-5).map((row) => row.createdAt.toISOString()));
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const result: NonNullable<RelationsPageQuery['statement']>['relations'] = await relations(hub as string, {
        first: pageSize.max,
        after,
      });
      expect(result.totalCount).toBe(1_005);
      seen.push(...result.nodes.map((n) => n.createdAt));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(data.map((row) => row.createdAt.toISOString()));
  });

  it('refuses a cursor it did not give out', async () => {
    const result = await h.gql(RELATIONS, { id: encodeGlobalID('Statement', 'small-0000'), after: 'bm90IGEgY3Vyc29y' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/after/);
  });
});
