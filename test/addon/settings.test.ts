import { WORKSPACE } from '../../offline/runtime';
import { meetCode, openAddOn } from '../support/harness';

describe('Settings', () => {
  it('shows the current settings and saves changes', () => {
    const { host, runtime } = openAddOn();
    host.universal('Settings');
    expect(host.text()).toContain('Invitation template');
    expect(host.text()).toContain('Join with Google Meet: {link}');
    host.input('template', 'Meet me at {link}').input('format', 'html').click('Save');
    expect(host.notifications).toContain('Settings saved.');
    const saved = JSON.parse(runtime.services.userProperties.getProperty('meetlink.settings')!);
    expect(saved).toMatchObject({ template: 'Meet me at {link}', format: 'html', composeDefault: 'link', keepHistory: true });
  });

  it.each([
    ['Join: {code}', 'must contain {link}'],
    ['{link} ' + 'x'.repeat(1000), 'the limit is 1000'],
    ['{link} on {date}', 'uses {date}, which MeetLink does not know'],
    ['{date} {link} at {time} for {date}', 'uses {date} and {time}, which MeetLink does not know'],
  ])('refuses template %j with a clear message, saves nothing and keeps what was typed', (template, words) => {
    const { host, runtime } = openAddOn();
    host.universal('Settings').input('template', template).input('format', 'html').click('Save');
    expect(host.text()).toContain(words);
    expect(host.notifications.at(-1)).toContain('Nothing was saved.');
    expect(runtime.services.userProperties.getProperty('meetlink.settings')).toBeNull();
    const input = host.card.sections[0].widgets.find((w: any) => w.textInput)?.textInput;
    expect(input.value).toBe(template);
    const format = host.card.sections[0].widgets.find((w: any) => w.selectionInput?.name === 'format').selectionInput;
    expect(format.items.find((i: any) => i.selected).value).toBe('html');
  });

  it('switching off recent links asks first when pinned links would go; nothing is saved until the person confirms', () => {
    const { host, runtime } = openAddOn();
    const stored = () => runtime.services.userProperties.getProperty('meetlink.history');
    host.homepage('GMAIL').click('Create Meet link');
    const pinned = meetCode(host.text())!;
    host.click('Create another');
    const recent = meetCode(host.text())!;
    host.back().click(pinned).input('label', 'Office hours').click('Save label').click('Pin to the top');
    host.back();

    host.universal('Settings').input('keepHistory', false).input('composeDefault', 'invitation').click('Save');
    expect(host.card.name).toBe('confirmHistoryOff');
    expect(host.text()).toContain('Delete your pinned links?');
    expect(host.text()).toContain('Turning off “Keep my 10 most recent links” deletes your recent links and your pinned link, with their labels.');
    expect(host.notifications).not.toContain('Settings saved.');
    expect(stored()).toContain(pinned);
    expect(runtime.services.userProperties.getProperty('meetlink.settings')).toBeNull();

    // Cancel: back on Settings, as the person left it; nothing saved, nothing deleted.
    host.click('Cancel');
    expect(host.card.name).toBe('settings');
    expect(stored()).toContain(pinned);

    host.input('keepHistory', false).input('composeDefault', 'invitation').click('Save').click('Turn off and delete');
    expect(host.notifications.at(-1)).toBe('Settings saved.');
    expect(stored()).toBeNull();
    // Everything typed was saved, not only the switch.
    expect(JSON.parse(runtime.services.userProperties.getProperty('meetlink.settings')!)).toMatchObject({
      keepHistory: false,
      composeDefault: 'invitation',
    });
    // Settings is on top, redrawn; under it the homepage no longer lists the links that are gone.
    expect(host.card.name).toBe('settings');
    expect(host.stack).toHaveLength(2);
    host.back();
    expect(host.text()).not.toContain(pinned);
    expect(host.text()).not.toContain(recent);
    expect(host.text()).not.toContain('Office hours');
  });

  it('switching off recent links with no pinned one saves at once, and Back shows no stale list', () => {
    const { host, runtime, me } = openAddOn();
    host.homepage('GMAIL').click('Create Meet link');
    const code = meetCode(host.text())!;
    host.back();
    host.universal('Settings').input('keepHistory', false).click('Save');
    expect(host.notifications.at(-1)).toBe('Settings saved.');
    expect(runtime.services.userProperties.getProperty('meetlink.history')).toBeNull();
    host.back();
    expect(host.text()).not.toContain(code);
    expect(host.text()).not.toContain('Recent links');

    // Under Settings, an open email's card is redrawn too: the replies in the order just chosen.
    const message = runtime.gmail.seedMessage({ from: 'bob@example.org', to: me, subject: 'Meet?' });
    host.openMessage(message.id);
    expect(host.buttons().slice(0, 2)).toEqual(['Reply with Meet link', 'Reply with invitation']);
    host.universal('Settings').input('composeDefault', 'invitation').click('Save');
    host.back();
    expect(host.buttons().slice(0, 2)).toEqual(['Reply with invitation', 'Reply with Meet link']);
  });

  it('saves an empty template as "use the default", and says so', () => {
    const { host, runtime } = openAddOn();
    host.universal('Settings').input('template', '  ').click('Save');
    expect(host.notifications.at(-1)).toBe('Settings saved. The template was empty, so the default template is used.');
    expect(host.text()).toContain('Join with Google Meet: {link}');
    // The default is not stored: it is shown in the language of each visit (src/settings.ts saveSettings).
    expect(JSON.parse(runtime.services.userProperties.getProperty('meetlink.settings')!).template).toBeUndefined();
  });

  it('an emptied template (which Google does not send at all) goes back to the default, replacing the custom one', () => {
    const { host, runtime, lastNotification } = openAddOn();
    host.universal('Settings').input('template', 'Mine: {link}').click('Save');
    expect(JSON.parse(runtime.services.userProperties.getProperty('meetlink.settings')!).template).toBe('Mine: {link}');
    const sent = host.sentEvents;
    host.input('template', '').click('Save');
    expect(sent.at(-1).commonEventObject.formInputs.template).toBeUndefined();
    expect(lastNotification()).toBe('Settings saved. The template was empty, so the default template is used.');
    expect(JSON.parse(runtime.services.userProperties.getProperty('meetlink.settings')!).template).toBeUndefined();
    host.compose().click('Insert invitation');
    expect(host.draft.body).toContain('Join with Google Meet: https://meet.google.com/');
    expect(host.draft.body).not.toContain('Mine:');
  });

  it('names the template language for what it does, with Save in the fixed footer', () => {
    const { host } = openAddOn();
    host.universal('Settings');
    const format = host.card.sections[0].widgets.find((w: any) => w.selectionInput?.name === 'format').selectionInput;
    expect(format.items.map((i: any) => i.text)).toEqual(['Plain text', 'Rich text (bold, italics, links)']);
    expect(host.text()).toContain('Rich text understands <b>bold</b>');
    expect(host.card.fixedFooter.primaryButton.text).toBe('Save');
  });

  it('restores the default template into the form without saving, and says so', () => {
    const { host, runtime, lastNotification } = openAddOn();
    host.universal('Settings').input('template', 'Mine: {link}').click('Restore default template');
    expect(host.text()).toContain('Join with Google Meet: {link}');
    expect(lastNotification()).toBe('The default template is back in the form. Save to use it.');
    expect(runtime.services.userProperties.getProperty('meetlink.settings')).toBeNull();
  });

  it('says so when stored settings are damaged, shows defaults, and the add-on keeps working', () => {
    const { host, runtime } = openAddOn();
    runtime.services.userProperties.setProperty('meetlink.settings', '{"template": 42, "format": "pdf"');
    host.universal('Settings');
    expect(host.text()).toContain('could not be read in full');
    expect(host.text()).toContain('Join with Google Meet: {link}');
    host.compose().click('Insert invitation');
    expect(host.draft.body).toContain('Join with Google Meet: https://meet.google.com/');
  });

  it('survives damaged history: the homepage shows no recent links and a new link is kept', () => {
    const { host, runtime } = openAddOn();
    runtime.services.userProperties.setProperty('meetlink.history', 'not json');
    host.homepage('GMAIL');
    expect(host.text()).toContain('Links you create appear here.');
    host.click('Create Meet link');
    const code = meetCode(host.text())!;
    host.back();
    expect(host.text()).toContain(code);
  });
});

describe('Help', () => {
  it('explains how it works, work accounts, labels, the limits and what is stored, without jargon', () => {
    // A work account: Help tells it about every control it has (a free account reads one short section: languages.test.ts).
    const { host } = openAddOn({ account: WORKSPACE });
    const text = host.universal('Help').text();
    expect(text).toContain('How it works');
    expect(text).toContain('Work and school accounts');
    expect(text).toContain('who can join without asking');
    expect(text).toContain('End meeting');
    // Meeting settings works on any Meet of an event the person organizes, not only on MeetLink's links.
    expect(text).toContain('Meeting settings works on any Meet link, even one Google Calendar made');
    expect(text).toContain('Look up finds one of your meetings');
    expect(text).not.toContain('made with MeetLink');
    // Invite to a meeting reads the subject: Help says so.
    expect(text).toContain('sender, recipients and subject of an email you reply to or invite people from');
    expect(text).toContain('{label}');
    expect(text).toContain('60 minutes');
    expect(text).toContain('365 days');
    // "Work and school accounts", never "Workspace", except in the name of Google's product Workspace Studio.
    expect(text).not.toMatch(/\bAPI\b|Apps Script|user properties|Workspace(?! Studio)/);
    // Every value MeetLink stores, and why (docs/marketplace/privacy-policy.md lists their keys).
    expect(text).toContain('your settings');
    expect(text).toContain('10 most recent links');
    expect(text).toContain('turning it off deletes them');
    expect(text).toContain('temporary events not yet confirmed deleted');
    expect(text).toContain('refused your account its meeting controls');
    expect(text).toContain('refused co-hosts or a meeting preset your account’s edition does not allow');
    expect(text).toContain('daily check for leftover temporary events');
    expect(text).toContain('which fields Google’s sidebar sent it the last time it opened');
    expect(text).not.toMatch(/self-check|deploy/i);
    // Replying from an open email, in the words of its buttons.
    expect(text).toContain('Open an email and click Reply with Meet link or Reply with invitation');
    expect(text).not.toMatch(/\bTap\b/);
  });
});
