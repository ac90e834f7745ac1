import { eventCard, type EventView } from '../../../src/cards/event';
import { readConference } from '../../../src/meet/conference';
import { render } from '../../support/render';

const link = { url: 'https://meet.google.com/abc-mnop-xyz', code: 'abc-mnop-xyz', dialIn: { number: '+1 650-555-0100', pin: '123456' } };
const view = (over: Partial<EventView>): EventView => ({
  calendarId: 'ada@gmail.com',
  eventId: 'e1',
  conference: { kind: 'none' },
  canChange: true,
  occurrence: false,
  me: 'ada@gmail.com',
  ...over,
});

describe('the open event card', () => {
  it('offers the organizer Open, Replace and Remove for an event with Meet, and shows how to dial in', () => {
    const card = render(eventCard(view({ conference: { kind: 'meet', link } })));
    expect(card.buttons).toEqual(['Open in Meet', 'Replace with a new link', 'Remove Meet link']);
    expect(card.text).toContain('abc-mnop-xyz');
    expect(card.text).toContain('+1 650-555-0100');
    expect(card.actionOf('Remove Meet link')).toMatchObject({ action: 'confirmRemove', calendarId: 'ada@gmail.com', eventId: 'e1' });
  });

  it('offers someone else only Open in Meet, and names the organizer', () => {
    const card = render(eventCard(view({ conference: { kind: 'meet', link }, canChange: false, organizer: 'bob@example.com' })));
    expect(card.buttons).toEqual(['Open in Meet']);
    expect(card.text).toContain('bob@example.com');
  });

  it('asks to save an event first, with nothing to press', () => {
    const card = render(eventCard(view({ eventId: undefined })));
    expect(card.text).toMatch(/Save the event first/);
    expect(card.buttons).toEqual([]);
  });

  it('offers to switch a third-party conference to Meet, showing its name as text, never as markup', () => {
    const card = render(eventCard(view({ conference: { kind: 'other', name: '<a href="https://evil.example">Zoom</a>' } })));
    expect(card.buttons[0]).toBe('Switch to Google Meet');
    const paragraph = card.json.sections[0].widgets[0].textParagraph.text;
    expect(paragraph).toBe('This event uses &lt;a href=&quot;https://evil.example&quot;&gt;Zoom&lt;/a&gt;.');
  });

  it('puts the note on repeating events above the buttons it is about', () => {
    const card = render(eventCard(view({ occurrence: true })));
    const widgets = card.json.sections[0].widgets;
    const note = widgets.findIndex((w: { textParagraph?: { text: string } }) => /occurrence/.test(w.textParagraph?.text ?? ''));
    const buttons = widgets.findIndex((w: { buttonList?: unknown }) => w.buttonList);
    expect(note).toBeGreaterThanOrEqual(0);
    expect(note).toBeLessThan(buttons);
  });

  it('a third-party join URL is a link when it is https, its text escaped', () => {
    const card = render(eventCard(view({ conference: { kind: 'other', name: 'Zoom', url: 'https://zoom.us/j/123?pwd=a&b=1' } })));
    const texts = JSON.stringify(card.json);
    expect(texts).toContain('<a href=\\"https://zoom.us/j/123?pwd=a&amp;b=1\\">https://zoom.us/j/123?pwd=a&amp;b=1</a>');
  });

  it('a third-party join URL that is not https is never a link, nor shown', () => {
    const conference = readConference({
      conferenceData: {
        conferenceSolution: { key: { type: 'addOn' }, name: 'Zoom' },
        entryPoints: [{ entryPointType: 'video', uri: 'javascript:alert(1)' }],
      },
    });
    const card = render(eventCard(view({ conference })));
    expect(JSON.stringify(card.json)).not.toMatch(/javascript:|<a /);
  });

  it('a status event or birthday: names the kind of event and offers nothing', () => {
    const card = render(eventCard(view({ eventType: 'outOfOffice' })));
    expect(card.text).toContain('This is an out-of-office event. Google Calendar does not allow a video conference on it.');
    expect(card.buttons).toEqual([]);
  });

  it('MeetLink’s own leftover: says what it is, Delete event only', () => {
    const card = render(eventCard(view({ leftover: true, conference: { kind: 'meet', link } })));
    expect(card.buttons).toEqual(['Delete event']);
    expect(card.actionOf('Delete event')).toMatchObject({ action: 'deleteLeftover', calendarId: 'ada@gmail.com', eventId: 'e1' });
  });
});
