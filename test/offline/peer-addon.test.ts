import { join } from 'node:path';
import { AddOnHost } from '../../offline/host';
import { createOfflineRuntime, readManifest } from '../../offline/runtime';

/**
 * Peer check: the offline host and fakes run an add-on that is not MeetLink, a small one shaped like Google's
 * Workspace add-on samples (googleworkspace/add-ons-samples, apps-script/cats) and written for this test
 * (test/fixtures/peer-addon). What MeetLink never does must still work as Google does it, or fail loudly.
 */
const FIXTURE = join(__dirname, '..', 'fixtures', 'peer-addon');

function openPeer() {
  const runtime = createOfflineRuntime({ manifest: readManifest(join(FIXTURE, 'appsscript.json')) });
  return { runtime, host: new AddOnHost(runtime, FIXTURE) };
}

describe('the offline host runs a sample-shaped add-on that is not MeetLink', () => {
  it('shows its homepage in Gmail and in Calendar', () => {
    const { host } = openPeer();
    host.homepage('GMAIL');
    expect(host.text()).toContain('Hello, world');
    expect(host.text()).toContain('Opened in GMAIL');
    host.homepage('CALENDAR');
    expect(host.text()).toContain('Opened in CALENDAR');
    expect(host.errors).toEqual([]);
  });

  it('runs its card actions: a pushed card with a notification, and back', () => {
    const { host } = openPeer();
    host.homepage('GMAIL').click('Next greeting');
    expect(host.stack).toHaveLength(2);
    expect(host.text()).toContain('Bonjour, world');
    expect(host.notifications).toEqual(['Now saying Bonjour']);
    host.click('Next greeting');
    expect(host.text()).toContain('Hola, world');
    host.back().back();
    expect(host.text()).toContain('Hello, world');
    expect(host.calls).toEqual(['greeterHome', 'greeterNext', 'greeterNext']);
  });

  it('runs its universal action', () => {
    const { host } = openPeer();
    host.homepage('GMAIL').universal('About Greeter');
    expect(host.text()).toBe('Greeter says hello.');
  });

  it('inserts into the draft from its compose trigger, at the cursor', () => {
    const { host } = openPeer();
    host.draft = { body: 'Dear team,\n\nBye', cursor: 'Dear team,\n\n'.length };
    host.compose().input('name', 'Ada').click('Insert');
    expect(host.draft.body).toBe('Dear team,\n\nHello, Ada!Bye');
    expect(host.errors).toEqual([]);
  });
});
