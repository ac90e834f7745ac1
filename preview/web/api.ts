/**
 * The client of the preview's JSON API (preview/protocol.ts). One action at a time; each answer replaces
 * the state, shows the add-on's notifications as toasts, and redraws.
 */
import { STATE_PATH, type ActionResult, type PreviewState, type RoutePath, type Routes } from '../protocol';
import { collectInputs, readDraft } from './page-input';
import { setBusy, ui, update, type Result } from './store';
import { toast } from './toast';

export async function post<P extends RoutePath>(path: P, body?: Partial<Routes[P]>): Promise<void> {
  if (ui.busy) return;
  setBusy(true);
  try {
    const payload = { inputs: collectInputs(), ...(ui.composeOpen ? { draft: readDraft() } : {}), ...body };
    const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
    const data = await response.json();
    if (!response.ok) {
      ui.banner = data.error ?? `The preview server answered ${response.status}.`;
      await refresh();
      return;
    }
    apply(data as ActionResult);
  } catch (error) {
    update((u) => {
      u.banner = `The preview server cannot be reached (${error instanceof Error ? error.message : String(error)}). Is npm start still running?`;
    });
  } finally {
    setBusy(false);
  }
}

export async function refresh(): Promise<void> {
  const response = await fetch(STATE_PATH);
  apply((await response.json()) as PreviewState);
}

function apply(result: Result): void {
  const previous = ui.state;
  ui.state = result;
  if (result.failure) ui.banner = result.failure;
  else if (result.notifications !== undefined) ui.banner = '';
  const draft = result.host.draft;
  if (result.host.context === 'compose' && (draft.body !== ui.compose.body || draft.cursor !== ui.compose.cursor)) {
    ui.compose.body = draft.body;
    ui.compose.cursor = draft.cursor;
  }
  // The recap fills To and the subject too (UpdateDraftToRecipientsAction, UpdateDraftSubjectAction).
  if (result.host.context === 'compose' && draft.to) ui.compose.to = draft.to.join(', ');
  if (result.host.context === 'compose' && draft.subject !== undefined) ui.compose.subject = draft.subject;
  if (previous && previous.host.app !== result.host.app) ui.menuOpen = false;
  for (const text of result.notifications ?? []) toast(text);
  for (const url of result.openedLinks ?? []) toast(`Opened ${url} in a new tab`);
  // Google's consent screen (ScriptApp.requireScopes ended the execution): tick the scopes under Consent, then press again.
  for (const scopes of result.consentPrompts ?? []) {
    toast(
      `Google asks for consent again: ${scopes.map((s) => s.replace(/^.*\/auth\//, '')).join(', ')}. Tick it under Consent, then press the button again.`,
    );
  }
  update();
}
