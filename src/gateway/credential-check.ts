/** Proof of a caller's credentials before work that must not start for a stranger: a graphql-ws connection_init, a multipart upload. */
import { isRefusal, type Credentials, type TokenCache } from '../upstream/credentials.ts';
import { UpstreamSession } from '../upstream/session.ts';
import type { UpstreamClient } from '../upstream/client.ts';

/** `unavailable`: the upstream could not say (the socket closes with a code the client may retry on). */
export type CredentialVerdict = 'accepted' | 'refused' | 'unavailable';

/**
 * An API key is checked by exchanging it again, never from the token cache (a cached token may
 * have outlived its deleted key); the fresh token is cached for the operations. A bearer token is
 * signed upstream, so the gateway cannot check it itself; one ListOrganizations per connection
 * (not per operation) checks it, so a bad token is refused at connect (4403) rather than failing
 * each operation later.
 */
export function credentialVerifier(upstream: UpstreamClient, tokens: TokenCache): (credentials: Credentials) => Promise<CredentialVerdict> {
  return async (credentials) => {
    try {
      if (credentials.kind === 'api-key') await tokens.verify(credentials);
      else await new UpstreamSession(upstream, tokens, credentials).call('ListOrganizations', {});
      return 'accepted';
    } catch (error) {
      return isRefusal(error) ? 'refused' : 'unavailable';
    }
  };
}
