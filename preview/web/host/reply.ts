/**
 * Gmail's reply box under an open message: the draft a compose action made (createDraftReplyAll) and Gmail
 * opened for the person, with its recipients, subject and body (and how the HTML body looks). The person edits
 * and sends it; the preview has no outbox, so Send and Discard only close it.
 */
import { ICONS, h, svgIcon } from '../dom';
import { richText } from '../sanitize';
import { ui, update } from '../store';
import { toast } from '../toast';

export function replyBox(): HTMLElement | null {
  const draft = ui.state?.host.reply;
  if (!draft || draft.id === ui.closedReply) return null;
  const close = (message: string) => () => {
    toast(message);
    update((u) => {
      u.closedReply = draft.id;
    });
  };
  const line = (label: string, value: string) => h('div', { class: 'gm-reply-line' }, h('span', null, label), h('span', null, value));
  const body = h('textarea', { class: 'gm-reply-body', 'aria-label': 'Reply body', 'data-key': `reply-body:${draft.id}` });
  body.value = draft.body;
  return h(
    'section',
    { class: 'gm-reply', 'aria-label': 'Reply draft' },
    h('div', { class: 'gm-reply-title' }, svgIcon(ICONS.reply!, undefined, 18), h('span', null, 'Reply all (draft)')),
    line('To', draft.to.join(', ')),
    draft.cc.length ? line('Cc', draft.cc.join(', ')) : null,
    line('Subject', draft.subject),
    body,
    draft.htmlBody !== undefined
      ? h(
          'div',
          { class: 'cw-html', 'aria-label': 'How the formatted text looks' },
          h('div', { class: 'cw-html-label' }, 'Formatted view'),
          richText(draft.htmlBody),
        )
      : null,
    h(
      'footer',
      { class: 'cw-toolbar' },
      h(
        'button',
        { type: 'button', class: 'btn btn-filled cw-send', 'data-key': 'reply-send', on: { click: close('Not sent: the preview has no outbox.') } },
        'Send',
      ),
      h('div', { class: 'spacer' }),
      h(
        'button',
        {
          type: 'button',
          class: 'icon-button',
          'aria-label': 'Discard draft',
          title: 'Discard draft',
          'data-key': 'reply-discard',
          on: { click: close('Draft discarded.') },
        },
        svgIcon(ICONS.delete!, undefined, 20),
      ),
    ),
  );
}
