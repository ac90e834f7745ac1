import type { AfterMeetingReport, ArtifactKind } from './meet/after-meeting';
import { activeLocale } from './i18n/locale';
import { listOf, STRINGS } from './i18n/strings';
import { meetingWhenForGuests } from './i18n/when';
import { isEmailAddress } from './text/addresses';
import { clip, escapeHtml, fileLink, googleFileUrl } from './text/escape';

/**
 * The recap MeetLink puts into an email: the subject, who gets it, and the text (who came, Google's links), in the
 * person's language and in their draft format: plain text, or rich text where every value from Google is escaped and
 * only https links to Google's Drive and Docs are links. Nothing of it is logged or kept.
 */
export interface Recap {
  to: string[];
  subject: string;
  body: string;
}

/** At most this many guests go into To (Gmail's own limits are far higher; a recap to hundreds is not a recap). */
const TO_MAX = 100;

export function recapOf(report: AfterMeetingReport, options: { me: string; format: 'text' | 'html'; timeZone: string }): Recap {
  const html = options.format === 'html';
  const me = options.me.toLowerCase();
  const to = [
    ...new Set(
      (report.event?.guests ?? [])
        .filter((g) => !g.self && g.email.toLowerCase() !== me)
        .map((g) => g.email.trim())
        .filter(isEmailAddress),
    ),
  ].slice(0, TO_MAX);
  const title = report.event?.title?.replace(/[\r\n]+/g, ' ').trim();
  const subject = title ? STRINGS.recapSubject(clip(title, 200)) : STRINGS.recapSubjectUntitled;
  // The meeting's own time, as the invitation said it; the conference's when the event has none. Written for guests
  // who may be anywhere, as a reply's is: the weekday and month in words, with the zone's name.
  const start = report.event?.start ?? report.conference?.start;
  const when = start === undefined ? undefined : meetingWhenForGuests(start, options.timeZone, activeLocale().intlLocale);
  const text = (s: string) => (html ? escapeHtml(s) : s);
  const lines: string[] = [];
  if (when) lines.push(text(title ? STRINGS.recapIntro(clip(title, 200), when) : STRINGS.recapIntroUntitled(when)));
  const named = report.participants.filter((a) => a.kind !== 'phone').map((a) => clip(a.name || '?', 80));
  const phone = report.counts.phone;
  const who = [...named, ...(phone ? [STRINGS.countPhone(phone)] : [])];
  if (who.length) lines.push(text(STRINGS.recapJoined(report.counts.total, listOf(who))));
  const labels: Record<ArtifactKind, string> = {
    recordings: STRINGS.afterRecording,
    transcripts: STRINGS.afterTranscript,
    smartNotes: STRINGS.afterNotes,
  };
  for (const kind of ['recordings', 'transcripts', 'smartNotes'] as const) {
    for (const artifact of report.artifacts[kind]) {
      const url = googleFileUrl(artifact.url);
      if (artifact.state === 'ready' && url) lines.push(html ? fileLink(url, labels[kind]) : STRINGS.recapLink(labels[kind], url));
      else lines.push(text(STRINGS.recapPreparing(labels[kind])));
    }
  }
  // On a line of its own, ending with a line break, as an invitation is inserted.
  const body = html ? `<br>${lines.join('<br>')}<br>` : `\n${lines.join('\n')}\n`;
  return { to, subject, body };
}
