// PostGraphile v5 over the benchmark database, for side-by-side runs only.
// Plain JavaScript because it runs under a Node 22 binary (PostGraphile v5
// needs Node >= 22) without tsx: `node server.mjs` with DATABASE_URL and PORT.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const port = Number(process.env.PORT);
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { port, graphiql: false, watch: false },
  grafast: { explain: false },
};

const server = createServer();
const serv = postgraphile(preset).createServ(grafserv);
serv.addTo(server).catch((error) => {
  console.error(error);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`postgraphile: listening on ${port}`));
process.on('SIGTERM', () => process.exit(0));
