// Bundles GraphiQL from npm (graphiql, React, Monaco and its workers) into
// dist/graphiql/, which src/web/graphiql-assets.ts serves, so the page needs
// no CDN. Files are named by content hash (cached for a year by browsers) and
// gzipped beside themselves. Monaco makes this a 20 s build on two busy
// cores, so it is skipped when dist/graphiql/manifest.json was built from the
// same inputs: the packages' versions and this project's GraphiQL sources.
// Plain .mjs so `npm start` (via build.mjs) and the browser test can run it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'graphiql');
const sources = path.join(root, 'src', 'web', 'graphiql');
const require = createRequire(path.join(root, 'package.json'));
// The Monaco and monaco-graphql that @graphiql/react itself imports, wherever npm put them.
const fromReact = createRequire(require.resolve('@graphiql/react/package.json'));
const packageDir = (name, from = require) => path.dirname(from.resolve(`${name}/package.json`));
const packages = {
  graphiql: packageDir('graphiql'),
  '@graphiql/react': packageDir('@graphiql/react'),
  '@graphiql/toolkit': packageDir('@graphiql/toolkit'),
  react: packageDir('react'),
  'react-dom': packageDir('react-dom'),
  'monaco-editor': packageDir('monaco-editor', fromReact),
  'monaco-graphql': packageDir('monaco-graphql', fromReact),
};

/** Builds unless the manifest is current; returns the manifest and whether it built. */
export async function buildGraphiQL({ force = false } = {}) {
  const stamp = inputsStamp();
  const current = readManifest();
  if (!force && current?.stamp === stamp && current.files.every((file) => existsSync(path.join(outdir, file)))) {
    return { manifest: current, built: false };
  }
  const staging = `${outdir}.staging`;
  rmSync(staging, { recursive: true, force: true });
  const result = await build({
    entryPoints: {
      graphiql: path.join(sources, 'client.ts'),
      'editor.worker': path.join(packages['monaco-editor'], 'esm/vs/editor/editor.worker.js'),
      'json.worker': path.join(packages['monaco-editor'], 'esm/vs/language/json/json.worker.js'),
      'graphql.worker': path.join(packages['monaco-graphql'], 'esm/graphql.worker.js'),
    },
    outdir: staging,
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    // Classic scripts: Monaco's workers are started with `new Worker(url)`.
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.ttf': 'file' },
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) => path.relative(staging, path.join(root, file)));
  const relative = (file) => path.relative(staging, path.join(root, file));
  const entry = (name) => {
    const found = Object.entries(result.metafile.outputs).find(
      ([, output]) => output.entryPoint && path.basename(output.entryPoint) === name,
    );
    if (!found) throw new Error(`esbuild wrote no output for ${name}`);
    return { file: relative(found[0]), css: found[1].cssBundle ? relative(found[1].cssBundle) : null };
  };
  const page = entry('client.ts');
  if (!page.css) throw new Error('esbuild wrote no stylesheet for GraphiQL');
  const manifest = {
    stamp,
    script: page.file,
    style: page.css,
    workers: { editor: entry('editor.worker.js').file, json: entry('json.worker.js').file, graphql: entry('graphql.worker.js').file },
    files: outputs,
  };
  for (const file of outputs) {
    if (/\.(js|css|ttf)$/.test(file))
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

function inputsStamp() {
  const hash = createHash('sha256');
  for (const [name, dir] of Object.entries(packages)) {
    hash.update(`${name}@${JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version}\n`);
  }
  const own = [fileURLToPath(import.meta.url), path.join(root, 'src', 'web', 'graphiql-options.ts')];
  for (const file of readdirSync(sources).sort()) own.push(path.join(sources, file));
  for (const file of own) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { manifest, built } = await buildGraphiQL({ force: process.argv.includes('--force') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(built ? `GraphiQL built into dist/graphiql/ (${manifest.files.length} files) in ${seconds} s` : 'GraphiQL is up to date');
}
