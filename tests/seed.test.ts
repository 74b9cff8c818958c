import { describe, expect, it } from 'vitest';
import { seed } from '../src/ingest/seed.ts';
import { graphql } from './gql/index.ts';
import { present, useHarness } from './helpers/gql.ts';

const h = useHarness(async (harness) => {
  await seed(harness.db.db);
});

describe('the seed article', () => {
  it('answers who said what about the announced pull-back', async () => {
    const data = await h.data(
      graphql(`query SeedEvents {
      events(filter: { name: "pull-back" }) {
        nodes {
          name
          statements(first: 50) {
            totalCount
            nodes { statement { kind text venue speaker { __typename ... on Person { name } ... on Organization { name } } } }
          }
        }
      }
    }`),
    );
    const event = present(data.events.nodes[0], 'the event');
    expect(event.name).toMatch(/pull-back/);
    const speakers = event.statements.nodes.map((s) => s.statement.speaker?.name);
    expect(speakers).toContain('Igor Konashenkov');
    console.log(
      JSON.stringify(event.statements.nodes.map((s) => [s.statement.speaker?.name, s.statement.kind, s.statement.text.slice(0, 40)])),
    );
  });
});
