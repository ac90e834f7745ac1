/**
 * Every card MeetLink shows, in one language, reached the way a person reaches it through the offline host:
 * for the widths test, which draws each in the preview's side panel in Chromium. Labels are read from the
 * catalogue, so the same walk works in every language.
 */
import { WORKSPACE } from '../../offline/runtime';
import { AGING_MS, HISTORY_KEY } from '../../src/history';
import { readCatalogue } from '../../scripts/i18n';
import type { Locale } from '../../src/i18n/catalogues.generated';
import { meetCode, openAddOn } from './harness';
import { seedPastMeeting } from '../../offline/meet/past-meeting';

export type NamedCard = [name: string, card: any];

export function everyCard(locale: Locale): NamedCard[] {
  const words = readCatalogue(locale);
  const m = (key: string, args: Record<string, string> = {}) =>
    words[key].replace(/'\{(\w+)\}'/g, '{$1}').replace(/\{(\w+)\}/g, (whole, name: string) => args[name] ?? whole);
  const cards: NamedCard[] = [];
  const account = { locale, timeZone: 'Europe/London' };

  // Free Gmail: homepage with recent links, the link card, a saved link, clearing, compose, an open email.
  const free = openAddOn({ account });
  const { host } = free;
  host.homepage('GMAIL').click(m('createLink'));
  cards.push(['link (free Gmail)', host.card]);
  host.click(m('createAnother')).back();
  cards.push(['home with recent links', host.card]);
  host.click(meetCode(host.text())!);
  cards.push(['saved link', host.card]);
  host.click(m('pin'));
  cards.push(['saved link, pinned', host.card]);
  host.back().click(m('clearRecent'));
  cards.push(['confirm clear', host.card]);
  host.compose();
  cards.push(['compose with saved links', host.card]);
  const message = free.runtime.gmail.seedMessage({ from: 'Bob <bob@example.org>', to: free.me, subject: 'Meet?', plainBody: 'Could we meet?' });
  host.openMessage(message.id);
  cards.push(['open email', host.card]);
  host.click(m('replyWithLink'));
  cards.push(['link for a reply', host.card]);
  host.openMessage(message.id);
  host.click(m('inviteToMeeting'));
  cards.push(['invite to a meeting', host.card]);
  host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click(m('inviteSend'));
  cards.push(['invitations sent', host.card]);
  host.openMessage(message.id);
  host.universal('Settings');
  cards.push(['settings', host.card]);
  host.universal('Help');
  cards.push(['help', host.card]);
  free.runtime.faults.inject({ api: 'calendar.events.insert', error: 'backendError', times: 4 });
  host.homepage('CALENDAR').click(m('createLink'));
  cards.push(['failure', host.card]);

  // Calendar: an event with Meet, without a conference, with a third-party one; each confirmation.
  const withMeet = free.seed({ summary: 'Review' }, { withMeet: true });
  host.openEvent({ calendarId: free.me, id: withMeet.id! });
  cards.push(['event with Meet', host.card]);
  host.click(m('replaceMeet'));
  cards.push(['confirm replace', host.card]);
  host.back().click(m('removeMeet'));
  cards.push(['confirm remove', host.card]);
  const bare = free.seed({ summary: 'Lunch' });
  host.openEvent({ calendarId: free.me, id: bare.id! });
  cards.push(['event without conference', host.card]);
  const zoom = free.seed({ summary: 'Vendor call' }, { thirdParty: 'zoom' });
  host.openEvent({ calendarId: free.me, id: zoom.id! });
  cards.push(['event with Zoom', host.card]);
  host.click(m('switchToMeet'));
  cards.push(['confirm switch', host.card]);
  const recurring = free.seed({ summary: 'Weekly', recurringEventId: 'weekly0001' }, { withMeet: true });
  host.openEvent({ calendarId: free.me, id: recurring.id! });
  cards.push(['occurrence of a repeating event', host.card]);

  // A focus time event (no conference allowed), and MeetLink's own leftover temporary event.
  const focus = free.seed({ summary: 'Deep work', eventType: 'focusTime' });
  host.openEvent({ calendarId: free.me, id: focus.id! }).click(m('addMeet'));
  cards.push(['focus time event', host.card]);
  const left = openAddOn({ account });
  left.runtime.faults.inject({ api: 'calendar.events.delete', error: 'backendError', times: 'always' });
  left.host.homepage('CALENDAR').click(m('createLink'));
  left.runtime.faults.clear();
  left.host.openEvent({ calendarId: left.me, id: left.leftovers()[0]!.id! });
  cards.push(['leftover temporary event', left.host.card]);

  // A pinned link made over eleven months ago: marked, with "Fresh link, same label", on the homepage and its own card.
  const aging = openAddOn({ account });
  const now = aging.runtime.clock.now();
  aging.runtime.services.userProperties.setProperty(
    HISTORY_KEY,
    JSON.stringify([
      { code: 'old-pinn-edx', url: 'https://meet.google.com/old-pinn-edx', label: 'Office hours', pinned: true, at: now - AGING_MS - 86_400_000 },
    ]),
  );
  aging.host.homepage('GMAIL');
  cards.push(['home with an aging pinned link', aging.host.card]);
  aging.host.click('old-pinn-edx');
  cards.push(['aging pinned link', aging.host.card]);

  // A work account: who may join, a meeting going on, ending it, looking one up.
  const work = openAddOn({ account: { ...WORKSPACE, ...account } });
  work.host.homepage('GMAIL').click(m('createLink'));
  cards.push(['link (work account)', work.host.card]);
  const code = meetCode(work.host.text())!;
  work.runtime.meet.startConference(code);
  work.host.click(m('refresh'));
  cards.push(['link, meeting going on', work.host.card]);
  work.host.click(m('endMeeting'));
  cards.push(['confirm end meeting', work.host.card]);
  work.host.homepage('GMAIL');
  cards.push(['home (work account)', work.host.card]);
  work.host.input('meeting', code).click(m('lookup'));
  cards.push(['looked-up meeting', work.host.card]);
  // Workspace Studio: the config card of the step "Make a Meet link", as Studio shows it while a flow is built.
  cards.push(['Studio step: Make a Meet link', work.host.studio.configure('makeMeetLink')]);
  cards.push(['Studio step: After the meeting', work.host.studio.configure('afterMeeting')]);

  // Business Starter (issue 26): presets Google did not turn on, and co-hosts its edition does not allow.
  const starter = openAddOn({ account: { ...WORKSPACE, ...account, edition: 'businessStarter' } });
  starter.host.universal('Settings').input('preset_record', true).input('preset_transcribe', true).click(m('save'));
  starter.host.homepage('GMAIL').click(m('createLink'));
  starter.host.input('cohosts', 'ben@example.com, cy@example.com').click(m('cohostsAdd'));
  cards.push(['link, Business Starter (presets and co-hosts refused)', starter.host.card]);

  // Meeting settings on the open event's Meet, and Apply my presets once someone else owns that Meet.
  const organizer = openAddOn({ account: { ...WORKSPACE, ...account } });
  organizer.host.universal('Settings').input('preset_record', true).click(m('save'));
  const planning = organizer.seed({ summary: 'Planning' }, { withMeet: true });
  organizer.host.openEvent({ calendarId: organizer.me, id: planning.id! }).click(m('meetingSettings'));
  cards.push(['meeting settings', organizer.host.card]);
  organizer.runtime.meet.transferSpace(planning.conferenceData!.conferenceId!, 'boss@example.com');
  organizer.host.click(m('presetsApply'));
  cards.push(['apply my presets, someone else’s meeting', organizer.host.card]);

  // A work account Google refused the meeting controls: the homepage says why.
  const refused = openAddOn({ account: { ...WORKSPACE, ...account, kind: 'consumer', email: 'ada@lovelace.example' } });
  refused.host.homepage('GMAIL').click(m('createLink')).back();
  cards.push(['home, meeting controls refused', refused.host.card]);

  // After the meeting (issue 24): yesterday's meeting on a work account, the recent meetings to recap in Gmail's
  // compose window, and what a free account is told instead.
  const after = openAddOn({ account: { ...WORKSPACE, ...account } });
  const past = seedPastMeeting(after.runtime, { start: after.runtime.clock.now() - 18 * 60 * 60_000 });
  after.host.openEvent({ calendarId: after.me, id: past.event.id! }).click(m('afterMeeting'));
  cards.push(['after the meeting', after.host.card]);
  after.host.compose().click(m('recentTitle'));
  cards.push(['recent meetings to recap', after.host.card]);
  const freeMeeting = free.seed({ summary: 'Catch-up' }, { withMeet: true });
  host.openEvent({ calendarId: free.me, id: freeMeeting.id! }).click(m('afterMeeting'));
  cards.push(['after the meeting (free Gmail)', host.card]);
  return cards;
}
