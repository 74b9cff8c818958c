// Every free-text filter and input shares one validator (trimmed in src/ingest/input.ts), so
// every one of them answers bad text with the same clear messages, naming the field.
import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { useHarness } from './helpers/gql.ts';

const h = useHarness();

// One typed document per list, each answering under the same alias, so one test body reads them all.
const filters = [
  ['people', graphql(`query SharedPeopleByName($name: String) { list: people(first: 1, filter: { name: $name }) { totalCount } }`)],
  [
    'organizations',
    graphql(`query SharedOrganizationsByName($name: String) { list: organizations(first: 1, filter: { name: $name }) { totalCount } }`),
  ],
  ['places', graphql(`query SharedPlacesByName($name: String) { list: places(first: 1, filter: { name: $name }) { totalCount } }`)],
  ['events', graphql(`query SharedEventsByName($name: String) { list: events(first: 1, filter: { name: $name }) { totalCount } }`)],
] as const;

describe('shared text validation', () => {
  it.each(filters)('%s(filter: { name }) refuses blank and over-long names with the shared messages', async (_field, query) => {
    const blank = await h.gql(query, { name: '   ' });
    expect(blank.data?.list ?? null).toBeNull();
    expect(blank.errors?.[0]?.message).toMatch(/name: must not be empty/);
    const long = await h.gql(query, { name: 'x'.repeat(301) });
    expect(long.errors?.[0]?.message).toMatch(/name: must be at most 300 characters/);
    const fine = await h.gql(query, { name: '  Lavrov  ' });
    expect(fine.errors).toBeUndefined();
    expect(fine.data?.list).toEqual({ totalCount: 0 });
  });
});
