import type { ActionName } from '../host/actions';
import { afterMeetingCard, afterStatusWords, type AfterMeetingView } from '../cards/after-meeting';
import { recentMeetingsCard } from '../cards/recent-meetings';
import { parameters, timeZoneOf, type AddOnEvent } from '../host/event-object';
import { STRINGS } from '../i18n/strings';
import { emptyAfterMeetingReport } from '../meet/after-meeting';
import { logSummary, MeetFailure } from '../meet/errors';
import { isMeetingCode } from '../meet/meeting-code';
import { recapOf, type Recap } from '../recap';
import { loadSettings, type Settings } from '../settings';
import { zoneOf, type App } from './app';
import { nav, notify, respond, type Handler, type Response } from './respond';

/** Where the card is shown: Gmail's compose window, or Calendar. */
const hostOf = (e: AddOnEvent): 'CALENDAR' | 'GMAIL' => (e.commonEventObject?.hostApp === 'GMAIL' ? 'GMAIL' : 'CALENDAR');

/** The event a card names (its calendar and id), and its Meet's code when the card had it. */
function eventOf(e: AddOnEvent): { eventRef: { calendarId: string; eventId: string }; code?: string; record?: string } {
  const p = parameters(e);
  if (!p.calendarId || !p.eventId) throw new MeetFailure('unexpected', 'The card did not name an event.');
  return {
    eventRef: { calendarId: p.calendarId, eventId: p.eventId },
    ...(isMeetingCode(p.code) ? { code: p.code } : {}),
    ...(p.record ? { record: p.record } : {}),
  };
}

/** The view of the event's meeting: one Calendar read, then Meet's records, within the engine's budget. */
function afterView(app: App, e: AddOnEvent): AfterMeetingView {
  const { eventRef, code, record } = eventOf(e);
  const report = app.engine().afterMeeting({ eventRef, ...(code ? { meetingCode: code } : {}), ...(record ? { conferenceRecord: record } : {}) });
  return {
    report,
    timeZone: zoneOf(app, e),
    zoneSent: timeZoneOf(e) !== undefined,
    params: { calendarId: eventRef.calendarId, eventId: eventRef.eventId, ...(report.meetingCode ? { code: report.meetingCode } : {}) },
    me: app.email(),
    host: hostOf(e),
  };
}

/**
 * The recap into the draft being written: To (every guest but the person), the subject and the text at the cursor,
 * in one UpdateDraftActionResponse (card-service/update-draft-action-response-builder: setUpdateDraftToRecipientsAction,
 * setUpdateDraftSubjectAction, setUpdateDraftBodyAction). Gmail shows it; nothing is sent.
 */
function recapIntoDraft(recap: Recap, format: Settings['format']): Response {
  const builder = CardService.newUpdateDraftActionResponseBuilder()
    .setUpdateDraftSubjectAction(CardService.newUpdateDraftSubjectAction().addUpdateSubject(recap.subject))
    .setUpdateDraftBodyAction(
      CardService.newUpdateDraftBodyAction()
        .addUpdateContent(recap.body, format === 'html' ? CardService.ContentType.MUTABLE_HTML : CardService.ContentType.TEXT)
        .setUpdateType(CardService.UpdateDraftBodyType.IN_PLACE_INSERT),
    );
  if (recap.to.length) builder.setUpdateDraftToRecipientsAction(CardService.newUpdateDraftToRecipientsAction().addUpdateToRecipients(recap.to));
  return builder.build();
}

/** After the meeting (Workspace): the open event's view; in Gmail's compose window, the recap. */
export const AFTER_HANDLERS = {
  openAfterMeeting: (app, e) => respond(nav().pushCard(afterMeetingCard(afterView(app, e)))),
  showConference: (app, e) => respond(nav().updateCard(afterMeetingCard(afterView(app, e)))),
  // A free Gmail account: the words, with no Google call and no consent asked (the Meet API does not serve it).
  explainAfterMeeting: (app, e) =>
    respond(
      nav().pushCard(afterMeetingCard({ report: emptyAfterMeetingReport('freeAccount'), timeZone: zoneOf(app, e), params: {}, host: hostOf(e) })),
    ),
  openRecentMeetings: (app, e) =>
    respond(
      nav().pushCard(recentMeetingsCard({ ...app.engine().recentMeetings(), timeZone: zoneOf(app, e), zoneSent: timeZoneOf(e) !== undefined })),
    ),
  // Like every insert into a draft, it answers the draft update alone, or a notification alone (link-actions.ts).
  insertRecap: (app, e) => {
    const { format } = loadSettings(app.store).settings;
    try {
      const { eventRef } = eventOf(e);
      const report = app.engine().afterMeeting({ eventRef });
      if (report.status !== 'ready') return notify(afterStatusWords(report, app.email()));
      // A recap with a part Google did not answer in time would leave out a link that exists: none, and say so.
      if (report.missing.some((m) => m.why !== 'refused')) return notify(STRINGS.recapIncomplete);
      return recapIntoDraft(recapOf(report, { me: app.email(), format, timeZone: zoneOf(app, e) }), format);
    } catch (error) {
      // Names and titles are never logged: only the kind of failure (src/meet/errors.ts, logSummary).
      console.error(`MeetLink: the recap was not inserted: ${logSummary(error)}`);
      return notify(STRINGS.failure(error instanceof MeetFailure ? error.kind : 'unexpected'));
    }
  },
} satisfies Partial<Record<ActionName, Handler>>;
