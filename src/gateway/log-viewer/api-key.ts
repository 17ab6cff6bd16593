/** The API key the page sends, kept in localStorage so a reload does not ask again. */

export interface ApiKey {
  apiKeyId: string;
  apiKey: string;
}

const STORAGE_KEY = 'fleetgraph.logViewer.apiKey';

/** The saved key, else the gateway's demo key (embedded mode), else null. */
export function loadApiKey(demoKey: ApiKey | null): ApiKey | null {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as ApiKey | null;
    if (saved?.apiKeyId && saved.apiKey) return saved;
  } catch {
    // unreadable: fall back to the demo key
  }
  return demoKey;
}

/** Remembers a key the user entered; the demo key is not stored, so a new demo fleet's key wins. */
export function saveApiKey(key: ApiKey, demoKey: ApiKey | null): void {
  if (demoKey && key.apiKeyId === demoKey.apiKeyId && key.apiKey === demoKey.apiKey) localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, JSON.stringify(key));
}

/** The HTTP headers, and the graphql-ws connectionParams, that carry the key (same names). */
export function credentialHeaders(key: ApiKey): Record<string, string> {
  return { 'x-viam-api-key-id': key.apiKeyId, 'x-viam-api-key': key.apiKey };
}
