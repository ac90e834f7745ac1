import { actionButton, buttons, header, linkWidgets, paragraph } from '../../../src/cards/widgets';
import { render } from '../../support/render';

/** A card holding the widgets under test. */
const cardOf = (...widgets: GoogleAppsScript.Card_Service.Widget[]) =>
  CardService.newCardBuilder()
    .setHeader(header('Title', 'Subtitle'))
    .addSection(widgets.reduce((section: GoogleAppsScript.Card_Service.CardSection, w) => section.addWidget(w), CardService.newCardSection()))
    .build();

describe('the shared widgets', () => {
  it('every action button goes through the one dispatcher, naming its handler, with a spinner', () => {
    const card = render(cardOf(buttons(actionButton('Go', 'createLink', { from: 'test' }))));
    expect(card.texts).toEqual(['Title', 'Subtitle', 'Go']);
    expect(card.press('Go')).toEqual({ function: 'onAction', action: 'createLink', parameters: { from: 'test' }, filled: false });
    expect(card.json.sections[0].widgets[0].buttonList.buttons[0].onClick.action.loadIndicator).toBe('SPINNER');
  });

  it('a card cannot override the action name with a parameter of its own', () => {
    const card = render(cardOf(buttons(actionButton('Go', 'back', { action: 'endMeeting' }))));
    expect(card.press('Go').action).toBe('back');
  });

  it('a Meet link shows its code; a dial-in its number and PIN; a page of more numbers that could break out of its anchor is dropped', () => {
    const widgets = linkWidgets({
      url: 'https://meet.google.com/abc-mnop-xyz',
      code: 'abc-mnop-xyz',
      dialIn: { number: '+1 650-555-0100', pin: '1234' },
      morePhonesUrl: 'https://tel.meet/abc-mnop-xyz?pin=1234&hs=1"onmouseover="x',
    });
    const card = render(cardOf(...widgets, paragraph('end')));
    expect(card.texts).toEqual([
      'Title',
      'Subtitle',
      'Meet link',
      'https://meet.google.com/abc-mnop-xyz',
      'Meeting code: abc-mnop-xyz',
      'Join by phone',
      '+1 650-555-0100 · PIN 1234',
      'end',
    ]);
    expect(JSON.stringify(card.json)).not.toContain('onmouseover');
  });
});
