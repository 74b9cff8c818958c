// Signed tokens (JWT) through @graphql-yoga/plugin-jwt: HS256 with a shared
// secret, or keys from a JWKS URL. The plugin only verifies; it never
// refuses a request itself, so that a bad token gets the same coded
// UNAUTHENTICATED error as a bad key (src/limits/request-limits.ts).
import {
  createInlineSigningKeyProvider,
  createRemoteJwksSigningKeyProvider,
  type GetSigningKeyFunction,
  useJWT,
} from '@graphql-yoga/plugin-jwt';
import type { Plugin } from 'graphql-yoga';
import type { JwtOptions } from './credentials.ts';
import { looksLikeApiKey } from './keys.ts';

export function useJwtCredentials(options: JwtOptions): Plugin {
  const providers: GetSigningKeyFunction[] = [];
  if (options.secret) providers.push(createInlineSigningKeyProvider(options.secret));
  if (options.jwksUri) providers.push(createRemoteJwksSigningKeyProvider({ jwksUri: options.jwksUri, cache: true, rateLimit: true }));
  const [first, ...rest] = providers;
  if (!first) throw new Error('JWT needs NEWSGRAPH_JWT_SECRET or NEWSGRAPH_JWKS_URL');
  return useJWT({
    signingKeyProviders: [first, ...rest],
    // API keys travel in the same header; they are not tokens.
    tokenLookupLocations: [
      ({ request }) => {
        const [scheme, token] = (request.headers.get('authorization') ?? '').trim().split(/\s+/, 2);
        if (scheme?.toLowerCase() !== 'bearer' || !token || looksLikeApiKey(token)) return undefined;
        return { token, prefix: 'Bearer' };
      },
    ],
    tokenVerification: {
      algorithms: options.secret ? ['HS256'] : ['RS256', 'ES256'],
      ...(options.issuer ? { issuer: options.issuer } : {}),
      ...(options.audience ? { audience: options.audience } : {}),
    },
    reject: { missingToken: false, invalidToken: false },
    extendContext: 'jwt',
  }) as Plugin;
}
