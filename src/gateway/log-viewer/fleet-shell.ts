/** The fleet page's HTML (/fleet): static markup; fleet-page.ts brings it to life. Assets are the log viewer's bundle. */
import type { ShellOptions } from './shell.ts';

const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderFleetShell({ version, graphqlPath, demoKey }: ShellOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Live fleet · fleetgraph</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/logs/viewer-style.css?v=${version}">
  <link rel="stylesheet" href="/logs/fleet-style.css?v=${version}">
  <script id="viewer-config" type="application/json">${inlineJson({ graphqlPath, demoKey: demoKey && { apiKeyId: demoKey.apiKeyId, apiKey: demoKey.apiKey } })}</script>
  <script src="/logs/fleet.js?v=${version}" defer></script>
</head>
<body>
  <header class="top">
    <h1>Live fleet</h1>
    <p id="connection" class="connection" role="status" data-state="idle"><span class="dot" aria-hidden="true"></span><span class="text">not connected</span></p>
  </header>
  <main>
    <div class="panels">
      <form id="credentials" class="panel">
        <fieldset>
          <legend>API key</legend>
          <div class="field"><label for="key-id">API key id</label><input id="key-id" name="keyId" autocomplete="username" spellcheck="false" required></div>
          <div class="field"><label for="key">API key</label><input id="key" name="key" type="password" autocomplete="current-password" spellcheck="false" required></div>
          <button type="submit">Load fleet</button>
        </fieldset>
      </form>
      <form id="picker" class="panel">
        <fieldset>
          <legend>Fleet</legend>
          <div class="field"><label for="organization">Organization</label><select id="organization" name="organization" disabled></select></div>
          <p id="summary" class="summary" aria-live="polite"></p>
        </fieldset>
      </form>
    </div>
    <p id="notice" class="notice" role="alert" hidden></p>
    <div id="fleet" class="fleet" aria-label="Locations, robots and parts"></div>
  </main>
</body>
</html>
`;
}
