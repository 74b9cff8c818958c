// /explore/event/<id>: what happened, when people spoke about it (a chart of
// the timeline), who said most, and every statement with its source.
import { useQuery } from './api.ts';
import type { ExploreEventQuery } from './gql/graphql.ts';
import { eventQuery } from './operations.ts';
import { graphPath, Link, pageOf } from './router.tsx';
import { Await, EntityLink, StatementList, speakerName } from './statements.tsx';
import { formatDate, words } from './text.tsx';

type Event = NonNullable<ExploreEventQuery['event']>;

export function EventPage({ id }: { id: string }) {
  const loaded = useQuery(eventQuery, { id }, id);
  return (
    <Await loaded={loaded} what="the event">
      {(data) => (data.event ? <EventView event={data.event} /> : <p className="failure">No event has this id.</p>)}
    </Await>
  );
}

function EventView({ event }: { event: Event }) {
  const when = [formatDate(event.startAt), formatDate(event.endAt)].filter(Boolean).join(' – ');
  return (
    <div className="page event-page">
      <header className="page-head">
        <p className="eyebrow">
          Event · {words(event.kind)}
          {event.parent ? (
            <>
              {' '}
              · part of <Link to={pageOf('Event', event.parent.id) as string}>{event.parent.name}</Link>
            </>
          ) : null}
        </p>
        <h1>{event.name}</h1>
        <p className="muted">{[when, event.place?.name].filter(Boolean).join(' · ')}</p>
        {event.description ? <p>{event.description}</p> : null}
        <p>
          <Link to={graphPath({ focus: event.id })} className="button">
            Show in the graph
          </Link>
        </p>
      </header>
      <div className="layout">
        <aside>
          <section>
            <h2>Timeline</h2>
            <Timeline buckets={event.timeline} />
          </section>
          <section>
            <h2>Speakers</h2>
            <Speakers speakers={event.speakers} />
          </section>
          {event.children.nodes.length ? (
            <section>
              <h2>Within this event</h2>
              <ul className="plain">
                {event.children.nodes.map((child) => (
                  <li key={child.id}>
                    <Link to={pageOf('Event', child.id) as string}>{child.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
        <section className="main">
          <h2>
            Statements <span className="count">{event.statements.totalCount}</span>
          </h2>
          {event.statements.totalCount > event.statements.nodes.length ? (
            <p className="muted">The first {event.statements.nodes.length}, earliest first.</p>
          ) : null}
          <StatementList statements={event.statements.nodes.map((node) => node.statement)} />
        </section>
      </div>
    </div>
  );
}

function Timeline({ buckets }: { buckets: Event['timeline'] }) {
  if (!buckets.length) return <p className="muted">No dated statements.</p>;
  const most = Math.max(...buckets.map((bucket) => Math.max(bucket.statementCount, bucket.articleCount)), 1);
  return (
    <figure className="timeline">
      <ol className="bars" aria-label="Statements and articles per day">
        {buckets.map((bucket) => (
          <li
            className="bucket"
            key={bucket.start}
            title={`${formatDate(bucket.start)}: ${bucket.statementCount} statements, ${bucket.articleCount} articles`}
          >
            <div className="pair">
              <span className="timeline-bar bar-statements" style={{ height: `${(bucket.statementCount / most) * 100}%` }}>
                <span className="value">{bucket.statementCount}</span>
              </span>
              <span className="timeline-bar bar-articles" style={{ height: `${(bucket.articleCount / most) * 100}%` }}>
                <span className="value">{bucket.articleCount}</span>
              </span>
            </div>
            <span className="label">{formatDate(bucket.start)}</span>
          </li>
        ))}
      </ol>
      <figcaption>
        <span className="key key-statements" /> statements <span className="key key-articles" /> articles, per day
      </figcaption>
    </figure>
  );
}

function Speakers({ speakers }: { speakers: Event['speakers'] }) {
  if (!speakers.length) return <p className="muted">Nobody is quoted yet.</p>;
  const most = Math.max(...speakers.map((speaker) => speaker.statementCount), 1);
  return (
    <ol className="speakers">
      {speakers.map((entry) => (
        <li key={'id' in entry.speaker ? entry.speaker.id : speakerName(entry.speaker)}>
          <span className="speaker-name">
            <EntityLink entity={entry.speaker} />
          </span>
          <span className="speaker-bar" aria-hidden="true">
            <span style={{ width: `${(entry.statementCount / most) * 100}%` }} />
          </span>
          <span className="speaker-count">{entry.statementCount}</span>
        </li>
      ))}
    </ol>
  );
}
