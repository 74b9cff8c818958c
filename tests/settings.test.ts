// One place for every setting: src/settings.ts parses and checks each
// variable, the server's config and security options are built from it, and
// the README's tables are printed from it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { readSecurityConfig } from '../src/security.ts';
import { readSettings, settingDefinitions } from '../src/settings.ts';
import { groupsIn, settingsDocs, settingsGroups, withSettingsTables } from '../src/settings-docs.ts';

const root = new URL('..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('settings', () => {
  it('are printed into the README and docs/ exactly, each group once (npm run docs:settings rewrites them)', () => {
    const groups: string[] = [];
    for (const name of settingsDocs) {
      const text = readFileSync(join(root, name), 'utf8');
      expect(withSettingsTables(text), name).toBe(text);
      groups.push(...groupsIn(text));
    }
    expect(groups.sort()).toEqual([...settingsGroups].sort());
  });

  it('are read from the environment given, every one of them', () => {
    const flags = {
      NEWSGRAPH_AUTO_MIGRATE: 'false',
      NEWSGRAPH_SEED: 'false',
      NEWSGRAPH_PREPARED_STATEMENTS: 'false',
      NEWSGRAPH_BENCH_PROBE: 'true',
    };
    const config = readConfig(flags);
    expect([config.autoMigrate, config.seed, config.preparedStatements, config.benchProbe]).toEqual([false, false, false, true]);
    expect(readConfig({ PORT: '0', HOST: '127.0.0.1', NEWSGRAPH_EXTRACT_THREADS: '2' })).toMatchObject({
      port: 0,
      host: '127.0.0.1',
      extractThreads: 2,
    });
    expect(readConfig({ REDIS_URL: 'redis://r:6379' })).toMatchObject({
      ops: { redisUrl: 'redis://r:6379' },
      security: { rateLimit: { redisUrl: 'redis://r:6379' } },
    });
  });

  it('have strict defaults in production and easy ones outside it', () => {
    const outside = readSecurityConfig({});
    const inside = readSecurityConfig({ NODE_ENV: 'production' });
    expect([outside.auth.localAccess, outside.introspection, outside.graphiql, outside.metrics]).toEqual([true, true, true, 'public']);
    expect([inside.auth.localAccess, inside.introspection, inside.graphiql, inside.metrics]).toEqual([false, false, false, 'key']);
  });

  it('refuse a bad value, naming the variable, what it must be and what it got', () => {
    expect(() => readSettings({ NEWSGRAPH_SEED: 'maybe' })).toThrow('NEWSGRAPH_SEED must be true or false (got "maybe")');
    expect(() => readSettings({ NEWSGRAPH_MAX_COST: '-3' })).toThrow('NEWSGRAPH_MAX_COST must be a whole number of at least 1 (got "-3")');
    expect(() => readSettings({ PORT: '70000' })).toThrow('PORT must be a port number (got "70000")');
    expect(() => readSettings({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of fatal, error/);
    expect(() => readSettings({ NEWSGRAPH_JWT_SECRET: 'short' })).toThrow('NEWSGRAPH_JWT_SECRET must be at least 32 characters');
    expect(() => readSettings({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL must start with redis:\/\//);
    // Every bad variable at once, not one per restart.
    expect(() => readSettings({ NEWSGRAPH_SEED: 'maybe', PORT: 'x' })).toThrow(/PORT .*; NEWSGRAPH_SEED |NEWSGRAPH_SEED .*; PORT /);
  });

  it('cover every variable the code names', () => {
    const named = new Set<string>();
    for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'scripts'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\b(NEWSGRAPH_[A-Z_]+)\b/g)) named.add(match[1] as string);
    }
    const defined = new Set(Object.keys(settingDefinitions));
    expect([...named].filter((name) => !defined.has(name))).toEqual([]);
  });
});
