// Vitest's global set-up: the server serves GraphiQL from dist/graphiql/ and
// the explorer from dist/explore/, so build both before any test starts a
// server (each a no-op when it is current).
import { spawnSync } from 'node:child_process';

export default function setup() {
  const builds: [string, string][] = [
    ['GraphiQL', 'scripts/build-graphiql.mjs'],
    ['the explorer', 'scripts/build-explore.mjs'],
  ];
  for (const [what, script] of builds) {
    const build = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`building ${what} failed:\n${build.stdout}${build.stderr}`);
  }
}
