// The explorer in the browser. scripts/build-explore.mjs bundles this file
// and what it imports from npm into dist/explore/, so the page loads nothing
// from anywhere but this server. The page (src/web/explore-page.ts) is the
// same for every path under /explore; this script reads the path and routes.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ExplorePageOptions } from '../explore-options.ts';
import { configureApi, graphiqlOn } from './api.ts';
import { EntityPage } from './entity-page.tsx';
import { EventPage } from './event-page.tsx';
import { GraphPage } from './graph-page.tsx';
import { HomePage } from './home-page.tsx';
import { base, graphPath, Link, parseRoute, useLocation } from './router.tsx';
import { SearchBox } from './search.tsx';
import { StatementPage } from './statement-page.tsx';
import './explore.css';

const optionsElement = document.getElementById('explore-options');
const root = document.getElementById('explore');
if (!optionsElement?.textContent || !root) throw new Error('the explorer page lacks its options or its root element');
configureApi(JSON.parse(optionsElement.textContent) as ExplorePageOptions);

function App() {
  const { pathname, search } = useLocation();
  const route = parseRoute(pathname, search);
  let page: React.ReactNode;
  switch (route.page) {
    case 'home':
      page = <HomePage />;
      break;
    case 'event':
      page = <EventPage id={route.id} />;
      break;
    case 'person':
      page = <EntityPage id={route.id} type="Person" />;
      break;
    case 'organization':
      page = <EntityPage id={route.id} type="Organization" />;
      break;
    case 'statement':
      page = <StatementPage id={route.id} />;
      break;
    case 'graph':
      page = <GraphPage params={route.params} />;
      break;
    default:
      page = (
        <div className="failure" role="alert">
          <strong>No such page.</strong> <Link to={base}>Start from the search.</Link>
        </div>
      );
  }
  return (
    <>
      <nav className="top">
        <Link to={base} className="brand">
          newsgraph <span>explorer</span>
        </Link>
        {route.page === 'home' ? null : <SearchBox />}
        <span className="nav-links">
          <Link to={graphPath({})}>Graph</Link>
          {graphiqlOn() ? <a href="/graphql">GraphiQL</a> : null}
        </span>
      </nav>
      <main>{page}</main>
    </>
  );
}

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
