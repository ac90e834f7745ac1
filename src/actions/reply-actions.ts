import { messageCard } from '../cards/message';
import { replyReadyCard } from '../cards/reply-ready';
import type { ReplyContent } from '../adapters/gmail-reply';
import { openMessageOf, parameters, timeZoneOf, type AddOnEvent } from '../host/event-object';
import type { ActionName } from '../host/actions';
import { activeLocale, t } from '../i18n/locale';
import { meetingWhenForGuests } from '../i18n/when';
import { STRINGS } from '../i18n/strings';
import { plainTextOf, renderInvitation, renderLink } from '../invitation';
import type { MeetLink } from '../meet/conference';
import { MeetFailure } from '../meet/errors';
import { isMeetingCode, meetUrl } from '../meet/meeting-code';
import { MEETING_ID, type MeetingNow } from '../meet/meeting-invite';
import { loadSettings, needsDialIn, type Settings } from '../settings';
import { clip, escapeHtml, httpsUrl } from '../text/escape';
import type { App } from './app';
import { replyRoute } from './invite-reply';
import { newLink } from './link-actions';
import { nav, respond, type Handler } from './respond';
import { messageView } from './view-models';

type As = 'link' | 'invitation';

/** The open message, or why there is none. */
function openMessage(app: App, e: AddOnEvent) {
  const ref = openMessageOf(e);
  if (!ref) throw new MeetFailure('messageAccess', 'The host sent no open message with its access token.');
  return app.gmail().open(ref);
}

/** The link, as card parameters for the compose action (strings only; read back by linkFrom). */
function linkParameters(link: MeetLink, as: As): Record<string, string> {
  return {
    as,
    code: link.code,
    ...(link.dialIn?.number ? { phone: link.dialIn.number } : {}),
    ...(link.dialIn?.pin ? { pin: link.dialIn.pin } : {}),
    ...(httpsUrl(link.morePhonesUrl) ? { morePhones: link.morePhonesUrl! } : {}),
  };
}

/** Google's page of every dial-in number (the `more` entry point): the only page a reply may link to besides Meet. */
const MORE_PHONES = /^https:\/\/tel\.meet\/[a-z-]+(?:\?pin=\d+)?$/;

/** The link a compose action's parameters carry, checked as anything from outside: a meeting code, or nothing. */
function linkFrom(e: AddOnEvent): { link: MeetLink; as: As } {
  const p = parameters(e);
  if (!isMeetingCode(p.code)) throw new MeetFailure('unexpected', 'The card named no meeting code.');
  const link: MeetLink = { url: meetUrl(p.code), code: p.code };
  if (p.phone) link.dialIn = { number: clip(p.phone, 60), ...(p.pin ? { pin: clip(p.pin, 30) } : {}) };
  if (p.morePhones && MORE_PHONES.test(p.morePhones)) link.morePhonesUrl = p.morePhones;
  return { link, as: p.as === 'invitation' ? 'invitation' : 'link' };
}

/** The body of the reply: a short lead-in line in the person's language, then the link; or the invitation. */
function replyBody(link: MeetLink, as: As, format: Settings['format'], settings: Settings, leadIn: string = STRINGS.replyLeadIn): string {
  if (as === 'invitation') return renderInvitation(settings.template, link, format);
  // The lead-in may name a meeting whose title came from an email: text, escaped in rich text like everything else.
  return format === 'html' ? `${escapeHtml(leadIn)}<br>${renderLink(link, 'html')}` : `${leadIn}\n${renderLink(link, 'text')}`;
}

/** The draft's content in the person's format: plain text, or HTML with its plain-text alternative read from it. */
function replyContent(app: App, body: (format: Settings['format'], settings: Settings) => string): ReplyContent {
  const settings = loadSettings(app.store).settings;
  // Rich text: the HTML, and its plain-text alternative read from it (plainTextOf), so no tag shows as text.
  if (settings.format !== 'html') return { body: body('text', settings) };
  const html = body('html', settings);
  return { body: plainTextOf(html), htmlBody: html };
}

/**
 * The lead-in of a reply about a meeting MeetLink scheduled, from the meeting as Calendar has it now (never from
 * a card): its title, on one line and clipped, and its time in the person's zone, with the zone's name, since the
 * guests may be anywhere ("Tuesday, November 24 at 3:00 PM GMT"; "martes, 24 de noviembre, 16:00 CET").
 */
function meetingLeadIn(app: App, e: AddOnEvent, meeting: MeetingNow): string {
  const zone = timeZoneOf(e) ?? meeting.timeZone ?? app.scriptTimeZone();
  const title = clip(meeting.title.replace(/\s+/g, ' ').trim(), 120) || STRINGS.meetingTitle;
  return t().replyLeadInMeeting({ title, when: meetingWhenForGuests(meeting.startMs, zone, activeLocale().intlLocale) });
}

/**
 * "Reply with Meet link" / "Reply with invitation": an ordinary action. It reads the open message first (so a
 * message that is gone, or a token that expired, costs no link and is told plainly on a card), makes a fresh link
 * with the same engine as everywhere, and shows it with "Open reply draft", a compose action. Under it, the
 * message card is redrawn, so a failure card from an earlier try is gone and the recent links include this one.
 */
function makeReplyLink(as: As): Handler {
  return (app, e) => {
    openMessage(app, e);
    const settings = loadSettings(app.store).settings;
    // An invitation whose template asks for dial-in gets its link through Calendar (a Meet space has none).
    const link = newLink(app, { needDialIn: as === 'invitation' && needsDialIn(settings.template) });
    return respond(
      nav()
        .popToRoot()
        .updateCard(messageCard(messageView(app, e)))
        .pushCard(replyReadyCard({ link, as, parameters: linkParameters(link, as) })),
      link.temporaryEventLeft ? STRINGS.temporaryEventLeft : undefined,
    );
  };
}

/** Gmail, an open message: reply to everyone with a new link or invitation. */
export const REPLY_HANDLERS = {
  replyWithLink: makeReplyLink('link'),
  replyWithInvitation: makeReplyLink('invitation'),
  /**
   * The compose action: builds the reply-all draft with the link already made, and nothing else (one read of the
   * message, one draft; no Calendar or Meet call). Its only answer is the ComposeActionResponse Google documents;
   * a failure is thrown (src/actions/dispatcher.ts) and the card under it keeps the link and the words.
   */
  openReplyDraft: (app, e) => {
    const { link, as } = linkFrom(e);
    const draft = openMessage(app, e).replyAllDraft(replyContent(app, (format, settings) => replyBody(link, as, format, settings)));
    return CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
  },
  /**
   * "Reply with this link", after Invite to a meeting: a compose action that reads the meeting as Calendar has it
   * now (one events.get: its title, time, guests and Meet link, never a card's copy of them) and the message's
   * headers (one Gmail read), and drafts the reply in the thread to the meeting's guests (invite-reply.ts says
   * which Gmail call reaches whom). Three calls; a failure is thrown and Gmail shows its error over the answer card.
   */
  openInviteReply: (app, e) => {
    const eventId = parameters(e).eventId ?? '';
    if (!MEETING_ID.test(eventId)) throw new MeetFailure('unexpected', 'The card named no meeting.');
    const meeting = app.engine().readMeeting(eventId);
    const message = openMessage(app, e);
    const { route, cc } = replyRoute(message.headers(), meeting.guests, app.email());
    const leadIn = meetingLeadIn(app, e, meeting);
    const content = {
      ...replyContent(app, (format, settings) => replyBody(meeting.link, 'link', format, settings, leadIn)),
      ...(cc.length ? { cc: cc.join(', ') } : {}),
    };
    const draft = route === 'all' ? message.replyAllDraft(content) : message.replyDraft(content);
    return CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
  },
} satisfies Partial<Record<ActionName, Handler>>;
