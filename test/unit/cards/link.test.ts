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

  it('a space MeetLink owns also shows who may join, with a button for each other choice', () => {
    const space: MeetLink = { url: URL, code: 'abc-mnop-xyz', space: { name: 'spaces/jQCFfuBOdN5z', accessType: 'OPEN' } };
    const card = render(linkCard(space, false));
    expect(card.text).toContain('Who can join without asking');
    expect(card.text).toContain('Anyone with the link joins without asking.');
    expect(card.text).not.toContain('Join by phone');
    expect(card.buttons).toEqual(['Open in Meet', 'Create another', 'Make Trusted', 'Make Restricted', 'Refresh']);
    expect(card.press('Make Restricted')).toMatchObject({
      action: 'setAccessType',
      parameters: { space: 'spaces/jQCFfuBOdN5z', code: 'abc-mnop-xyz', access: 'OPEN', to: 'RESTRICTED' },
    });
  });
});
