// `npm run dump -- --all --format jsonl [--out graph.jsonl]`: the whole graph
// as JSON Lines (scripts/dump-command.ts); `npm run ingest -- graph.jsonl`
// restores it. API keys are not dumped.
import { parseArgs } from 'node:util';
import { dumpCommand, dumpUsage } from './dump-command.ts';

const { values } = parseArgs({
  options: { all: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' } },
});
if (!values.all) {
  console.error(`usage: ${dumpUsage}`);
  process.exit(2);
}
process.exitCode = await dumpCommand(values);
