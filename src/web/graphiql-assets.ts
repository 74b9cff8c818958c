// The files scripts/build-graphiql.mjs bundled into dist/graphiql/, served
// under /graphiql/. Only names in its manifest are served (no paths from the
// request reach the file system); names carry a content hash, so browsers may
// keep them for a year.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectPath } from '../paths.ts';

export const assetsPath = '/graphiql/';

export type GraphiQLManifest = {
  script: string;
  style: string;
  workers: { editor: string; json: string; graphql: string };
  files: string[];
};

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

export function createGraphiQLAssets(dir = projectPath('dist', 'graphiql')) {
  let manifest: GraphiQLManifest | null = null;
  return {
    /** The manifest, read when first found: a build after the server started is picked up. */
    manifest(): GraphiQLManifest | null {
      if (!manifest && existsSync(path.join(dir, 'manifest.json'))) {
        manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as GraphiQLManifest;
      }
      return manifest;
    },
    url: (file: string) => `${assetsPath}${file}`,
    /** The response for /graphiql/<name>, or null when no such file was built. */
    async serve(ResponseClass: typeof Response, name: string, acceptEncoding: string | null): Promise<Response | null> {
      const known = this.manifest();
      if (!known?.files.includes(name)) return null;
      const headers: Record<string, string> = {
        'content-type': contentTypes[path.extname(name)] ?? 'application/octet-stream',
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
      };
      const gzipped = /\bgzip\b/.test(acceptEncoding ?? '') && existsSync(path.join(dir, `${name}.gz`));
      if (gzipped) headers['content-encoding'] = 'gzip';
      const body = await readFile(path.join(dir, gzipped ? `${name}.gz` : name));
      return new ResponseClass(new Uint8Array(body), { headers });
    },
  };
}

export type GraphiQLAssets = ReturnType<typeof createGraphiQLAssets>;
