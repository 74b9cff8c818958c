// Variables for the GraphiQL examples that take ids (ids are minted at seed
// time, so the examples ask the reader to paste them; tests look them up).
import type { Harness } from './gql.ts';

export async function exampleVariables(h: Pick<Harness, 'data'>): Promise<Record<string, Record<string, unknown>>> {
  const personId = async (name: string) =>
    (await h.data(`query($n: String!) { people(filter: { name: $n }) { nodes { id } } }`, { n: name })).people.nodes[0].id;
  const { events } = await h.data(`{ events(filter: { topLevel: true }) { nodes { id } } }`);
  const kuleba = await personId('Dmytro Kuleba');
  return {
    PathBetweenTwo: { from: kuleba, to: await personId('Igor Konashenkov') },
    CompareSpeakers: { event: events.nodes[0].id, speakers: [kuleba] },
  };
}
