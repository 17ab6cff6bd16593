/** The log viewer's HTML: static markup; app.ts brings it to life. */

export interface ShellOptions {
  /** Appended to asset URLs, which are cached for good. */
  version: string;
  graphqlPath: string;
  demoKey: { apiKeyId: string; apiKey: string } | null;
}

/** JSON that is safe inside a <script> element (no `</script>` can end it early). */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderShell({ version, graphqlPath, demoKey }: ShellOptions): string {
  // Only the key: the object handed in may be the demo fleet's whole record (organization, address).
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Robot logs · fleetgraph</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/logs/viewer-style.css?v=${version}">
  <script id="viewer-config" type="application/json">${inlineJson({ graphqlPath, demoKey: demoKey && { apiKeyId: demoKey.apiKeyId, apiKey: demoKey.apiKey } })}</script>
  <script src="/logs/viewer.js?v=${version}" defer></script>
</head>
<body>
  <header class="top">
    <h1>Robot logs</h1>
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
          <legend>Robot part</legend>
          <div class="field"><label for="organization">Organization</label><select id="organization" name="organization" disabled></select></div>
          <div class="field"><label for="location">Location</label><select id="location" name="location" disabled></select></div>
          <div class="field"><label for="robot">Robot</label><select id="robot" name="robot" disabled></select></div>
          <div class="field"><label for="part">Part</label><select id="part" name="part" disabled></select></div>
        </fieldset>
      </form>
      <form id="controls" class="panel">
        <fieldset>
          <legend>View</legend>
          <div class="field inline"><input id="errors-only" type="checkbox" name="errorsOnly"><label for="errors-only">Errors only</label></div>
          <div class="field"><label for="filter">Filter</label><input id="filter" type="search" name="filter" placeholder="text in the message" spellcheck="false"></div>
          <button type="button" name="pause" aria-pressed="false">Pause</button>
          <button type="button" name="clear">Clear</button>
          <span id="buffered" class="buffered" aria-live="polite"></span>
        </fieldset>
      </form>
    </div>
    <p id="notice" class="notice" role="alert" hidden></p>
    <ol id="log" class="log" role="log" aria-label="Log lines" aria-live="off"></ol>
  </main>
</body>
</html>
`;
}
