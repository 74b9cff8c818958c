// Files a build script bundled into a directory under dist/, served under a
// path of their own. Only names in the build's manifest are served (no path
// from the request reaches the file system); names carry a content hash, so
// browsers may keep them for a year. GraphiQL (dist/graphiql/) and the
// explorer (dist/explore/) are both served this way.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

export function createStaticAssets<Manifest extends { files: string[] }>(dir: string, urlPath: string) {
  let manifest: Manifest | null = null;
  return {
    /** The manifest, read when first found: a build after the server started is picked up. */
    manifest(): Manifest | null {
      if (!manifest && existsSync(path.join(dir, 'manifest.json'))) {
        manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
      }
      return manifest;
    },
    url: (file: string) => `${urlPath}${file}`,
    /** The response for <urlPath><name>, or null when no such file was built. */
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
