// /explore/statement/<id>: one statement with its source, the events it is
// about, and its thread: who answered whom, as an indented conversation.
import { useQuery } from './api.ts';
import type { ExploreStatementPageQuery } from './gql/graphql.ts';
import { statementQuery } from './operations.ts';
import { Link, pageOf } from './router.tsx';
import { Await, StatementCard, StatementList, speakerName } from './statements.tsx';
import { words } from './text.tsx';

type Statement = NonNullable<ExploreStatementPageQuery['statement']>;

export function StatementPage({ id }: { id: string }) {
  const loaded = useQuery(statementQuery, { id }, id);
  return (
    <Await loaded={loaded} what="the statement">
      {(data) => (data.statement ? <StatementView statement={data.statement} /> : <p className="failure">No statement has this id.</p>)}
    </Await>
  );
}

function StatementView({ statement }: { statement: Statement }) {
  const byId = new Map(statement.thread.map((entry) => [entry.statement.id, entry.statement]));
  return (
    <div className="page statement-page">
      <header className="page-head">
        <p className="eyebrow">Statement by {speakerName(statement.speaker)}</p>
        {statement.about.nodes.length ? (
          <p className="muted">
            About{' '}
            {statement.about.nodes.map((node, index) => (
              <span key={node.event.id}>
                {index ? ', ' : ''}
                <Link to={pageOf('Event', node.event.id) as string}>{node.event.name}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </header>
      <StatementList statements={[statement]} currentId={statement.id} />
      <section className="thread">
        <h2>Thread</h2>
        {statement.thread.length > 1 ? (
          <ol className="thread-list">
            {statement.thread.map((entry) => {
              const parent = entry.parentId ? byId.get(entry.parentId) : undefined;
              return (
                <li key={entry.statement.id} className={`depth-${Math.min(entry.depth, 6)}`}>
                  {entry.relation && parent ? (
                    <p className="answer">
                      ↳ {speakerName(entry.statement.speaker)} {words(entry.relation)} {speakerName(parent.speaker)}
                    </p>
                  ) : null}
                  <StatementCard statement={entry.statement} current={entry.statement.id === statement.id} />
                </li>
              );
            })}
          </ol>
        ) : (
          <p className="muted">Nothing answers this statement, and it answers nothing.</p>
        )}
      </section>
    </div>
  );
}
