import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The scope lists a deployer trusts (issue 27, "Docs a deployer trusts"; issue 26, Docs): appsscript.json's
 * oauthScopes, the table in docs/marketplace/scopes.md with Google's class of each, and the sensitive scopes README
 * and docs/publish.md name for OAuth verification must agree, or the consent screen, the Marketplace SDK and the
 * verification request list different scopes.
 */
const root = join(__dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const AUTH = 'https://www.googleapis.com/auth/';
const short = (scope: string) => scope.replace(AUTH, '');

/** The rows of scopes.md's "## Scopes" table: scope → Google's class. */
function scopeTable(): Map<string, string> {
  const doc = read('docs/marketplace/scopes.md');
  const section = doc.slice(doc.indexOf('## Scopes'), doc.indexOf('\n## ', doc.indexOf('## Scopes') + 5));
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const scope = /^`(https:\/\/[^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (scope) rows.set(scope, cells[3] ?? '');
  }
  return rows;
}

/** The backticked scope names in the text between two markers. */
function named(path: string, from: string, to: string): string[] {
  const doc = read(path);
  const start = doc.indexOf(from);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = doc.indexOf(to, start + from.length);
  expect(end).toBeGreaterThan(start);
  return [...doc.slice(start, end).matchAll(/`([a-z]+\.[a-z._]+)`/g)].map((m) => m[1]!).sort();
}

describe('the scope lists agree', () => {
  const manifest: string[] = JSON.parse(read('appsscript.json')).oauthScopes;
  const table = scopeTable();
  const sensitive = [...table]
    .filter(([, cls]) => cls === 'Sensitive')
    .map(([scope]) => short(scope))
    .sort();

  it('scopes.md lists exactly the manifest’s scopes, each with a class', () => {
    expect([...table.keys()].sort()).toEqual([...manifest].sort());
    for (const cls of table.values()) expect(cls).not.toBe('');
  });

  it('Meet’s classes are as Google’s Meet scope table has them', () => {
    expect(table.get(`${AUTH}meetings.space.settings`)).toBe('Non-sensitive');
    expect(table.get(`${AUTH}meetings.space.created`)).toBe('Sensitive');
    expect(table.get(`${AUTH}meetings.space.readonly`)).toBe('Sensitive');
  });

  it('README, publish.md and scopes.md name the same sensitive scopes as the table', () => {
    expect(sensitive).toEqual([
      'calendar.events.owned',
      'gmail.addons.current.message.metadata',
      'meetings.space.created',
      'meetings.space.readonly',
    ]);
    expect(named('docs/marketplace/scopes.md', '**The sensitive scopes MeetLink uses**', 'README')).toEqual(sensitive);
    expect(named('README.md', 'OAuth verification for the sensitive scopes (', '; `meetings.space.settings` is non-sensitive')).toEqual(sensitive);
    expect(named('docs/publish.md', 'MeetLink uses four sensitive scopes:', '(`meetings.space.settings` is non-sensitive')).toEqual(sensitive);
  });

  it('the demo video in publish.md shows a flow for every sensitive scope, and Meeting settings', () => {
    const doc = read('docs/publish.md');
    const video = doc.slice(doc.indexOf('a demo video'), doc.indexOf('Leave out a flow'));
    for (const scope of sensitive) expect(video).toContain(`\`${scope}\``);
    expect(video).toContain('**Meeting settings**');
  });

  it('the privacy policy and the listing name Gmail among the services MeetLink talks to', () => {
    expect(read('docs/marketplace/privacy-policy.md')).toMatch(/talks only to Google services \(Gmail, Google Calendar/);
    expect(read('docs/marketplace/listing.md')).toContain('talks only to Gmail, Google Calendar and Google Meet');
  });
});
