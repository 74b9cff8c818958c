// Bundles the server's own TypeScript into dist/main.js for `npm start`, and
// the extraction worker into dist/extract-worker.js beside it (the pool in
// src/ingest/extract-pool.ts loads it from there).
// Packages stay external, loaded from node_modules as usual. Running the
// bundle instead of src/ under tsx saves the loader's memory (≈40 MB RSS)
// and its start-up time; the build itself takes about a second.
// GraphiQL's and the explorer's browser files are built too
// (scripts/build-graphiql.mjs, scripts/build-explore.mjs): once, and again
// only when their packages or sources change.
import { build } from 'esbuild';
import { buildExplore } from './build-explore.mjs';
import { buildGraphiQL } from './build-graphiql.mjs';

await build({
  entryPoints: { main: 'src/main.ts', 'extract-worker': 'src/ingest/extract-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

const graphiql = await buildGraphiQL();
if (graphiql.built) console.log('newsgraph: built GraphiQL into dist/graphiql/');

const explore = await buildExplore();
if (explore.built) console.log('newsgraph: built the explorer into dist/explore/');
