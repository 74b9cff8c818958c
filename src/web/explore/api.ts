// Talking to the API: every operation is a typed document graphql-codegen
// wrote (./gql/), sent by POST as JSON. In trusted-documents mode the page says
// so, and only the document's hash goes (the server knows the text).
import { useEffect, useState } from 'react';
import type { ExplorePageOptions } from '../explore-options.ts';
import type { TypedDocumentString } from './gql/graphql.ts';

let settings: ExplorePageOptions = { endpoint: '/graphql', byHash: false, graphiql: false };

export function configureApi(options: ExplorePageOptions) {
  settings = options;
}

export const graphiqlOn = () => settings.graphiql;

export class ApiError extends Error {
  override name = 'ApiError';
}

export async function request<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const hash = document.__meta__?.hash as string | undefined;
  const body = settings.byHash && hash ? { documentId: hash, variables } : { query: document.toString(), variables };
  let response: Response;
  try {
    response = await fetch(settings.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError('The server could not be reached.');
  }
  let result: { data?: Result | null; errors?: { message: string }[] };
  try {
    result = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} without a GraphQL result.`);
  }
  if (result.errors?.length) throw new ApiError(result.errors.map((error) => error.message).join('; '));
  if (!result.data) throw new ApiError(`The server answered ${response.status} with no data.`);
  return result.data;
}

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; data: T };

/** The result of one operation, fetched again when `key` changes; answers that arrive late for an old key are dropped. */
export function useQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables | null,
  key: string,
): Loaded<Result> {
  const [loaded, setLoaded] = useState<{ key: string; value: Loaded<Result> }>({ key, value: { state: 'loading' } });
  // `key` stands for the variables: an equal key is the same request.
  useEffect(() => {
    if (variables === null) return;
    let current = true;
    setLoaded({ key, value: { state: 'loading' } });
    request(document, variables).then(
      (data) => current && setLoaded({ key, value: { state: 'done', data } }),
      (error: Error) => current && setLoaded({ key, value: { state: 'error', message: error.message } }),
    );
    return () => {
      current = false;
    };
  }, [document, key]);
  return loaded.key === key ? loaded.value : { state: 'loading' };
}
