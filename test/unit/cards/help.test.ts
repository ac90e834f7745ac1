import { helpCard } from '../../../src/cards/help';
import { render } from '../../support/render';

describe('the help card', () => {
  it('explains how it works, the limits and privacy, with nothing to click', () => {
    const card = render(helpCard({ freeAccount: false }));
    const headers = card.json.sections.map((s: { header?: string }) => s.header);
    expect(headers).toEqual([
      'How it works',
      'Replying to an email',
      'Invite to a meeting',
      'Your links',
      'Work and school accounts',
      'Meeting controls (work and school accounts)',
      'After the meeting (work and school accounts)',
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
    // What the person meets, as it is now: two steps to a reply, the reply after Invite goes to the guests, and
    // switching off recent links asks first when some are pinned.
    expect(card.text).toContain('MeetLink makes a new link and shows it. Then click Open reply draft');
    expect(card.text).toContain('Reply with this link drafts a reply in the email’s thread to the guests you invited');
    expect(card.text).toContain('turning it off deletes them, after asking first when some are pinned');
    expect(card.text).toContain('After the meeting shows who joined');
    expect(card.text).toContain('keeps none of it: nothing is stored, and nothing of it is written to any log');
    expect(card.buttons).toEqual([]);
  });

  it('on a free account, says once what work and school accounts have, and why this one lacks it', () => {
    const card = render(helpCard({ freeAccount: true }));
    const headers = card.json.sections.map((s: { header?: string }) => s.header);
    expect(headers).toEqual([
      'How it works',
      'Replying to an email',
      'Invite to a meeting',
      'Your links',
      'Work and school accounts',
      'Limits',
      'Privacy',
    ]);
    expect(card.text).toContain('Your account is a free Google account, so it does not have these controls.');
    // Each control is named once, not in two sections.
    for (const name of ['Meeting settings', 'Co-hosts', 'End meeting']) expect([name, card.text.split(name).length - 1]).toEqual([name, 1]);
    expect(card.text).not.toContain('Free Gmail accounts do not have these controls.');
  });
});
