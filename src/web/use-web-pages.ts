// The server's pages, for people with a browser: the landing page at /,
// GraphiQL at the GraphQL endpoint (or a page saying it is off) and the
// files GraphiQL is built from. Everything else falls through to yoga.
import type { Plugin } from 'graphql-yoga';
import type { MetricsExposure } from '../security.ts';
import { assetsPath, createGraphiQLAssets, type GraphiQLAssets } from './graphiql-assets.ts';
import { graphiqlOffPage, graphiqlPage } from './graphiql-page.ts';
import { wantsHtml } from './html.ts';
import { landingPage } from './landing-page.ts';

export type WebPagesOptions = {
  graphiql: boolean;
  metrics: MetricsExposure;
  endpoint: string;
  /** Where the built GraphiQL files are; dist/graphiql/ unless given. */
  assets?: GraphiQLAssets;
};

export function useWebPages({ graphiql, metrics, endpoint, assets = createGraphiQLAssets() }: WebPagesOptions): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/') {
        endResponse(landingPage(fetchAPI.Response, url.origin, { graphiql, metrics }));
      } else if (url.pathname === endpoint && wantsHtml(request)) {
        endResponse(graphiql ? graphiqlPage(fetchAPI.Response, assets, endpoint) : graphiqlOffPage(fetchAPI.Response, endpoint));
      } else if (graphiql && url.pathname.startsWith(assetsPath)) {
        const file = await assets.serve(fetchAPI.Response, url.pathname.slice(assetsPath.length), request.headers.get('accept-encoding'));
        if (file) endResponse(file);
      }
    },
  };
}
