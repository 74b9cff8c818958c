// Every free-text filter and input shares one validator (trimmed in src/ingest/input.ts), so
// every one of them answers bad text with the same clear messages, naming the field.
import { describe, expect, it } from 'vitest';
import { useHarness } from './helpers/gql.ts';

const h = useHarness();

const filters = [
  ['people', 'PersonFilter'],
  ['organizations', 'OrganizationFilter'],
  ['places', 'PlaceFilter'],
  ['events', 'EventFilter'],
] as const;

describe('shared text validation', () => {
  it.each(filters)('%s(filter: { name }) refuses blank and over-long names with the shared messages', async (field) => {
    const query = `query ($name: String) { ${field}(first: 1, filter: { name: $name }) { totalCount } }`;
    const blank = await h.gql(query, { name: '   ' });
    expect(blank.data?.[field] ?? null).toBeNull();
    expect(blank.errors?.[0]?.message).toMatch(/name: must not be empty/);
    const long = await h.gql(query, { name: 'x'.repeat(301) });
    expect(long.errors?.[0]?.message).toMatch(/name: must be at most 300 characters/);
    const fine = await h.gql(query, { name: '  Lavrov  ' });
    expect(fine.errors).toBeUndefined();
    expect(fine.data?.[field]).toEqual({ totalCount: 0 });
  });
});
