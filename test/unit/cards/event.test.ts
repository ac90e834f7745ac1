import { eventCard, type EventView } from '../../../src/cards/event';
import { render } from '../../support/render';

const URL = 'https://meet.google.com/abc-mnop-xyz';
const view = (extra: Partial<EventView>): EventView => ({
  calendarId: 'ada@gmail.com',
  eventId: 'ev1',
  conference: { kind: 'none' },
  canChange: true,
  occurrence: false,
  ...extra,
});
const NAMES_EVENT = { calendarId: 'ada@gmail.com', eventId: 'ev1', occurrence: '' };

describe('the card of the open Calendar event', () => {
  it('with a Meet link: the link and dial-in; the organizer may open, replace or remove it', () => {
    const card = render(
      eventCard(view({ conference: { kind: 'meet', link: { url: URL, code: 'abc-mnop-xyz', dialIn: { number: '+1 650-555-0100' } } } })),
    );
    expect(card.texts.slice(0, 3)).toEqual(['MeetLink', 'This event', 'This event has a Google Meet link.']);
    expect(card.text).toContain(URL);
    expect(card.text).toContain('Join by phone');
    expect(card.buttons).toEqual(['Open in Meet', 'Replace with a new link', 'Remove Meet link']);
    expect(card.press('Open in Meet').opens).toBe(URL);
    expect(card.press('Replace with a new link')).toMatchObject({
      action: 'replaceOnEvent',
      parameters: { ...NAMES_EVENT, previousCode: 'abc-mnop-xyz' },
    });
    expect(card.press('Remove Meet link')).toMatchObject({ action: 'confirmRemove', parameters: NAMES_EVENT });
  });

  it('without a conference: Add Meet link, filled', () => {
    const card = render(eventCard(view({})));
    expect(card.text).toContain('This event has no video conference yet.');
    expect(card.buttons).toEqual(['Add Meet link']);
    expect(card.press('Add Meet link')).toMatchObject({ action: 'addToEvent', parameters: NAMES_EVENT, filled: true });
  });

  it('after Google failed to make the conference: says so, and offers to add one', () => {
    const card = render(eventCard(view({ conference: { kind: 'failed' } })));
    expect(card.text).toContain('Google could not create a Meet link for this event.');
    expect(card.buttons).toEqual(['Add Meet link']);
  });

  it('while Google prepares the link: asks to open the event again, with nothing to press', () => {
    const card = render(eventCard(view({ conference: { kind: 'pending' }, canChange: false })));
    expect(card.text).toContain('Google is still preparing this event’s Meet link.');
    expect(card.text).not.toContain('Only the organizer');
    expect(card.buttons).toEqual([]);
  });

  it('another provider’s conference: named, its URL shown, and only removing offered', () => {
    const card = render(eventCard(view({ conference: { kind: 'other', name: 'Zoom Meeting', url: 'https://zoom.us/j/123' } })));
    expect(card.text).toContain('This event uses Zoom Meeting.');
    expect(card.text).toContain('https://zoom.us/j/123');
    expect(card.buttons).toEqual(['Remove Zoom Meeting']);
    expect(card.press('Remove Zoom Meeting')).toMatchObject({ action: 'confirmRemove', parameters: { ...NAMES_EVENT, other: 'Zoom Meeting' } });
  });

  it('a guest sees the link and who may change it, but no button that changes anything', () => {
    const card = render(
      eventCard(view({ canChange: false, organizer: 'grace@example.com', conference: { kind: 'meet', link: { url: URL, code: 'abc-mnop-xyz' } } })),
    );
    expect(card.buttons).toEqual(['Open in Meet']);
    expect(card.text).toContain('Only the organizer (grace@example.com) can change this event’s video conference.');
  });

  it('an occurrence of a repeating event: changes apply to it alone, and the actions say so', () => {
    const card = render(eventCard(view({ occurrence: true })));
    expect(card.text).toContain('changes apply to this occurrence only');
    expect(card.press('Add Meet link').parameters.occurrence).toBe('1');
  });

  it('an event not saved yet: asks to save it first, with nothing to press', () => {
    const card = render(eventCard(view({ eventId: undefined })));
    expect(card.text).toContain('Save the event first, then open MeetLink again to add a Meet link.');
    expect(card.buttons).toEqual([]);
  });
});
