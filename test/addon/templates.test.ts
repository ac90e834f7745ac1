import { WORKSPACE } from '../../offline/runtime';
import { clickables } from '../../offline/card-query';
import { meetCode, openAddOn } from '../support/harness';

/**
 * Every template shape against every flow that fills it: the link is never lost. A new link has no {label}, a
 * Meet space (Workspace) no dial-in; a saved link may have a label. Each flow, for a free Gmail and a Workspace
 * account, in plain and in rich text, with what the person sees checked: the link is there, nothing is left
 * half empty, and rich text never has an empty link.
 */
const TEMPLATES = [
  'Meeting {label}: {link}',
  '<a href="{link}">{label}</a>',
  '{label} {link} {morePhones}',
  '{link} ({label}) <a href="{morePhones}">More numbers</a>',
  '{label}\nJoin: {link}\nPhone: {phone} (PIN: {pin})',
  undefined, // the default template
];
const FLOWS = ['insertLink', 'insertInvitation', 'replyWithLink', 'replyWithInvitation', 'insertSaved', 'insertSavedLabelled'] as const;
type Flow = (typeof FLOWS)[number];
const ACCOUNTS = { free: {}, workspace: { account: WORKSPACE } };
const FORMATS = ['text', 'html'] as const;

const cases = TEMPLATES.flatMap((template) =>
  FLOWS.flatMap((flow) =>
    (Object.keys(ACCOUNTS) as (keyof typeof ACCOUNTS)[]).flatMap((account) =>
      FORMATS.map((format) => [template ?? '(default)', flow, account, format] as const),
    ),
  ),
);

/** Runs one flow and answers what went into the draft, its content type, and the link it carries. */
function run(template: string, flow: Flow, account: keyof typeof ACCOUNTS, format: 'text' | 'html') {
  const addOn = openAddOn(ACCOUNTS[account]);
  const { host, runtime } = addOn;
  host.universal('Settings');
  if (template !== '(default)') host.input('template', template);
  host.input('format', format);
  if (flow.startsWith('insertSaved')) host.input('composeDefault', 'invitation');
  host.click('Save');
  expect(host.errors).toEqual([]);

  if (flow === 'replyWithLink' || flow === 'replyWithInvitation') {
    const message = runtime.gmail.seedMessage({ from: 'Bob <bob@example.org>', to: addOn.me, subject: 'Meet?', plainBody: 'Meet?' });
    // The reply is two clicks: the link first (an ordinary action), then the draft (the compose action).
    host
      .openMessage(message.id)
      .click(flow === 'replyWithLink' ? 'Reply with Meet link' : 'Reply with invitation')
      .click('Open reply draft');
    const [draft] = host.openedDrafts;
    expect(draft).toBeDefined();
    return { text: draft.body, html: draft.htmlBody, contentType: undefined };
  }
  if (flow.startsWith('insertSaved')) {
    host.homepage('GMAIL').click('Create Meet link');
    const code = meetCode(host.text())!;
    if (flow === 'insertSavedLabelled') {
      host.back().click(code).input('label', 'Office & <hours>').click('Save label');
    }
    host.compose();
    const saved = clickables(host.card).findIndex((c) =>
      c.onClick.action?.parameters?.some((p: any) => p.key === 'action' && p.value === 'insertSaved'),
    );
    host.clickAt(saved);
  } else {
    host.compose().click(flow === 'insertLink' ? 'Insert Meet link' : 'Insert invitation');
  }
  expect(host.draftInserts).toHaveLength(1);
  const [insert] = host.draftInserts;
  return format === 'html'
    ? { text: undefined, html: insert.content, contentType: insert.contentType }
    : { text: insert.content, html: undefined, contentType: insert.contentType };
}

describe('a template never loses the link', () => {
  it.each(cases)('%j, %s, %s account, %s', (template, flow, account, format) => {
    const out = run(template, flow, account, format);
    const url = (out.html ?? out.text)!.match(/https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/)?.[0];
    expect(url).toBeDefined();
    // The content type follows the format: HTML for rich text, TEXT for plain (Gmail would show tags as text otherwise).
    if (out.contentType) expect(out.contentType).toBe(format === 'html' ? 'MUTABLE_HTML' : 'TEXT');
    for (const body of [out.text, out.html]) {
      if (body === undefined) continue;
      expect(body).not.toMatch(/\{\w+\}/); // no placeholder shown as typed
      // Nothing left half empty (a reply with the link alone starts with its lead-in line, which ends with a colon).
      const filled = flow === 'replyWithLink' ? body.replace(/^[^\n<]*(\n|<br>)/, '') : body;
      expect(filled).not.toMatch(/^\s*[:(),-]|\(\s*\)|: *$/m);
    }
    // A rich reply's plain-text alternative shows the words and the link, never a tag.
    if (out.html !== undefined && out.text !== undefined) {
      expect(out.text).toContain(url);
      expect(out.text).not.toMatch(/<\/?(a|b|i|u|br)\b/);
    }
    if (out.html !== undefined) {
      // The link is a link, with text: never an empty anchor.
      expect(out.html).toContain(`<a href="${url}">`);
      expect(out.html).not.toMatch(/<a href="[^"]*">\s*<\/a>/);
      expect(out.html).not.toMatch(/<b>\s*<\/b>/);
    }
    if (flow === 'insertSavedLabelled' && template.includes('{label}')) {
      expect(out.html ?? out.text).toContain(format === 'html' ? 'Office &amp; &lt;hours&gt;' : 'Office & <hours>');
    }
  });

  it('drops only what belongs to the missing label, and keeps the words around the link', () => {
    expect(run('Meeting {label}: {link}', 'insertInvitation', 'free', 'text').text).toMatch(/^\nMeeting: https:\/\/meet\.google\.com\/[a-z-]+\n$/);
    expect(run('<a href="{link}">{label}</a>', 'replyWithInvitation', 'workspace', 'html').html).toMatch(
      /^<a href="(https:\/\/meet\.google\.com\/[a-z-]+)">\1<\/a><br>$/,
    );
    expect(run('{label} {link} {morePhones}', 'insertSaved', 'workspace', 'text').text).toMatch(/^\nhttps:\/\/meet\.google\.com\/[a-z-]+\n$/);
    // A line without the link still goes when its details are missing (a Meet space has no phone).
    expect(run('{label}\nJoin: {link}\nPhone: {phone} (PIN: {pin})', 'insertSaved', 'workspace', 'text').text).toMatch(
      /^\nJoin: https:\/\/meet\.google\.com\/[a-z-]+\n$/,
    );
  });
});
