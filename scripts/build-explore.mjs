// Bundles the explorer (src/web/explore/: React, cytoscape and the typed
// operations graphql-codegen wrote) into dist/explore/, which
// src/web/explore-assets.ts serves under /explore/assets/, so the page needs
// no CDN. As for GraphiQL (scripts/build-graphiql.mjs): content-hashed names,
// gzipped copies, a manifest, and no build when the manifest was made from the
// same inputs (the packages' versions and the explorer's sources).
// Plain .mjs so `npm start` (via build.mjs) and the tests' set-up can run it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'explore');
const sources = path.join(root, 'src', 'web', 'explore');
const require = createRequire(path.join(root, 'package.json'));
const packages = ['react', 'react-dom', 'cytoscape', 'esbuild'];

/** Builds unless the manifest is current; returns the manifest and whether it built. */
export async function buildExplore({ force = false } = {}) {
  const stamp = inputsStamp();
  const current = readManifest();
  if (!force && current?.stamp === stamp && current.files.every((file) => existsSync(path.join(outdir, file)))) {
    return { manifest: current, built: false };
  }
  const staging = `${outdir}.staging`;
  rmSync(staging, { recursive: true, force: true });
  const result = await build({
    entryPoints: { explore: path.join(sources, 'main.tsx') },
    outdir: staging,
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'warning',
  });
  const relative = (file) => path.relative(staging, path.join(root, file));
  const outputs = Object.keys(result.metafile.outputs).map(relative);
  const [script, output] = Object.entries(result.metafile.outputs).find(([, out]) => out.entryPoint) ?? [];
  if (!script || !output?.cssBundle) throw new Error('esbuild wrote no script or no stylesheet for the explorer');
  const manifest = { stamp, script: relative(script), style: relative(output.cssBundle), files: outputs };
  for (const file of outputs) {
    if (/\.(js|css)$/.test(file))
      writeFileSync(path.join(staging, `${file}.gz`), gzipSync(readFileSync(path.join(staging, file)), { level: 9 }));
  }
  writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Swap whole directories, so a server reading the old files never sees half a build.
  rmSync(outdir, { recursive: true, force: true });
  renameSync(staging, outdir);
  return { manifest, built: true };
}

function readManifest() {
  try {
    return JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** A package's version; cytoscape's exports map hides its package.json from require.resolve, so walk up from its entry. */
function packageVersion(name) {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      if (manifest.name === name) return manifest.version;
    }
  }
  throw new Error(`cannot find the version of ${name}`);
}

function inputsStamp() {
  const hash = createHash('sha256');
  for (const name of packages) hash.update(`${name}@${packageVersion(name)}\n`);
  const own = [fileURLToPath(import.meta.url), path.join(root, 'src', 'web', 'explore-options.ts'), ...filesUnder(sources)];
  for (const file of own) hash.update(`${path.relative(root, file)}\n`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { manifest, built } = await buildExplore({ force: process.argv.includes('--force') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    built ? `The explorer built into dist/explore/ (${manifest.files.length} files) in ${seconds} s` : 'The explorer is up to date',
  );
}
