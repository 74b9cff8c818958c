// /explore/person/<id> and /explore/organization/<id>: who this is, their
// roles over time, what they said lately, and whom they are most connected to.
import { useQuery } from './api.ts';
import type { ExploreEntityPageQuery } from './gql/graphql.ts';
import { entityQuery } from './operations.ts';
import { graphPath, Link, pageOf } from './router.tsx';
import { Await, EntityLink, StatementList } from './statements.tsx';
import { formatDate, words } from './text.tsx';

type Node = NonNullable<ExploreEntityPageQuery['node']>;
type Entity = Extract<Node, { __typename: 'Person' | 'Organization' }>;
type Connections = Entity['connections'];

export function EntityPage({ id, type }: { id: string; type: 'Person' | 'Organization' }) {
  const loaded = useQuery(entityQuery, { id }, id);
  return (
    <Await loaded={loaded} what={type === 'Person' ? 'the person' : 'the organization'}>
      {(data) =>
        data.node?.__typename === type ? (
          <EntityView entity={data.node as Entity} />
        ) : (
          <p className="failure">No {type === 'Person' ? 'person' : 'organization'} has this id.</p>
        )
      }
    </Await>
  );
}

type Role = {
  id: string;
  role: string;
  validFrom?: string | null;
  validTo?: string | null;
  other: { id: string; name: string; __typename: string } | null;
  seen?: string | null;
};

function rolesOf(entity: Entity): Role[] {
  const roles: Role[] =
    entity.__typename === 'Person'
      ? entity.affiliations.nodes.map((a) => ({
          ...a,
          other: a.organization ? { ...a.organization, __typename: 'Organization' } : null,
          seen: a.article?.publishedAt,
        }))
      : entity.members.nodes.map((a) => ({ ...a, other: { ...a.person, __typename: 'Person' }, seen: a.article?.publishedAt }));
  const when = (role: Role) => role.validFrom ?? role.seen ?? '';
  return roles.sort((a, b) => when(b).localeCompare(when(a)));
}

function EntityView({ entity }: { entity: Entity }) {
  const roles = rolesOf(entity);
  const isPerson = entity.__typename === 'Person';
  return (
    <div className="page entity-page">
      <header className="page-head">
        <p className="eyebrow">
          {isPerson ? 'Person' : `Organization · ${words(entity.kind)}`}
          {entity.__typename === 'Organization' && entity.parent ? (
            <>
              {' '}
              · part of <Link to={pageOf('Organization', entity.parent.id) as string}>{entity.parent.name}</Link>
            </>
          ) : null}
        </p>
        <h1>{entity.name}</h1>
        {entity.description ? <p className="lead">{entity.description}</p> : null}
        {entity.aliases.length ? <p className="muted">Also: {entity.aliases.join(', ')}</p> : null}
        <p>
          <Link to={graphPath({ focus: entity.id })} className="button">
            Show in the graph
          </Link>
        </p>
      </header>
      <div className="layout">
        <aside>
          <section>
            <h2>{isPerson ? 'Roles over time' : 'People'}</h2>
            {roles.length ? (
              <ol className="roles">
                {roles.map((role) => (
                  <li key={role.id}>
                    <span className="when">{period(role)}</span>
                    <span className="what">
                      {role.role}
                      {role.other ? (
                        <>
                          {isPerson ? ', ' : ' · '}
                          <EntityLink entity={role.other} />
                        </>
                      ) : null}
                    </span>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">None recorded.</p>
            )}
          </section>
          <section>
            <h2>Top connections</h2>
            <ConnectionList connections={entity.connections} />
          </section>
        </aside>
        <section className="main">
          <h2>
            Latest statements <span className="count">{entity.statements.totalCount}</span>
          </h2>
          <StatementList statements={entity.statements.nodes} />
        </section>
      </div>
    </div>
  );
}

function period(role: Role): string {
  if (role.validFrom || role.validTo) return `${formatDate(role.validFrom) || '…'} – ${formatDate(role.validTo) || 'now'}`;
  return role.seen ? `as of ${formatDate(role.seen)}` : 'undated';
}

/** Connections, one row per neighbour (an entity can be connected in several ways), heaviest first. */
export function ConnectionList({ connections }: { connections: Connections }) {
  const rows = new Map<string, { node: Connections['edges'][number]['node']; weight: number; kinds: string[]; reasons: string[] }>();
  for (const edge of connections.edges) {
    const key = `${edge.node.__typename}:${'id' in edge.node ? edge.node.id : ''}`;
    const row = rows.get(key) ?? { node: edge.node, weight: 0, kinds: [], reasons: [] };
    row.weight += edge.weight;
    row.kinds.push(words(edge.kind));
    row.reasons.push(edge.reason);
    rows.set(key, row);
  }
  if (!rows.size) return <p className="muted">No connections.</p>;
  const sorted = [...rows.entries()].sort(([, a], [, b]) => b.weight - a.weight);
  const most = Math.max(...sorted.map(([, row]) => row.weight), 1);
  return (
    <ol className="connections">
      {sorted.map(([key, row]) => (
        <li key={key}>
          <span className="connection-name">
            <EntityLink entity={row.node} />
            {row.kinds.map((kind) => (
              <span className="badge" key={kind}>
                {kind}
              </span>
            ))}
          </span>
          <span className="speaker-bar" aria-hidden="true">
            <span style={{ width: `${(row.weight / most) * 100}%` }} />
          </span>
          <span className="reason">{row.reasons.join('; ')}</span>
        </li>
      ))}
    </ol>
  );
}
