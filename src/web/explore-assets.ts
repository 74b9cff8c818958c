// The explorer's files, which scripts/build-explore.mjs bundles into
// dist/explore/, served under /explore/assets/ (every other /explore/ path is
// the explorer's page, which routes in the browser).
import { projectPath } from '../paths.ts';
import { createStaticAssets } from './static-assets.ts';

export const explorePath = '/explore';
export const exploreAssetsPath = '/explore/assets/';

export type ExploreManifest = { script: string; style: string; files: string[] };

export function createExploreAssets(dir = projectPath('dist', 'explore')) {
  return createStaticAssets<ExploreManifest>(dir, exploreAssetsPath);
}

export type ExploreAssets = ReturnType<typeof createExploreAssets>;
