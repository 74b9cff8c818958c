// What an HTTP request must be before GraphQL sees it: a body no larger than
// the limit (checked while reading it), of a JSON content type. The checks
// every operation passes after that are in admission.ts.
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { AppError } from '../errors.ts';

export type RequestLimits = {
  /** Largest request body in bytes. */
  maxBodyBytes: number;
  /** Largest cost (≈ objects returned, see cost.ts) of one operation. */
  maxCost: number;
  /** Cost units per rate-limit point (GitHub: 100 nodes = 1 point); a request spends at least 1 point. */
  costPerPoint: number;
  /** Deadline of one request's execution, in ms. */
  timeoutMs: number;
};

function tooLarge(max: number): GraphQLError {
  return new AppError(`The request body is larger than ${max} bytes`, 'PAYLOAD_TOO_LARGE', { http: { status: 413 }, limit: max });
}

/** Reads a body of unknown length (chunked), refusing it as soon as it passes `max` bytes. */
async function readCapped(request: Request, max: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== 'POST' || !requestParser) return;
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (Number(declared) > maxBytes) throw tooLarge(maxBytes);
        return;
      }
      setRequestParser(async (incoming) => {
        const body = await readCapped(incoming, maxBytes);
        return requestParser(
          new fetchAPI.Request(incoming.url, { method: 'POST', headers: incoming.headers, body: body as unknown as BodyInit }),
        );
      });
    },
  };
}

/** GraphQL over HTTP with JSON bodies only: forms and multipart bodies are what a cross-site page can send without asking. */
const acceptedBodyTypes = ['application/json', 'application/graphql-response+json'];

export function useJsonBodies(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
      if (acceptedBodyTypes.includes(type)) return;
      throw new AppError(
        `POST bodies must be ${acceptedBodyTypes.join(' or ')} (got ${type ? `"${type}"` : 'no content type'})`,
        'UNSUPPORTED_MEDIA_TYPE',
        { http: { status: 415 } },
      );
    },
  };
}
