import type { RecentMeetings } from '../meet/recent-meetings';
import { activeLocale } from '../i18n/locale';
import { STRINGS } from '../i18n/strings';
import { meetingWhen, zoneName } from '../i18n/when';
import { clip, escapeHtml } from '../text/escape';
import { actionButton, header, note, paragraph } from './widgets';

/**
 * Gmail's compose window: the person's meetings of the last 14 days with a Google Meet, newest first, each with
 * **Recap**, which fills the draft's To, subject and a recap (src/actions/after-actions.ts). Titles are Calendar's,
 * escaped.
 */
export function recentMeetingsCard(view: RecentMeetings & { timeZone: string; zoneSent?: boolean }): GoogleAppsScript.Card_Service.Card {
  const locale = activeLocale().intlLocale;
  // Without the person's zone (script.locale unticked) the times are the script's, named as the homepage names them.
  const when = (ms: number) =>
    view.zoneSent === false
      ? STRINGS.whenInZone(meetingWhen(ms, view.timeZone, locale), zoneName(view.timeZone, locale, ms))
      : meetingWhen(ms, view.timeZone, locale);
  const section = CardService.newCardSection().addWidget(paragraph(escapeHtml(STRINGS.recapListHint)));
  if (!view.meetings.length) section.addWidget(paragraph(escapeHtml(STRINGS.recentNone)));
  for (const meeting of view.meetings) {
    section.addWidget(
      CardService.newDecoratedText()
        .setText(escapeHtml(meeting.title ? clip(meeting.title, 80) : STRINGS.recentUntitled))
        .setBottomLabel(escapeHtml(when(meeting.start!)))
        .setWrapText(true)
        .setButton(actionButton(STRINGS.recapButton, 'insertRecap', { calendarId: meeting.calendarId, eventId: meeting.eventId })),
    );
  }
  if (view.partial) section.addWidget(note(escapeHtml(STRINGS.recentPartial)));
  return CardService.newCardBuilder().setName('recentMeetings').setHeader(header(STRINGS.recentTitle)).addSection(section).build();
}
