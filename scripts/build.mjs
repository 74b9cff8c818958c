// Bundles the server's own TypeScript into dist/main.js for `npm start`, and
// the extraction worker into dist/extract-worker.js beside it (the pool in
// src/ingest/extract-pool.ts loads it from there).
// Packages stay external, loaded from node_modules as usual. Running the
// bundle instead of src/ under tsx saves the loader's memory (≈40 MB RSS)
// and its start-up time; the build itself takes about a second.
import { build } from 'esbuild';

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
