// Every type module, imported for its side effect of registering with the
// builder; the schema is built once all are in.
import { builder } from '../builder.ts';
import './common.ts';
import './references.ts';
import './ranking.ts';
import './entity.ts';
import './person.ts';
import './organization.ts';
import './place.ts';
import './event.ts';
import './statement.ts';
import './statement-relation.ts';
import './statement.relations.ts';
import './affiliation.ts';
import './article.ts';
import './image.ts';
import './ingest.ts';
import './api-key.ts';
import './search.ts';
import './entity-resolution.ts';
import './connections.ts';
import './path.ts';
import './thread.ts';
import './timeline.ts';
import './extract.ts';
import './ingest-html.ts';
import './subscription.ts';
import './node.ts';

export const schema = builder.toSchema({ sortSchema: true });
