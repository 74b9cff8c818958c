// `npm run measure-operations`: the depth and cost of every GraphiQL example
// (and of any .graphql files named on the command line), as the server's
// limits count them, next to the configured limits.
import { readFileSync } from 'node:fs';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { parse, validate } from 'graphql';
import { exampleOperations } from '../src/examples.ts';
import { measureCost } from '../src/limits/cost.ts';
import { schema } from '../src/schema/index.ts';
import { readSecurityConfig } from '../src/security.ts';

/** Depth exactly as the server counts it: armor's rule, fragments flattened. */
export function measureDepth(query: string): number {
  let depth = 0;
  const rule = maxDepthRule({ n: 10_000, flattenFragments: true, onAccept: [(_ctx, { n }) => (depth = Math.max(depth, n))] });
  validate(schema, parse(query), [rule]);
  return depth;
}

const limits = readSecurityConfig();
const operations = [...exampleOperations, ...process.argv.slice(2).map((file) => ({ name: file, query: readFileSync(file, 'utf8') }))];
console.log(`limits: depth ${limits.shape.maxDepth}, cost ${limits.requests.maxCost}`);
for (const { name, query } of operations) {
  const cost = measureCost(schema, parse(query), null, {}, {});
  console.log(`${name.padEnd(34)} depth ${String(measureDepth(query)).padStart(2)}  cost ${String(cost).padStart(6)}`);
}
