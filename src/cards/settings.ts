import { PRESETS, type Settings } from '../settings';
import { STRINGS } from '../i18n/strings';
import { escapeHtml } from '../text/escape';
import { actionButton, buttons, footer, header, note, paragraph } from './widgets';

export interface SettingsView {
  settings: Settings;
  /** A message to show above the form: why nothing was saved, or that stored settings were damaged. */
  notice?: string;
  /** A free Gmail account: presets are shown as work-and-school only (they never stop a link). */
  freeAccount?: boolean;
}

/** Form field names: the dispatcher reads them back from formInputs. */
export const FIELDS = {
  template: 'template',
  format: 'format',
  composeDefault: 'composeDefault',
  keepHistory: 'keepHistory',
  notifyGuests: 'notifyGuests',
} as const;

/** The switch of each meeting preset. */
export const presetField = (preset: string) => `preset_${preset}`;

export function settingsCard(view: SettingsView): GoogleAppsScript.Card_Service.Card {
  const { settings } = view;
  const section = CardService.newCardSection();
  // A notice can name what the person typed (an unknown placeholder): escaped.
  if (view.notice) section.addWidget(paragraph(`<font color="#d93025">${escapeHtml(view.notice)}</font>`));
  section
    .addWidget(
      CardService.newTextInput()
        .setFieldName(FIELDS.template)
        .setTitle(STRINGS.templateLabel)
        .setMultiline(true)
        .setValue(settings.template)
        .setHint(STRINGS.templateHint),
    )
    // Right under the template it restores, not in the footer: the footer's width is shared by two buttons,
    // and "Restore default template" does not fit beside "Save" in every language.
    .addWidget(buttons(actionButton(STRINGS.resetTemplate, 'resetTemplate')))
    .addWidget(
      choice(CardService.SelectionInputType.RADIO_BUTTON, FIELDS.format, STRINGS.formatLabel, settings.format, [
        ['text', STRINGS.formatText],
        ['html', STRINGS.formatHtml],
      ]),
    )
    .addWidget(note(escapeHtml(STRINGS.formatHint)))
    .addWidget(
      choice(CardService.SelectionInputType.DROPDOWN, FIELDS.composeDefault, STRINGS.composeDefaultLabel, settings.composeDefault, [
        ['link', STRINGS.composeDefaultLink],
        ['invitation', STRINGS.composeDefaultInvitation],
      ]),
    )
    .addWidget(switchRow(FIELDS.keepHistory, STRINGS.keepHistoryLabel, settings.keepHistory))
    .addWidget(switchRow(FIELDS.notifyGuests, STRINGS.notifyGuestsLabel, settings.notifyGuests));
  // Meeting presets: Workspace links only, sent in the spaces.create call that makes the link.
  const presets = CardService.newCardSection().setHeader(STRINGS.presetsTitle);
  for (const preset of PRESETS) presets.addWidget(switchRow(presetField(preset), STRINGS.preset(preset), settings.presets.includes(preset)));
  presets.addWidget(note(escapeHtml(view.freeAccount ? STRINGS.presetsFreeNote : STRINGS.presetsHint)));
  // Everything MeetLink keeps, deleted after a confirmation (src/actions/data-actions.ts).
  const data = CardService.newCardSection()
    .addWidget(note(escapeHtml(STRINGS.deleteDataHint)))
    .addWidget(buttons(actionButton(STRINGS.deleteData, 'confirmDeleteData')));
  return CardService.newCardBuilder()
    .setName('settings')
    .setHeader(header(STRINGS.settingsTitle))
    .addSection(section)
    .addSection(presets)
    .addSection(data)
    .setFixedFooter(footer([STRINGS.save, 'saveSettings']))
    .build();
}

/** One of several values, each with its label; the current one selected. */
export function choice(
  type: GoogleAppsScript.Card_Service.SelectionInputType,
  name: string,
  title: string,
  current: string,
  options: [string, string][],
) {
  return options.reduce(
    (input, [value, label]) => input.addItem(label, value, value === current),
    CardService.newSelectionInput().setType(type).setFieldName(name).setTitle(title),
  );
}

/** A labelled switch; on, it sends `true` under its field name. */
export function switchRow(name: string, label: string, on: boolean) {
  return CardService.newDecoratedText()
    .setText(label)
    .setWrapText(true)
    .setSwitchControl(CardService.newSwitch().setFieldName(name).setValue('true').setSelected(on));
}
