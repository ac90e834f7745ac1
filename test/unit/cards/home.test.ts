import { homeCard, LOOKUP_FIELD } from '../../../src/cards/home';
import { render } from '../../support/render';

const entry = (code: string, when: string) => ({ entry: { url: `https://meet.google.com/${code}`, code, at: 0 }, when });

describe('the homepage', () => {
  it('one filled button makes a link; recent links are listed, each with when it was made and Open in Meet', () => {
    const card = render(homeCard({ history: [entry('abc-mnop-xyz', '2026-11-22 09:30')], freeAccount: false }));
    expect(card.text).toContain('A Google Meet link in one click.');
    expect(card.press('Create Meet link')).toMatchObject({ function: 'onAction', action: 'createLink', filled: true });
    expect(card.text).toContain('Recent links');
    expect(card.text).toContain('https://meet.google.com/abc-mnop-xyz');
    expect(card.text).toContain('Made 2026-11-22 09:30');
    expect(card.press('Open in Meet')).toMatchObject({ opens: 'https://meet.google.com/abc-mnop-xyz' });
    expect(card.press('Clear recent links').action).toBe('clearHistory');
  });

  it('with no links yet, says where they will appear, and offers nothing to clear', () => {
    const card = render(homeCard({ history: [], freeAccount: false }));
    expect(card.text).toContain('Links you create appear here.');
    expect(card.buttons).not.toContain('Clear recent links');
  });

  it('a person who keeps no history sees no recent links at all', () => {
    const card = render(homeCard({ history: null, freeAccount: false }));
    expect(card.text).not.toContain('Recent links');
    expect(card.buttons).toEqual(['Create Meet link', 'Look up']);
  });

  it('shows three recent links and folds the rest away', () => {
    const many = ['aaa-aaaa-aaa', 'bbb-bbbb-bbb', 'ccc-cccc-ccc', 'ddd-dddd-ddd'].map((code) => entry(code, 'today'));
    const recent = render(homeCard({ history: many, freeAccount: false })).json.sections[1];
    expect(recent).toMatchObject({ header: 'Recent links', collapsible: true, uncollapsibleWidgetsCount: 3 });
  });

  it('a free Gmail account is told about the 60-minute limit; a Workspace account is not', () => {
    expect(render(homeCard({ history: [], freeAccount: true })).text).toContain('meetings of 3 or more people end after 60 minutes');
    expect(render(homeCard({ history: [], freeAccount: false })).text).not.toContain('60 minutes');
  });

  it('has a field to look up a meeting by code or link', () => {
    const card = render(homeCard({ history: null, freeAccount: false }));
    expect(card.text).toContain('Look up a meeting');
    expect(card.inputs).toEqual([{ name: LOOKUP_FIELD, kind: 'text', values: [] }]);
    expect(card.json.sections[1].widgets[0].textInput).toMatchObject({
      label: 'Meeting code or link',
      hintText: expect.stringContaining('abc-mnop-xyz'),
    });
    expect(card.press('Look up').action).toBe('lookupMeeting');
  });
});
