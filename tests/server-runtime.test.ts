// `npm start` gives the server the heap settings chosen by measurement
// (serverNodeOptions), and steps aside when the user sets NODE_OPTIONS.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serverNodeOptions } from '../scripts/node-runtime.ts';

const start: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts.start;

/** The heap limit, in MB, of a process started the way `npm start` starts the server. */
function heapLimitUnderStart(env: Record<string, string | undefined>): number {
  expect(start).toMatch(/ node dist\/main\.js$/);
  const command = start.replace(
    / node dist\/main\.js$/,
    ` ${JSON.stringify(process.execPath)} -p "require('v8').getHeapStatistics().heap_size_limit"`,
  );
  const { NODE_OPTIONS: _, ...rest } = process.env;
  return Number(execFileSync('sh', ['-c', command], { env: { ...rest, ...env }, encoding: 'utf8' })) / 2 ** 20;
}

describe('npm start', () => {
  it('starts the server with serverNodeOptions', () => {
    expect(start).toContain(`\${NODE_OPTIONS:-${serverNodeOptions}}`);
    const oldSpace = Number(/--max-old-space-size=(\d+)/.exec(serverNodeOptions)?.[1]);
    const limit = heapLimitUnderStart({});
    // The limit is the old space plus the young generation.
    expect(limit).toBeGreaterThanOrEqual(oldSpace);
    expect(limit).toBeLessThan(oldSpace + 160);
  });

  it("keeps the user's NODE_OPTIONS instead", () => {
    expect(heapLimitUnderStart({ NODE_OPTIONS: '--max-old-space-size=1024' })).toBeGreaterThanOrEqual(1024);
  });
});
