// graphql-tools prints with the same graphql-js copy the schema was built
// with, also under vitest, where a direct import may load a second copy.
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { projectPath } from '../paths.ts';
import { schema } from './index.ts';

export const schemaFile = projectPath('schema.graphql');

export function printedSchema(): string {
  return `${printSchemaWithDirectives(schema)}\n`;
}
