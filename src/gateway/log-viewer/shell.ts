/** The HTML of the pages the gateway serves (/logs and /fleet): static markup; app.ts and fleet-page.ts bring them to life. */

export interface ShellOptions {
  /** Appended to asset URLs, which are cached for good. */
  version: string;
  graphqlPath: string;
  demoKey: { apiKeyId: string; apiKey: string } | null;
}

/** JSON that is safe inside a <script> element (no `</script>` can end it early). */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

interface PageParts {
  title: string;
  /** The page's own stylesheet and script, after the shared viewer-style.css. */
  styles: string[];
  script: string;
  /** The panels after the API key form, and what follows the notice. */
  panels: string;
  content: string;
}

function renderPage({ version, graphqlPath, demoKey }: ShellOptions, page: PageParts): string {
  const stylesheets = ['viewer-style.css', ...page.styles].map((name) => `  <link rel="stylesheet" href="/logs/${name}?v=${version}">`).join('\n');
  // Only the key: the object handed in may be the demo fleet's whole record (organization, address).
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${page.title} · fleetgraph</title>
  <link rel="icon" href="data:,">
${stylesheets}
  <script id="viewer-config" type="application/json">${inlineJson({ graphqlPath, demoKey: demoKey && { apiKeyId: demoKey.apiKeyId, apiKey: demoKey.apiKey } })}</script>
  <script src="/logs/${page.script}?v=${version}" defer></script>
</head>
<body>
  <header class="top">
    <h1>${page.title}</h1>
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
${page.panels}
    </div>
    <p id="notice" class="notice" role="alert" hidden></p>
${page.content}
  </main>
</body>
</html>
`;
}

/** /logs: one part's live logs. */
export function renderShell(options: ShellOptions): string {
  return renderPage(options, {
    title: 'Robot logs',
    styles: [],
    script: 'viewer.js',
    panels: `      <form id="picker" class="panel">
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
      </form>`,
    content: `    <ol id="log" class="log" role="log" aria-label="Log lines" aria-live="off"></ol>`,
  });
}

/** /fleet: the organization's robots and parts with their live state. */
export function renderFleetShell(options: ShellOptions): string {
  return renderPage(options, {
    title: 'Live fleet',
    styles: ['fleet-style.css'],
    script: 'fleet.js',
    panels: `      <form id="picker" class="panel">
        <fieldset>
          <legend>Fleet</legend>
          <div class="field"><label for="organization">Organization</label><select id="organization" name="organization" disabled></select></div>
          <p id="summary" class="summary" aria-live="polite"></p>
        </fieldset>
      </form>`,
    content: `    <div id="fleet" class="fleet" aria-label="Locations, robots and parts"></div>`,
  });
}
