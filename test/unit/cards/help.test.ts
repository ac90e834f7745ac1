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
      'Your links',
      'Work and school accounts',
      'Meeting controls (work and school accounts)',
      'Workspace Studio flows',
      'Limits',
      'Privacy',
    ]);
    expect(card.text).toContain('Open an email and click Reply with Meet link or Reply with invitation');
    expect(card.text).toContain('Send invitations puts one event on your calendar with a new Google Meet link');
    expect(card.text).toContain('Co-hosts adds people who join without asking');
    expect(card.text).toContain('it puts a private event on your calendar');
    expect(card.text).toContain('meetings of 3 or more people end after 60 minutes');
    expect(card.text).toContain('10 most recent links');
    // The Studio step by the name Studio lists it under (English: the manifest has one name), and what it passes on.
    expect(card.text).toContain('a flow can use the step Make a Meet link');
    expect(card.text).toContain('It sends nothing itself');
    expect(card.buttons).toEqual([]);
  });
});
