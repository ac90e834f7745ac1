/**
 * Gmail's compose window: To, Subject, a real text area whose cursor the add-on inserts at, a "Formatted
 * view" when the draft holds HTML, and the add-on's button in the toolbar (the compose action).
 */
import { post } from '../api';
import { ICONS, h, svgIcon } from '../dom';
import { readDraft } from '../page-input';
import { richText } from '../sanitize';
import { ui, update } from '../store';
import { toast } from '../toast';

export function openCompose(): void {
  update((u) => {
    u.composeOpen = true;
  });
  document.getElementById('draft-body')?.focus();
}

function closeCompose(): void {
  ui.composeOpen = false;
  if (ui.state?.host.context === 'compose') void post('/api/homepage', { app: 'GMAIL' });
  else update();
}

function send(): void {
  toast('Not sent: the preview has no outbox. Your draft was discarded.');
  ui.compose.body = '';
  ui.compose.cursor = 0;
  closeCompose();
}

function syncCursor(e: Event): void {
  ui.compose.cursor = (e.target as HTMLTextAreaElement).selectionStart ?? 0;
}

function field(label: string, key: 'to' | 'subject'): HTMLElement {
  return h(
    'label',
    { class: 'cw-field' },
    h('span', null, label),
    h('input', {
      type: 'text',
      value: ui.compose[key],
      'data-key': `compose-${key}`,
      on: { input: (e: Event) => (ui.compose[key] = (e.target as HTMLInputElement).value) },
    }),
  );
}

export function composeWindow(): HTMLElement {
  const state = ui.state;
  const name = state?.addOn.name;
  const body = h('textarea', {
    id: 'draft-body',
    class: 'cw-body',
    'aria-label': 'Message body',
    'data-key': 'draft-body',
    placeholder: 'Write your message…',
    on: {
      input: (e: Event) => (ui.compose.body = (e.target as HTMLTextAreaElement).value),
      select: syncCursor,
      keyup: syncCursor,
      click: syncCursor,
    },
  });
  body.value = ui.compose.body;
  queueMicrotask(() => body.setSelectionRange(ui.compose.cursor, ui.compose.cursor));
  const hasHtml = /<[a-z][^>]*>/i.test(ui.compose.body);
  return h(
    'section',
    { class: 'compose-window', 'aria-label': 'New message' },
    h(
      'header',
      { class: 'cw-title' },
      h('span', null, 'New message'),
      h(
        'button',
        { type: 'button', class: 'icon-button light', 'aria-label': 'Close compose', 'data-key': 'compose-close', on: { click: closeCompose } },
        svgIcon(ICONS.close!, undefined, 18),
      ),
    ),
    field('To', 'to'),
    field('Subject', 'subject'),
    body,
    hasHtml
      ? h(
          'div',
          { class: 'cw-html', 'aria-label': 'How the formatted text looks' },
          h('div', { class: 'cw-html-label' }, 'Formatted view'),
          richText(ui.compose.body.replace(/\n/g, '<br>')),
        )
      : null,
    h(
      'footer',
      { class: 'cw-toolbar' },
      h('button', { type: 'button', class: 'btn btn-filled cw-send', 'data-key': 'compose-send', on: { click: send } }, 'Send'),
      h('div', { class: 'spacer' }),
      h(
        'button',
        {
          type: 'button',
          class: `cw-addon ${state?.host.context === 'compose' ? 'active' : ''}`,
          title: `${name ?? 'Add-on'}: ${state?.addOn.composeAction ?? ''}`,
          'aria-label': `Open ${name ?? 'the add-on'} for this draft`,
          'data-key': 'compose-addon',
          on: { click: () => void post('/api/compose', { draft: readDraft() }) },
        },
        svgIcon(ICONS.video_call!, undefined, 20),
        h('span', null, name ?? 'Add-on'),
      ),
    ),
  );
}
