// Vitest's global set-up: the server serves GraphiQL from dist/graphiql/, so
// build it before any test starts a server (a no-op when it is current).
import { spawnSync } from 'node:child_process';

export default function setup() {
  const build = spawnSync(process.execPath, ['scripts/build-graphiql.mjs'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building GraphiQL failed:\n${build.stdout}${build.stderr}`);
}
