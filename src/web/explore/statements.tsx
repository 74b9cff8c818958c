// Statements as the explorer shows them everywhere: who said it (and how,
// where, how surely), the words, and the paragraph of the article they came
// from with the words highlighted. The articles' bodies come in one request
// per list, not one per statement.
import { type Loaded, useQuery } from './api.ts';
import type { ExploreSpeakerFragment, ExploreStatementFragment } from './gql/graphql.ts';
import { articleBodiesQuery } from './operations.ts';
import { base, Link, pageOf } from './router.tsx';
import { formatDate, SourceParagraph, safeHref, words } from './text.tsx';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

export function Failure({ message }: { message: string }) {
  return (
    <div className="failure" role="alert">
      <strong>Could not load this.</strong> {message} <Link to={base}>Start again from the search.</Link>
    </div>
  );
}

/** Loading and error states for a query, or `children` with its data. */
export function Await<T>({ loaded, what, children }: { loaded: Loaded<T>; what: string; children: (data: T) => React.ReactNode }) {
  if (loaded.state === 'loading') return <Loading what={what} />;
  if (loaded.state === 'error') return <Failure message={loaded.message} />;
  return <>{children(loaded.data)}</>;
}

export function EntityLink({ entity }: { entity: { __typename?: string; id?: string; name?: string } | null | undefined }) {
  if (!entity?.name) return <span className="muted">unattributed</span>;
  const to = entity.__typename && entity.id ? pageOf(entity.__typename, entity.id) : null;
  return to ? (
    <Link to={to} className="entity">
      {entity.name}
    </Link>
  ) : (
    <span className="entity">{entity.name}</span>
  );
}

export function speakerName(speaker: ExploreSpeakerFragment | null | undefined): string {
  return speaker && 'name' in speaker ? speaker.name : 'Unattributed';
}

export function StatementCard({
  statement,
  body,
  current = false,
}: {
  statement: ExploreStatementFragment;
  body?: string | undefined;
  current?: boolean;
}) {
  const href = safeHref(statement.article?.url);
  const hasSpan = body !== undefined && statement.startOffset != null && statement.endOffset != null;
  return (
    <article className={`statement${current ? ' current' : ''}`} data-statement-id={statement.id}>
      <header>
        <EntityLink entity={statement.speaker} />
        {statement.speakerRole ? <span className="role">, {statement.speakerRole}</span> : null}
        {statement.verb && !statement.venue?.toLowerCase().startsWith(statement.verb.toLowerCase()) ? (
          <span className="verb"> {statement.verb}</span>
        ) : null}
        {statement.venue ? <span className="venue"> {statement.venue}</span> : null}
      </header>
      <p className="text">“{statement.text}”</p>
      {hasSpan ? <SourceParagraph body={body} start={statement.startOffset as number} end={statement.endOffset as number} /> : null}
      <footer>
        <span className={`kind kind-${statement.kind.toLowerCase()}`}>{words(statement.kind)}</span>
        <span className="confidence" title="How sure the attribution is">
          <span className="meter" aria-hidden="true">
            <span style={{ width: `${Math.round(statement.confidence * 100)}%` }} />
          </span>
          {Math.round(statement.confidence * 100)}% sure
        </span>
        {statement.saidAt ? <time dateTime={statement.saidAt}>{formatDate(statement.saidAt)}</time> : null}
        {statement.article ? (
          <span className="source-link">
            {href ? (
              <a href={href} rel="noreferrer noopener" target="_blank">
                {statement.article.headline}
              </a>
            ) : (
              statement.article.headline
            )}
          </span>
        ) : null}
        {current ? null : (
          <Link to={pageOf('Statement', statement.id) as string} className="thread-link">
            Thread
          </Link>
        )}
      </footer>
    </article>
  );
}

/** Statements with their source paragraphs; the bodies of their articles arrive after the list itself. */
export function StatementList({ statements, currentId }: { statements: ExploreStatementFragment[]; currentId?: string }) {
  const ids = [...new Set(statements.flatMap((statement) => (statement.article ? [statement.article.id] : [])))];
  const bodies = useQuery(articleBodiesQuery, ids.length ? { ids } : null, ids.join(','));
  const bodyOf = new Map<string, string>();
  if (bodies.state === 'done') {
    for (const node of bodies.data.nodes) if (node && 'body' in node) bodyOf.set(node.id, node.body);
  }
  if (!statements.length) return <p className="muted">No statements.</p>;
  return (
    <div className="statements">
      {bodies.state === 'error' ? <Failure message={`The source paragraphs: ${bodies.message}`} /> : null}
      {statements.map((statement) => (
        <StatementCard
          key={statement.id}
          statement={statement}
          body={statement.article ? bodyOf.get(statement.article.id) : undefined}
          current={statement.id === currentId}
        />
      ))}
    </div>
  );
}
