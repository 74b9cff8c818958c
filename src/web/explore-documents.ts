// The explorer's operations as a trusted-documents manifest, written by
// graphql-codegen (codegen.ts) beside the explorer's sources. The server adds
// them to a configured manifest while the explorer is on, so the explorer
// works in trusted-documents mode with nothing to configure.
import { loadTrustedDocuments, type TrustedDocuments } from '../limits/trusted-documents.ts';
import { projectPath } from '../paths.ts';

export const exploreDocumentsFile = projectPath('src', 'web', 'explore', 'gql', 'persisted-documents.json');

let documents: TrustedDocuments | null = null;

export function exploreDocuments(): TrustedDocuments {
  documents ??= loadTrustedDocuments(exploreDocumentsFile);
  return documents;
}
