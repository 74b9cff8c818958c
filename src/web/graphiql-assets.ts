// The files scripts/build-graphiql.mjs bundled into dist/graphiql/, served
// under /graphiql/.
import { projectPath } from '../paths.ts';
import { createStaticAssets } from './static-assets.ts';

export const assetsPath = '/graphiql/';

export type GraphiQLManifest = {
  script: string;
  style: string;
  workers: { editor: string; json: string; graphql: string };
  files: string[];
};

export function createGraphiQLAssets(dir = projectPath('dist', 'graphiql')) {
  return createStaticAssets<GraphiQLManifest>(dir, assetsPath);
}

export type GraphiQLAssets = ReturnType<typeof createGraphiQLAssets>;
