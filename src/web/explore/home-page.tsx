// /explore: the search, and somewhere to start: the events, people and
// organizations in the graph.
import { useQuery } from './api.ts';
import { homeQuery } from './operations.ts';
import { Link, pageOf } from './router.tsx';
import { SearchBox } from './search.tsx';
import { Await } from './statements.tsx';
import { formatDate, words } from './text.tsx';

export function HomePage() {
  const home = useQuery(homeQuery, {}, 'home');
  return (
    <div className="home">
      <section className="hero">
        <h1>Who said what, about which event</h1>
        <p className="lead">Search the news graph: people, organizations, events and what was said about them.</p>
        <SearchBox autoFocus />
      </section>
      <Await loaded={home} what="the graph">
        {(data) => (
          <div className="columns">
            <section>
              <h2>Events</h2>
              <ul className="plain">
                {data.events.nodes.map((event) => (
                  <li key={event.id}>
                    <Link to={pageOf('Event', event.id) as string}>{event.name}</Link>
                    <span className="muted">
                      {' '}
                      · {words(event.kind)}
                      {event.startAt ? ` · ${formatDate(event.startAt)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
            <section>
              <h2>People</h2>
              <ul className="plain">
                {data.people.nodes.map((person) => (
                  <li key={person.id}>
                    <Link to={pageOf('Person', person.id) as string}>{person.name}</Link>
                    {person.description ? <span className="muted"> · {person.description}</span> : null}
                  </li>
                ))}
              </ul>
              <h2>Organizations</h2>
              <ul className="plain">
                {data.organizations.nodes.map((organization) => (
                  <li key={organization.id}>
                    <Link to={pageOf('Organization', organization.id) as string}>{organization.name}</Link>
                    <span className="muted"> · {words(organization.kind)}</span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        )}
      </Await>
    </div>
  );
}
