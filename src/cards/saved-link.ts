import type { HistoryEntry } from '../history';
import { STRINGS } from '../i18n/strings';
import { escapeHtml } from '../text/escape';
import { actionButton, buttons, header, linkWidgets, note, openInMeetButton } from './widgets';

/** The label's text input on the saved link's card. */
export const LABEL_FIELD = 'label';

/** One saved link: the whole link, a label to give it, pin or unpin, and "Open in Meet". */
export function savedLinkCard(entry: HistoryEntry, me: string | undefined, aging = false): GoogleAppsScript.Card_Service.Card {
  const p = { code: entry.code };
  const section = CardService.newCardSection();
  for (const widget of linkWidgets(entry)) section.addWidget(widget);
  if (aging) {
    section.addWidget(note(escapeHtml(STRINGS.oldLinkWarning)));
    section.addWidget(buttons(actionButton(STRINGS.freshLink, 'freshLink', p, true)));
  }
  section
    .addWidget(
      CardService.newTextInput()
        .setFieldName(LABEL_FIELD)
        .setTitle(STRINGS.labelField)
        .setHint(STRINGS.labelHint)
        .setValue(entry.label ?? ''),
    )
    .addWidget(
      buttons(
        actionButton(STRINGS.saveLabel, 'saveLabel', p, true),
        actionButton(entry.pinned ? STRINGS.unpin : STRINGS.pin, 'pinLink', { ...p, pin: entry.pinned ? '' : '1' }),
        openInMeetButton(entry.url, me),
      ),
    );
  return CardService.newCardBuilder().setName('savedLink').setHeader(header(STRINGS.linkTitle, entry.label)).addSection(section).build();
}
