// Variables for the GraphiQL examples that take ids (ids are minted at seed
// time, so the examples ask the reader to paste them; tests look them up).
import { graphql } from '../gql/index.ts';
import { type Harness, present } from './gql.ts';

export async function exampleVariables(h: Pick<Harness, 'data'>): Promise<Record<string, Record<string, unknown>>> {
  const personId = async (name: string) =>
    present(
      (await h.data(graphql(`query ExamplesPersonId($n: String!) { people(filter: { name: $n }) { nodes { id } } }`), { n: name })).people
        .nodes[0],
      name,
    ).id;
  const { events } = await h.data(graphql(`query ExamplesTopLevelEvents { events(filter: { topLevel: true }) { nodes { id } } }`));
  const kuleba = await personId('Dmytro Kuleba');
  return {
    PathBetweenTwo: { from: kuleba, to: await personId('Igor Konashenkov') },
    CompareSpeakers: { event: present(events.nodes[0], 'the top-level event').id, speakers: [kuleba] },
  };
}
