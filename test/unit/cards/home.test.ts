import { homeCard, type HomeView } from '../../../src/cards/home';
import { render } from '../../support/render';

const entry = (code: string, extra: object = {}) => ({ url: `https://meet.google.com/${code}`, code, at: 0, ...extra });
const view = (over: Partial<HomeView> = {}): HomeView => ({ history: [], freeAccount: false, lookup: true, me: 'grace@example.com', ...over });

describe('the homepage', () => {
  it('has Create Meet link as its primary action, in the fixed footer', () => {
    const card = render(homeCard(view()));
    expect(card.json.fixedFooter.primaryButton.text).toBe('Create Meet link');
  });

  it('lists recent links by code, each opening in the person’s own account', () => {
    const card = render(homeCard(view({ history: [{ entry: entry('abc-mnop-xyz', { label: 'Office hours' }), when: 'Today 09:30' }] })));
    expect(card.text).toContain('abc-mnop-xyz');
    expect(card.text).toContain('Office hours');
    expect(card.text).toContain('Today 09:30');
    expect(JSON.stringify(card.json)).toContain('authuser=grace%40example.com');
  });

  it('shows no list, and no promise of one, when the person keeps no history', () => {
    const card = render(homeCard(view({ history: null })));
    expect(card.text).not.toMatch(/Recent links|appear here/);
  });

  it('offers "Look up a meeting" only where it can work, and tells free accounts their limit', () => {
    expect(render(homeCard(view({ lookup: false, freeAccount: true }))).text).not.toContain('Look up a meeting');
    const free = render(homeCard(view({ lookup: false, freeAccount: true })));
    expect(free.text).toMatch(/60 minutes/);
    expect(render(homeCard(view())).text).toContain('Look up a meeting');
  });
});
