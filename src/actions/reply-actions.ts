import { messageCard } from '../cards/message';
import { replyReadyCard } from '../cards/reply-ready';
import { openMessageOf, parameters, type AddOnEvent } from '../host/event-object';
import type { ActionName } from '../host/actions';
import { t } from '../i18n/locale';
import { STRINGS } from '../i18n/strings';
import { plainTextOf, renderInvitation, renderLink } from '../invitation';
import type { MeetLink } from '../meet/conference';
import { MeetFailure } from '../meet/errors';
import { isMeetingCode, meetUrl } from '../meet/meeting-code';
import { loadSettings, needsDialIn, type Settings } from '../settings';
import { clip, escapeHtml, httpsUrl } from '../text/escape';
import type { App } from './app';
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
function linkFrom(e: AddOnEvent): { link: MeetLink; as: As; when?: string } {
  const p = parameters(e);
  if (!isMeetingCode(p.code)) throw new MeetFailure('unexpected', 'The card named no meeting code.');
  const link: MeetLink = { url: meetUrl(p.code), code: p.code };
  if (p.phone) link.dialIn = { number: clip(p.phone, 60), ...(p.pin ? { pin: clip(p.pin, 30) } : {}) };
  if (p.morePhones && MORE_PHONES.test(p.morePhones)) link.morePhonesUrl = p.morePhones;
  // A meeting just scheduled (Invite to a meeting) names its time in the lead-in: text from a card, clipped, escaped below.
  const when = p.when ? clip(p.when, 80) : undefined;
  return { link, as: p.as === 'invitation' ? 'invitation' : 'link', ...(when ? { when } : {}) };
}

/** The body of the reply: a short lead-in line in the person's language, then the link; or the invitation. */
function replyBody(link: MeetLink, as: As, format: Settings['format'], settings: Settings, when?: string): string {
  if (as === 'invitation') return renderInvitation(settings.template, link, format);
  const leadIn = when ? t().replyLeadInMeeting({ when }) : STRINGS.replyLeadIn;
  return format === 'html' ? `${escapeHtml(leadIn)}<br>${renderLink(link, 'html')}` : `${leadIn}\n${renderLink(link, 'text')}`;
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
    const { link, as, when } = linkFrom(e);
    const settings = loadSettings(app.store).settings;
    // Rich text: the HTML, and its plain-text alternative read from it (plainTextOf), so no tag shows as text.
    const html = settings.format === 'html' ? replyBody(link, as, 'html', settings, when) : undefined;
    const draft = openMessage(app, e).replyAllDraft(
      html === undefined ? { body: replyBody(link, as, 'text', settings, when) } : { body: plainTextOf(html), htmlBody: html },
    );
    return CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
  },
} satisfies Partial<Record<ActionName, Handler>>;
