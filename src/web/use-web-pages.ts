// The server's pages, for people with a browser: the landing page at /,
// GraphiQL at the GraphQL endpoint (or a page saying it is off), the explorer
// at /explore and under it, and the files both are built from. Everything
// else falls through to yoga.
import type { Plugin } from 'graphql-yoga';
import type { MetricsExposure } from '../security.ts';
import { createExploreAssets, type ExploreAssets, exploreAssetsPath, explorePath } from './explore-assets.ts';
import { exploreOffPage, explorePage } from './explore-page.ts';
import { assetsPath, createGraphiQLAssets, type GraphiQLAssets } from './graphiql-assets.ts';
import { graphiqlOffPage, graphiqlPage } from './graphiql-page.ts';
import { wantsHtml } from './html.ts';
import { landingPage } from './landing-page.ts';

export type WebPagesOptions = {
  graphiql: boolean;
  /** The explorer at /explore; on unless false. */
  explorer?: boolean;
  /** The server runs trusted documents only (the explorer then sends hashes). */
  trustedDocuments?: boolean;
  metrics: MetricsExposure;
  endpoint: string;
  /** Where the built GraphiQL files are; dist/graphiql/ unless given. */
  assets?: GraphiQLAssets;
  /** Where the built explorer files are; dist/explore/ unless given. */
  exploreAssets?: ExploreAssets;
};

export function useWebPages({
  graphiql,
  explorer = true,
  trustedDocuments = false,
  metrics,
  endpoint,
  assets = createGraphiQLAssets(),
  exploreAssets = createExploreAssets(),
}: WebPagesOptions): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/') {
        endResponse(landingPage(fetchAPI.Response, url.origin, { graphiql, explorer, metrics }));
      } else if (url.pathname === endpoint && wantsHtml(request)) {
        endResponse(graphiql ? graphiqlPage(fetchAPI.Response, assets, endpoint) : graphiqlOffPage(fetchAPI.Response, endpoint));
      } else if (graphiql && url.pathname.startsWith(assetsPath)) {
        const file = await assets.serve(fetchAPI.Response, url.pathname.slice(assetsPath.length), request.headers.get('accept-encoding'));
        if (file) endResponse(file);
      } else if (url.pathname === explorePath || url.pathname.startsWith(`${explorePath}/`)) {
        endResponse(
          await exploreResponse(fetchAPI.Response, request, url, { explorer, trustedDocuments, graphiql, endpoint, exploreAssets }),
        );
      }
    },
  };
}

async function exploreResponse(
  ResponseClass: typeof Response,
  request: Request,
  url: URL,
  options: { explorer: boolean; trustedDocuments: boolean; graphiql: boolean; endpoint: string; exploreAssets: ExploreAssets },
): Promise<Response> {
  if (!options.explorer) return exploreOffPage(ResponseClass);
  if (url.pathname.startsWith(exploreAssetsPath)) {
    const name = url.pathname.slice(exploreAssetsPath.length);
    const file = await options.exploreAssets.serve(ResponseClass, name, request.headers.get('accept-encoding'));
    // Not the page: a missing script or stylesheet should fail as one, not load HTML in its place.
    return file ?? new ResponseClass('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return explorePage(ResponseClass, options.exploreAssets, {
    endpoint: options.endpoint,
    byHash: options.trustedDocuments,
    graphiql: options.graphiql,
  });
}
