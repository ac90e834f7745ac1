import { createCardService, jsonOf, toHostResponse } from '../../offline/card-service';
import { CardSchemaError, validateCard, validateHostResponse } from '../../offline/card-schema';
import { thrown } from '../support/failure';
import { allowNotModelled } from '../support/harness';

const CardService = createCardService();

const action = (name = 'onCreateLink') => CardService.newAction().setFunctionName(name);
const paragraph = (text: string) => CardService.newTextParagraph().setText(text);
const simpleCard = (text = 'Hello') =>
  CardService.newCardBuilder()
    .addSection(CardService.newCardSection().addWidget(paragraph(text)))
    .build();

/** A card using every widget and setter the fake models. */
function everyWidgetCard() {
  const createButton = CardService.newTextButton()
    .setText('Create link')
    .setOnClickAction(action().setParameters({ calendarId: 'primary', mode: 'meet' }).setLoadIndicator(CardService.LoadIndicator.SPINNER))
    .setTextButtonStyle(CardService.TextButtonStyle.FILLED)
    .setAltText('Creates a Meet link');
  const openButton = CardService.newTextButton()
    .setText('Open Meet')
    .setOpenLink(
      CardService.newOpenLink()
        .setUrl('https://meet.google.com/abc-defg-hij')
        .setOpenAs(CardService.OpenAs.OVERLAY)
        .setOnClose(CardService.OnClose.RELOAD),
    )
    .setTextButtonStyle(CardService.TextButtonStyle.TEXT)
    .setDisabled(true);
  return CardService.newCardBuilder()
    .setName('home')
    .setDisplayStyle(CardService.DisplayStyle.REPLACE)
    .setHeader(
      CardService.newCardHeader()
        .setTitle('MeetLink')
        .setSubtitle('Meet links for everyone')
        .setImageUrl('https://example.com/logo.png')
        .setImageStyle(CardService.ImageStyle.CIRCLE)
        .setImageAltText('MeetLink logo'),
    )
    .addSection(
      CardService.newCardSection()
        .setHeader('Your link')
        .setCollapsible(true)
        .setNumUncollapsibleWidgets(2)
        .addWidget(paragraph('<b>Ready</b>'))
        .addWidget(
          CardService.newDecoratedText()
            .setText('abc-defg-hij')
            .setTopLabel('Meeting code')
            .setBottomLabel('Valid for 365 days')
            .setWrapText(true)
            .setStartIcon(CardService.newIconImage().setIcon(CardService.Icon.VIDEO_CAMERA).setAltText('Video'))
            .setButton(CardService.newTextButton().setText('Copy').setOnClickAction(action('onCopy')))
            .setOpenLink(CardService.newOpenLink().setUrl('https://meet.google.com/abc-defg-hij')),
        )
        .addWidget(
          CardService.newDecoratedText()
            .setText('Add dial-in numbers')
            .setStartIcon(CardService.newIconImage().setIconUrl('https://example.com/phone.png'))
            .setSwitchControl(
              CardService.newSwitch()
                .setFieldName('dialIn')
                .setValue('yes')
                .setSelected(true)
                .setControlType(CardService.SwitchControlType.CHECK_BOX)
                .setOnChangeAction(action('onToggle')),
            ),
        )
        .addWidget(CardService.newImage().setImageUrl('https://example.com/meet.png').setAltText('Meet'))
        .addWidget(CardService.newDivider())
        .addWidget(CardService.newButtonSet().addButton(createButton).addButton(openButton))
        .addWidget(CardService.newTextButton().setText('Help').setOnClickAction(action('onHelp'))),
    )
    .addSection(
      CardService.newCardSection()
        .addWidget(CardService.newTextInput().setFieldName('title').setTitle('Title').setValue('Standup').setHint('Optional').setMultiline(true))
        .addWidget(
          CardService.newSelectionInput()
            .setType(CardService.SelectionInputType.DROPDOWN)
            .setFieldName('access')
            .setTitle('Who can join')
            .addItem('Anyone with the link', 'OPEN', true)
            .addItem('People you trust', 'TRUSTED', false),
        ),
    )
    .addCardAction(CardService.newCardAction().setText('Settings').setOnClickAction(action('onSettings')))
    .setFixedFooter(
      CardService.newFixedFooter()
        .setPrimaryButton(CardService.newTextButton().setText('Insert').setOnClickAction(action('onInsert')))
        .setSecondaryButton(CardService.newTextButton().setText('Cancel').setOnClickAction(action('onCancel'))),
    )
    .build();
}

describe('a card built with every supported widget', () => {
  const card = everyWidgetCard();
  const json = jsonOf(card);

  it('is google.apps.card.v1 JSON that passes the schema', () => {
    expect(() => validateCard(json)).not.toThrow();
  });

  it('has the header, sections, card actions, footer, name and display style of card.proto', () => {
    expect(json.header).toEqual({
      title: 'MeetLink',
      subtitle: 'Meet links for everyone',
      imageUrl: 'https://example.com/logo.png',
      imageType: 'CIRCLE',
      imageAltText: 'MeetLink logo',
    });
    expect(json.name).toBe('home');
    expect(json.displayStyle).toBe('REPLACE');
    expect(json.cardActions).toEqual([{ actionLabel: 'Settings', onClick: { action: { function: 'onSettings' } } }]);
    expect(json.fixedFooter).toEqual({
      primaryButton: { text: 'Insert', onClick: { action: { function: 'onInsert' } } },
      secondaryButton: { text: 'Cancel', onClick: { action: { function: 'onCancel' } } },
    });
  });

  it('has every widget in its card.proto shape', () => {
    const [first, second] = json.sections as { widgets: unknown[] }[];
    expect(first).toMatchObject({ header: 'Your link', collapsible: true, uncollapsibleWidgetsCount: 2 });
    expect(first.widgets).toEqual([
      { textParagraph: { text: '<b>Ready</b>' } },
      {
        decoratedText: {
          text: 'abc-defg-hij',
          topLabel: 'Meeting code',
          bottomLabel: 'Valid for 365 days',
          wrapText: true,
          startIcon: { knownIcon: 'VIDEO_CAMERA', altText: 'Video' },
          button: { text: 'Copy', onClick: { action: { function: 'onCopy' } } },
          onClick: { openLink: { url: 'https://meet.google.com/abc-defg-hij' } },
        },
      },
      {
        decoratedText: {
          text: 'Add dial-in numbers',
          startIcon: { iconUrl: 'https://example.com/phone.png' },
          switchControl: { name: 'dialIn', value: 'yes', selected: true, onChangeAction: { function: 'onToggle' }, controlType: 'CHECK_BOX' },
        },
      },
      { image: { imageUrl: 'https://example.com/meet.png', altText: 'Meet' } },
      { divider: {} },
      {
        buttonList: {
          buttons: [
            {
              text: 'Create link',
              onClick: {
                action: {
                  function: 'onCreateLink',
                  parameters: [
                    { key: 'calendarId', value: 'primary' },
                    { key: 'mode', value: 'meet' },
                  ],
                  loadIndicator: 'SPINNER',
                },
              },
              altText: 'Creates a Meet link',
              type: 'FILLED',
            },
            {
              text: 'Open Meet',
              onClick: { openLink: { url: 'https://meet.google.com/abc-defg-hij', openAs: 'OVERLAY', onClose: 'RELOAD' } },
              disabled: true,
              type: 'OUTLINED',
            },
          ],
        },
      },
      { buttonList: { buttons: [{ text: 'Help', onClick: { action: { function: 'onHelp' } } }] } },
    ]);
    expect(second.widgets).toEqual([
      { textInput: { name: 'title', label: 'Title', value: 'Standup', hintText: 'Optional', type: 'MULTIPLE_LINE' } },
      {
        selectionInput: {
          name: 'access',
          label: 'Who can join',
          type: 'DROPDOWN',
          items: [
            { text: 'Anyone with the link', value: 'OPEN', selected: true },
            { text: 'People you trust', value: 'TRUSTED', selected: false },
          ],
        },
      },
    ]);
  });

  it('prints the same JSON with printJson', () => {
    expect(JSON.parse(card.printJson())).toEqual(json);
  });
});

describe('validateCard', () => {
  const withButton = (button: object) => ({ sections: [{ widgets: [{ divider: {} }, { buttonList: { buttons: [button] } }] }] });

  it('rejects an unknown field, naming its path', () => {
    expect(() => validateCard(withButton({ text: 'Go', colour: 'red' }))).toThrow(
      'sections[0].widgets[1].buttonList.buttons[0].colour: unknown field',
    );
  });

  it('rejects an enum value that is not one of the enum names', () => {
    expect(() => validateCard({ header: { title: 'T', imageType: 'ROUND' }, sections: [] })).toThrow(
      'header.imageType: bad enum value string "ROUND" for ImageType (one of SQUARE, CIRCLE)',
    );
  });

  it('rejects a scalar of the wrong type', () => {
    expect(() => validateCard(withButton({ text: 'Go', disabled: 'yes' }))).toThrow(
      'sections[0].widgets[1].buttonList.buttons[0].disabled: expected bool, got string "yes"',
    );
    expect(() => validateCard({ sections: [{ uncollapsibleWidgetsCount: 1.5 }] })).toThrow('expected int32, got number 1.5');
  });

  it('rejects a repeated field that is not an array', () => {
    expect(() => validateCard({ sections: { widgets: [] } })).toThrow('sections: expected an array (repeated Section), got an object');
  });

  it('rejects two members of one oneof', () => {
    expect(() => validateCard({ sections: [{ widgets: [{ textParagraph: { text: 'a' }, divider: {} }] }] })).toThrow(
      'sections[0].widgets[0]: oneof data has textParagraph and divider set',
    );
  });

  it('throws a CardSchemaError that carries the path', () => {
    const error = thrown(() => validateCard(withButton({ text: 7 })));
    expect(error).toBeInstanceOf(CardSchemaError);
    expect((error as CardSchemaError).path).toBe('sections[0].widgets[1].buttonList.buttons[0].text');
  });
});

describe('validateHostResponse', () => {
  it('rejects unknown envelope keys', () => {
    expect(() => validateHostResponse({ actions: {} })).toThrow('actions: unknown field');
    expect(() => validateHostResponse({ action: { notification: { text: 'x' }, toast: {} } })).toThrow('action.toast: unknown field');
  });

  it('validates the cards inside navigations', () => {
    expect(() =>
      validateHostResponse({ action: { navigations: [{ pop: true }, { updateCard: { sections: [{ widgets: [{ chart: {} }] }] } }] } }),
    ).toThrow('action.navigations[1].updateCard.sections[0].widgets[0].chart: unknown field');
  });

  it('rejects an empty response', () => {
    expect(() => validateHostResponse({})).toThrow('a host response needs action or hostAppAction');
  });
});

describe('a date-time picker', () => {
  const card = (picker: unknown) =>
    jsonOf(
      CardService.newCardBuilder()
        .addSection(CardService.newCardSection().addWidget(picker as never))
        .build(),
    ) as any;

  it('is card.v1 DateTimePicker on the wire: DATE_AND_TIME, the value as an int64 string, the zone offset in minutes', () => {
    const json = card(
      CardService.newDateTimePicker()
        .setFieldName('start')
        .setTitle('Date and time')
        .setValueInMsSinceEpoch(1795424400000)
        .setTimeZoneOffsetInMins(-300),
    );
    expect(json.sections[0].widgets[0]).toEqual({
      dateTimePicker: { name: 'start', label: 'Date and time', type: 'DATE_AND_TIME', valueMsEpoch: '1795424400000', timezoneOffsetDate: -300 },
    });
    expect(() => validateCard(json)).not.toThrow();
  });

  it('takes its value as a number or a string, as the reference says, and refuses anything else', () => {
    expect(
      card(CardService.newDateTimePicker().setFieldName('s').setValueInMsSinceEpoch('1795424400000')).sections[0].widgets[0].dateTimePicker
        .valueMsEpoch,
    ).toBe('1795424400000');
    const picker = CardService.newDateTimePicker() as unknown as Record<string, (v: unknown) => unknown>;
    expect(() => picker.setValueInMsSinceEpoch('tomorrow')).toThrow("don't match the method signature");
    expect(() => picker.setTimeZoneOffsetInMins(5.5)).toThrow("don't match the method signature");
  });

  it('must have a field name', () => {
    expect(() => card(CardService.newDateTimePicker().setTitle('When'))).toThrow('Exception: A DateTimePicker must have a field name');
  });

  it('a wrong type on the wire fails card.proto validation', () => {
    expect(() => validateCard({ sections: [{ widgets: [{ dateTimePicker: { name: 's', valueMsEpoch: 'soon' } }] }] })).toThrow(CardSchemaError);
    expect(() => validateCard({ sections: [{ widgets: [{ dateTimePicker: { name: 's', type: 'WEEK_ONLY' } }] }] })).toThrow(CardSchemaError);
  });

  it('a date picker is DATE_ONLY on the wire, a time picker TIME_ONLY with the ms since midnight (card.proto value_ms_epoch)', () => {
    const date = card(CardService.newDatePicker().setFieldName('day').setTitle('Day').setValueInMsSinceEpoch(1795392000000));
    expect(date.sections[0].widgets[0]).toEqual({ dateTimePicker: { name: 'day', label: 'Day', type: 'DATE_ONLY', valueMsEpoch: '1795392000000' } });
    expect(() => validateCard(date)).not.toThrow();
    const time = card(CardService.newTimePicker().setFieldName('at').setHours(12).setMinutes(30));
    expect(time.sections[0].widgets[0]).toEqual({ dateTimePicker: { name: 'at', type: 'TIME_ONLY', valueMsEpoch: String((12 * 60 + 30) * 60_000) } });
    expect(() => validateCard(time)).not.toThrow();
  });

  it('a time picker takes hours 0–23 and minutes 0–59 as integers; both pickers need a field name', () => {
    const picker = CardService.newTimePicker() as unknown as Record<string, (v: unknown) => unknown>;
    expect(() => picker.setHours(24)).toThrow(/0 to 23/);
    expect(() => picker.setMinutes(60)).toThrow(/0 to 59/);
    expect(() => picker.setHours(1.5)).toThrow("don't match the method signature");
    expect(() => card(CardService.newDatePicker().setTitle('Day'))).toThrow('A DatePicker must have a field name');
    expect(() => card(CardService.newTimePicker().setTitle('At'))).toThrow('A TimePicker must have a field name');
  });
});

describe('builders reject what Google rejects', () => {
  it('a card with no sections', () => {
    expect(() => CardService.newCardBuilder().setHeader(CardService.newCardHeader().setTitle('T')).build()).toThrow(
      'Exception: A card must have at least one section.',
    );
  });

  it('a section with no widgets', () => {
    expect(() => CardService.newCardBuilder().addSection(CardService.newCardSection().setHeader('Empty')).build()).toThrow(
      'Exception: A card section must have at least one widget.',
    );
  });

  it('a text button without text, or without an action or a link', () => {
    const cardWith = (button: ReturnType<typeof CardService.newTextButton>) =>
      CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(button)).build();
    expect(() => cardWith(CardService.newTextButton().setOnClickAction(action()))).toThrow('Exception: A TextButton must have text');
    expect(() => cardWith(CardService.newTextButton().setText('Go'))).toThrow(
      'Exception: A TextButton must have an on-click action or an open link.',
    );
  });

  it('an action without a function name', () => {
    const button = CardService.newTextButton().setText('Go').setOnClickAction(CardService.newAction());
    expect(() => CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(button)).build()).toThrow(
      'Exception: An Action must have a function name',
    );
  });

  it('action parameters that are not strings, as soon as they are set', () => {
    const parameters = { attempt: 2 } as unknown as Record<string, string>;
    expect(() => CardService.newAction().setParameters(parameters)).toThrow(
      'Exception: Invalid argument: parameters ("attempt" is number; keys and values must be strings)',
    );
  });

  it('inputs without a field name', () => {
    const build = (widget: Parameters<ReturnType<typeof CardService.newCardSection>['addWidget']>[0]) =>
      CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(widget)).build();
    expect(() => build(CardService.newTextInput().setTitle('Title'))).toThrow('Exception: A TextInput must have a field name');
    expect(() => build(CardService.newSelectionInput().addItem('A', 'a', false))).toThrow('Exception: A SelectionInput must have a field name');
    const noName = CardService.newDecoratedText().setText('On').setSwitchControl(CardService.newSwitch().setValue('on'));
    expect(() => build(noName)).toThrow('Exception: A Switch must have a field name');
  });

  it('a plain string where Apps Script wants an enum member', () => {
    expect(() => CardService.newOpenLink().setOpenAs('OVERLAY' as never)).toThrow(
      "Exception: The parameters (String) don't match the method signature for CardService.OpenLink.setOpenAs.",
    );
    expect(() => CardService.newOpenLink().setOpenAs(CardService.OnClose.RELOAD)).toThrow('(CardService.OnClose)');
  });

  it('both an on-click action and an open link on one button', () => {
    const button = CardService.newTextButton().setText('Go').setOnClickAction(action());
    expect(() => button.setOpenLink(CardService.newOpenLink().setUrl('https://meet.google.com'))).toThrow(
      'Exception: A TextButton can have only one of an on-click action, an open link and a compose action.',
    );
    const compose = CardService.newTextButton().setText('Reply').setComposeAction(action(), CardService.ComposedEmailType.REPLY_AS_DRAFT);
    expect(() => compose.setOnClickAction(action())).toThrow('only one of');
  });

  it('a builder where a built card is expected', () => {
    const builder = CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(paragraph('x')));
    expect(() => CardService.newNavigation().pushCard(builder as never)).toThrow(
      "Exception: The parameters (CardBuilder) don't match the method signature for CardService.Navigation.pushCard.",
    );
  });

  it('a footer without a primary button', () => {
    const footer = CardService.newFixedFooter().setSecondaryButton(CardService.newTextButton().setText('Cancel').setOnClickAction(action()));
    expect(() =>
      CardService.newCardBuilder()
        .addSection(CardService.newCardSection().addWidget(paragraph('x')))
        .setFixedFooter(footer)
        .build(),
    ).toThrow('Exception: A FixedFooter must have a primary button');
  });
});

describe('toHostResponse', () => {
  it('pushes a returned card', () => {
    expect(toHostResponse(simpleCard())).toEqual({
      action: { navigations: [{ pushCard: { sections: [{ widgets: [{ textParagraph: { text: 'Hello' } }] }] } }] },
    });
  });

  it('pushes each card of a returned array, in order', () => {
    const response = toHostResponse([simpleCard('one'), simpleCard('two')]);
    expect(response.action?.navigations?.map((nav) => ('pushCard' in nav ? jsonText(nav.pushCard) : nav))).toEqual(['one', 'two']);
  });

  it('sends an action response with its navigation steps, notification and link', () => {
    const response = CardService.newActionResponseBuilder()
      .setNavigation(CardService.newNavigation().popToRoot().updateCard(simpleCard('Done')).popCard().pushCard(simpleCard('Next')))
      .setNotification(CardService.newNotification().setText('Link created'))
      .setOpenLink(CardService.newOpenLink().setUrl('https://meet.google.com/abc-defg-hij').setOpenAs(CardService.OpenAs.FULL_SIZE))
      .setStateChanged(true)
      .build();
    expect(toHostResponse(response)).toEqual({
      action: {
        navigations: [{ popToRoot: true }, { updateCard: jsonOf(simpleCard('Done')) }, { pop: true }, { pushCard: jsonOf(simpleCard('Next')) }],
        notification: { text: 'Link created' },
        link: { url: 'https://meet.google.com/abc-defg-hij', openAs: 'FULL_SIZE' },
      },
    });
  });

  it('sends a universal action response as pushed cards', () => {
    const response = CardService.newUniversalActionResponseBuilder()
      .displayAddOnCards([simpleCard('Settings')])
      .build();
    expect(toHostResponse(response)).toEqual({ action: { navigations: [{ pushCard: jsonOf(simpleCard('Settings')) }] } });
  });

  it('sends a draft update as a Gmail host app action', () => {
    const response = CardService.newUpdateDraftActionResponseBuilder()
      .setUpdateDraftBodyAction(
        CardService.newUpdateDraftBodyAction()
          .addUpdateContent('Join: https://meet.google.com/abc-defg-hij', CardService.ContentType.TEXT)
          .setUpdateType(CardService.UpdateDraftBodyType.INSERT_AT_END),
      )
      .build();
    expect(toHostResponse(response)).toEqual({
      hostAppAction: {
        gmailAction: {
          updateDraftActionMarkup: {
            updateBody: {
              insertContents: [{ content: 'Join: https://meet.google.com/abc-defg-hij', contentType: 'TEXT' }],
              type: 'INSERT_AT_END',
            },
          },
        },
      },
    });
  });

  it('inserts in place when no update type is set, the documented default', () => {
    const response = CardService.newUpdateDraftActionResponseBuilder()
      .setUpdateDraftBodyAction(CardService.newUpdateDraftBodyAction().addUpdateContent('<b>x</b>', CardService.ContentType.MUTABLE_HTML))
      .build();
    expect(toHostResponse(response).hostAppAction?.gmailAction.updateDraftActionMarkup?.updateBody?.type).toBe('IN_PLACE_INSERT');
  });

  it.each([
    ['undefined', undefined],
    ['a plain object', { action: {} }],
    ['a string', '<card/>'],
    ['an empty array', []],
  ])('throws for %s, as the host would show a generic error', (_, value) => {
    expect(() => toHostResponse(value)).toThrow('the host would show a generic error');
  });

  it('names an unbuilt builder', () => {
    expect(() => toHostResponse(CardService.newActionResponseBuilder())).toThrow('ActionResponseBuilder (a builder: call build())');
  });
});

describe('a draft update with To and the subject (the recap)', () => {
  it('sends updateToRecipients {toRecipients: [{email}]} and updateSubject {subject} beside the body, checked against the markup', () => {
    const response = CardService.newUpdateDraftActionResponseBuilder()
      .setUpdateDraftToRecipientsAction(
        CardService.newUpdateDraftToRecipientsAction().addUpdateToRecipients(['ada@example.com', 'ben@partner.example']),
      )
      .setUpdateDraftSubjectAction(CardService.newUpdateDraftSubjectAction().addUpdateSubject('Recap: Review'))
      .setUpdateDraftBodyAction(CardService.newUpdateDraftBodyAction().addUpdateContent('Hi', CardService.ContentType.TEXT))
      .build();
    expect(toHostResponse(response).hostAppAction?.gmailAction.updateDraftActionMarkup).toEqual({
      updateBody: { insertContents: [{ content: 'Hi', contentType: 'TEXT' }], type: 'IN_PLACE_INSERT' },
      updateToRecipients: { toRecipients: [{ email: 'ada@example.com' }, { email: 'ben@partner.example' }] },
      updateSubject: { subject: 'Recap: Review' },
    });
    expect(() => validateHostResponse({ hostAppAction: { gmailAction: { updateDraftActionMarkup: { updateCcRecipients: {} } } } })).toThrow(
      CardSchemaError,
    );
  });

  it('rejects what Apps Script or Gmail would: no update at all, a string for the list, an address that is not one, a second call', () => {
    allowNotModelled();
    expect(() => CardService.newUpdateDraftActionResponseBuilder().build()).toThrow(/needs an update/);
    const to = CardService.newUpdateDraftToRecipientsAction() as unknown as { addUpdateToRecipients(x: unknown): unknown };
    expect(() => to.addUpdateToRecipients('ada@example.com')).toThrow(/don't match the method signature/);
    expect(() => CardService.newUpdateDraftToRecipientsAction().addUpdateToRecipients(['Ada <ada@example.com>'])).toThrow(/not modelled/);
    const twice = CardService.newUpdateDraftToRecipientsAction().addUpdateToRecipients(['ada@example.com']);
    expect(() => twice.addUpdateToRecipients(['ben@example.com'])).toThrow(/not modelled/);
    const subject = CardService.newUpdateDraftSubjectAction() as unknown as { addUpdateSubject(x: unknown): unknown };
    expect(() => subject.addUpdateSubject(42)).toThrow(/don't match the method signature/);
    expect(() =>
      CardService.newUpdateDraftActionResponseBuilder().setUpdateDraftSubjectAction(CardService.newUpdateDraftSubjectAction()).build(),
    ).toThrow(/needs its subject/);
  });
});

describe('what is not modelled does not exist', () => {
  it('an unmodelled CardService method is a TypeError', () => {
    const service = CardService as unknown as Record<string, () => unknown>;
    expect(() => service.newGrid()).toThrow(TypeError);
  });

  it('an unmodelled builder method is a TypeError', () => {
    const button = CardService.newTextButton() as unknown as Record<string, (arg: string) => unknown>;
    expect(() => button.setBackgroundColor('#1a73e8')).toThrow(TypeError);
    const card = simpleCard() as unknown as Record<string, () => unknown>;
    expect(() => card.toJson()).toThrow(TypeError);
  });

  it('the service cannot be patched', () => {
    expect(Object.isFrozen(CardService)).toBe(true);
    expect(Object.isFrozen(CardService.OpenAs)).toBe(true);
  });
});

function jsonText(card: unknown): string {
  return (card as { sections: { widgets: { textParagraph: { text: string } }[] }[] }).sections[0].widgets[0].textParagraph.text;
}
