/**
 * The log viewer page: API key → fleet tree (one GraphQL query over HTTP) → pick a part → its
 * logs live over graphql-ws, with errors-only and filter, pause/resume, and the connection state.
 */
import { bindApiKeyForm, credentialHeaders, type ApiKey } from './api-key.ts';
import { fetchFleet, PartPicker, type PickedPart } from './fleet-picker.ts';
import { LiveLogs, type ConnectionChange, type ConnectionState } from './live-logs.ts';
import { LogList } from './log-list.ts';

interface ViewerConfig {
  graphqlPath: string;
  demoKey: ApiKey | null;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const config = JSON.parse(byId('viewer-config').textContent ?? '{}') as ViewerConfig;

const credentialsForm = byId<HTMLFormElement>('credentials');
const controls = byId<HTMLFormElement>('controls');
const field = <T extends Element>(form: HTMLFormElement, name: string) => form.elements.namedItem(name) as T;
const errorsOnlyInput = field<HTMLInputElement>(controls, 'errorsOnly');
const filterInput = field<HTMLInputElement>(controls, 'filter');
const pauseButton = field<HTMLButtonElement>(controls, 'pause');
const clearButton = field<HTMLButtonElement>(controls, 'clear');
const connection = byId<HTMLParagraphElement>('connection');
const notice = byId<HTMLParagraphElement>('notice');
const bufferedLabel = byId<HTMLSpanElement>('buffered');

// ---- messages and connection state ---------------------------------------------------------

let noticeTimer: ReturnType<typeof setTimeout> | undefined;
function showNotice(text: string, kind: 'error' | 'warning' | 'info', hideAfterMs?: number): void {
  clearTimeout(noticeTimer);
  notice.textContent = text;
  notice.dataset.kind = kind;
  notice.hidden = false;
  if (hideAfterMs) noticeTimer = setTimeout(hideNotice, hideAfterMs);
}
function hideNotice(): void {
  clearTimeout(noticeTimer);
  notice.hidden = true;
}

const STATE_TEXT: Record<ConnectionState, string> = {
  idle: 'not connected',
  connecting: 'connecting…',
  connected: 'connected',
  reconnecting: 'reconnecting…',
  refused: 'refused',
};

function onConnectionChange({ state, lost, restored }: ConnectionChange): void {
  connection.dataset.state = state;
  connection.querySelector('.text')!.textContent = STATE_TEXT[state];
  if (lost) showNotice('Connection to the gateway lost — reconnecting… Lines logged meanwhile may be missing.', 'warning');
  else if (restored) showNotice('Connection restored.', 'info', 5_000);
  else if (state === 'refused') showNotice('The gateway refused the API key. Check it and load the fleet again.', 'error');
}

// ---- log list and its controls -------------------------------------------------------------

const logList = new LogList(byId<HTMLOListElement>('log'), (buffered, dropped) => {
  bufferedLabel.textContent = logList.isPaused ? `${buffered} new line${buffered === 1 ? '' : 's'} while paused${dropped ? ` (${dropped} dropped)` : ''}` : '';
  pauseButton.textContent = logList.isPaused ? `Resume (${buffered})` : 'Pause';
});

pauseButton.addEventListener('click', () => {
  if (logList.isPaused) logList.resume();
  else logList.pause();
  pauseButton.setAttribute('aria-pressed', String(logList.isPaused));
});
clearButton.addEventListener('click', () => logList.clear());

// ---- watching a part -----------------------------------------------------------------------

let live: LiveLogs | null = null;
let picked: PickedPart | null = null;
let stopWatching: (() => void) | null = null;
/** What is being watched now, so picking the same part again (a cascade of selects) changes nothing. */
let watching: string | null = null;

function stopWatch(): void {
  stopWatching?.();
  stopWatching = null;
  watching = null;
}

function watch(): void {
  const filter = filterInput.value.trim() || null;
  const errorsOnly = errorsOnlyInput.checked;
  const key = picked ? JSON.stringify([picked.id, errorsOnly, filter]) : null;
  if (key !== null && key === watching) return;
  stopWatch();
  if (!live || !picked || key === null) return;
  watching = key;
  const what = [`${picked.robotName} / ${picked.name}`, errorsOnly ? 'errors only' : '', filter ? `filter "${filter}"` : ''].filter(Boolean);
  logList.marker(`watching ${what.join(', ')}`);
  stopWatching = live.watch(
    { partId: picked.id, errorsOnly, filter },
    {
      batch: (lines) => logList.add(lines),
      failed: (message) => {
        // Picking the part again retries.
        if (watching === key) watching = null;
        showNotice(`Watching ${picked?.name ?? 'the part'} stopped: ${message}`, 'error');
      },
    },
  );
}

const picker = new PartPicker(byId<HTMLFormElement>('picker'), (part) => {
  picked = part;
  watch();
});

errorsOnlyInput.addEventListener('change', watch);
let filterTimer: ReturnType<typeof setTimeout> | undefined;
filterInput.addEventListener('input', () => {
  clearTimeout(filterTimer);
  filterTimer = setTimeout(watch, 400);
});
controls.addEventListener('submit', (event) => event.preventDefault());

// ---- credentials and the fleet tree ---------------------------------------------------------

async function connect(key: ApiKey): Promise<void> {
  stopWatch();
  live?.dispose();
  const headers = credentialHeaders(key);
  const socketUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${config.graphqlPath}`;
  live = new LiveLogs(socketUrl, headers, onConnectionChange);
  try {
    picker.show(await fetchFleet(config.graphqlPath, headers));
    hideNotice();
  } catch (error) {
    showNotice(`Loading the fleet failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}

bindApiKeyForm(credentialsForm, config.demoKey, connect);
