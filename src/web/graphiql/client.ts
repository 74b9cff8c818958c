// GraphiQL in the browser. scripts/build-graphiql.mjs bundles this file, and
// the Monaco workers it names, from npm into dist/graphiql/, so the page loads
// nothing from anywhere but this server. The page (src/web/graphiql-page.ts)
// hands over what only the server knows in a JSON block: where the API and the
// workers are, and the example operations to open as tabs.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './page.css';
import type { GraphiQLPageOptions } from '../graphiql-options.ts';

const optionsElement = document.getElementById('graphiql-options');
const root = document.getElementById('graphiql');
if (!optionsElement?.textContent || !root) throw new Error('the GraphiQL page lacks its options or its root element');
const options = JSON.parse(optionsElement.textContent) as GraphiQLPageOptions;

// Monaco starts its workers lazily, when the first editor mounts; they are
// plain script files on this origin (the CSP allows workers from 'self' only).
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    const url = label === 'json' ? options.workers.json : label === 'graphql' ? options.workers.graphql : options.workers.editor;
    return new Worker(url, { name: label });
  },
};

const endpoint = new URL(options.endpoint, location.href);
const socket = new URL(endpoint);
socket.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({ url: endpoint.href, subscriptionUrl: socket.href });

createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: options.tabs,
    // The first tab is the one a newcomer should run; GraphiQL's welcome text would only be in the way.
    defaultQuery: options.tabs[0]?.query ?? '',
  }),
);
