import { helpCard } from '../../../src/cards/help';
import { render } from '../../support/render';

describe('the help card', () => {
  it('explains how it works, the limits and privacy, with nothing to click', () => {
    const card = render(helpCard());
    const headers = card.json.sections.map((s: { header?: string }) => s.header);
    expect(headers).toEqual([
      'How it works',
      'Replying to an email',
      'Invite to a meeting',
      'After the meeting (work and school accounts)',
      'Your links',
      'Work and school accounts',
      'Meeting controls (work and school accounts)',
      'Limits',
      'Privacy',
    ]);
    expect(card.text).toContain('Open an email and click Reply with Meet link or Reply with invitation');
    expect(card.text).toContain('Send invitations puts one event on your calendar with a new Google Meet link');
    expect(card.text).toContain('Co-hosts adds people who join without asking');
    expect(card.text).toContain('it puts a private event on your calendar');
    expect(card.text).toContain('meetings of 3 or more people end after 60 minutes');
    expect(card.text).toContain('10 most recent links');
    expect(card.text).toContain('After the meeting shows who joined');
    expect(card.text).toContain('keeps none of it: nothing is stored, and nothing of it is written to any log');
    expect(card.buttons).toEqual([]);
  });
});
