/** GraphiQL, served from the bundled @graphql-yoga/render-graphiql (no CDN: works offline). */
import type { GraphiQLOptions } from 'graphql-yoga';

export const FLEET_TREE_QUERY = `# The whole fleet in one request. Press the run button (or Ctrl-Enter).
query FleetTree {
  organizations {
    id
    name
    publicNamespace
    locations {
      id
      name
      parent { name }
      robots {
        id
        name
        onlineState
        parts {
          id
          name
          mainPart
          onlineState
          lastAccess
        }
      }
    }
  }
}
`;

/** Headers for the GraphiQL editor: the demo key in embedded mode, a placeholder otherwise. */
export function graphiqlOptions(demoKey: { apiKeyId: string; apiKey: string } | null): GraphiQLOptions {
  const headers = demoKey
    ? { 'x-viam-api-key-id': demoKey.apiKeyId, 'x-viam-api-key': demoKey.apiKey }
    : { Authorization: 'Bearer <access token>' };
  return {
    title: 'fleetgraph',
    defaultQuery: FLEET_TREE_QUERY,
    headers: JSON.stringify(headers, null, 2),
    shouldPersistHeaders: false,
  };
}
