import { linkCard } from '../../../src/cards/link';
import type { MeetLink } from '../../../src/meet/conference';
import { render } from '../../support/render';

const URL = 'https://meet.google.com/abc-mnop-xyz';
const calendarLink: MeetLink = {
  url: URL,
  code: 'abc-mnop-xyz',
  dialIn: { number: '+1 650-555-0100', pin: '123456789' },
  morePhonesUrl: 'https://tel.meet/abc-mnop-xyz?pin=123456789',
};

describe('the card with the link just made', () => {
  it('shows the link, its code and how to dial in; opens it or makes another', () => {
    const card = render(linkCard(calendarLink, false));
    expect(card.texts.slice(0, 6)).toEqual([
      'Your Meet link',
      'Meet link',
      URL,
      'Meeting code: abc-mnop-xyz',
      'Join by phone',
      '+1 650-555-0100 · PIN 123456789',
    ]);
    expect(card.text).toContain('More phone numbers');
    expect(card.buttons).toEqual(['Open in Meet', 'Create another']);
    expect(card.press('Open in Meet').opens).toBe(URL);
    expect(card.press('Create another').action).toBe('createLink');
  });

  it('a free Gmail account is told about the 60-minute limit and what its links cannot do', () => {
    const card = render(linkCard(calendarLink, true));
    expect(card.text).toContain('meetings of 3 or more people end after 60 minutes');
    expect(card.text).toContain('Choosing who may join and ending a meeting for everyone are available only to work and school accounts.');
  });

  it('a space MeetLink owns also shows who may join as one choice, the current one first, and its co-hosts', () => {
    const space: MeetLink = { url: URL, code: 'abc-mnop-xyz', space: { name: 'spaces/jQCFfuBOdN5z', accessType: 'OPEN', moderation: 'OFF' } };
    const card = render(linkCard(space, false));
    expect(card.texts[0]).toBe('Your Meet link');
    expect(card.text).toContain('Who can join without asking');
    expect(card.text).toContain('Anyone with the link joins without asking.');
    expect(card.text).not.toContain('Join by phone');
    expect(card.buttons).toEqual(['Open in Meet', 'Create another', 'Refresh', 'Add co-hosts']);
    const choice = card.json.sections[1].widgets[0].selectionInput;
    expect(choice.type).toBe('DROPDOWN');
    expect(choice.items.map((i: { text: string; selected: boolean }) => [i.text, i.selected])).toEqual([
      ['Anyone with the link', true],
      ['Your organization and invited guests', false],
      ['Only invited guests', false],
    ]);
    const change = Object.fromEntries(choice.onChangeAction.parameters.map((p: { key: string; value: string }) => [p.key, p.value]));
    expect(change).toMatchObject({ action: 'setAccessType', space: 'spaces/jQCFfuBOdN5z', code: 'abc-mnop-xyz', access: 'OPEN', from: 'link' });
    expect(card.text).toContain('Co-hosts\nNo co-hosts yet.');
    expect(card.inputs.map((i) => i.name)).toEqual(['accessType', 'cohosts']);
  });

  it('names a preset Google refused, and lists co-hosts each with Remove', () => {
    const space: MeetLink = { url: URL, code: 'abc-mnop-xyz', space: { name: 'spaces/jQCFfuBOdN5z', accessType: 'TRUSTED', refused: ['record'] } };
    const card = render(
      linkCard(space, false, undefined, { cohosts: [{ name: 'spaces/jQCFfuBOdN5z/members/m1', email: 'ben@example.com', role: 'COHOST' }] }),
    );
    expect(card.text).toContain('Google did not turn on: Record automatically. Your organization or edition may not allow it. The link works.');
    expect(card.text).toContain('ben@example.com\nRemove');
    expect(card.press('Remove')).toMatchObject({ action: 'removeCohost', parameters: { member: 'spaces/jQCFfuBOdN5z/members/m1', from: 'link' } });
  });
});
