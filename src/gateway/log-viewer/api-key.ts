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

/**
 * Wires a page's API key form (fields `keyId` and `key`): a submitted key is saved and connected,
 * and the key saved before (or the demo key) is filled in and connected at once.
 */
export function bindApiKeyForm(form: HTMLFormElement, demoKey: ApiKey | null, connect: (key: ApiKey) => unknown): void {
  const keyIdInput = form.elements.namedItem('keyId') as HTMLInputElement;
  const keyInput = form.elements.namedItem('key') as HTMLInputElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = { apiKeyId: keyIdInput.value.trim(), apiKey: keyInput.value.trim() };
    saveApiKey(key, demoKey);
    void connect(key);
  });
  const initialKey = loadApiKey(demoKey);
  if (initialKey) {
    keyIdInput.value = initialKey.apiKeyId;
    keyInput.value = initialKey.apiKey;
    void connect(initialKey);
  }
}
