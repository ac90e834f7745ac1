import { validateCard, validateHostResponse } from './card-schema';

/**
 * CardService, offline: the subset of the Apps Script `CardService` global that MeetLink uses, building the
 * google.apps.card.v1 JSON the host receives (developers.google.com/apps-script/reference/card-service).
 *
 * Anything not modelled is absent, so calling it is a TypeError. Setters check their arguments the way Apps
 * Script does: enum arguments must be members of the right `CardService` enum (a plain string is not one)
 * and builder arguments must be the right kind of object. Required parts are checked when the card or
 * response is built ("Builds the current card and validates it", card-builder#build), and every built card
 * and response is checked against Google's schema (card-schema.ts).
 * Exact error wording is Apps Script-like, not confirmed word for word.
 */

/** Loose JSON: the google.apps.card.v1 shapes are checked by card-schema.ts, not by TypeScript. */
export type CardJson = { [key: string]: unknown };

export interface OpenLinkJson {
  url: string;
  openAs?: string;
  onClose?: string;
}
export type NavigationJson = { pushCard: CardJson } | { updateCard: CardJson } | { pop: true } | { popToRoot: true };

/** What the host receives (RenderActions, developers.google.com/workspace/add-ons/reference/rpc/google.apps.card.v1). */
export interface HostResponse {
  action?: { navigations?: NavigationJson[]; notification?: { text: string }; link?: OpenLinkJson };
  hostAppAction?: {
    gmailAction: {
      updateDraftActionMarkup: { updateBody: { insertContents: { content: string; contentType: string }[]; type: string } };
    };
  };
}

// Module-private keys: how the fake reads its objects. They cannot be called by name, as on Google's objects.
const JSON_OF = Symbol('json');
const WIDGET = Symbol('widget');
const ON_CLICK = Symbol('onClick');
const NAVIGATIONS = Symbol('navigations');
const ENUM_TYPE = Symbol('enumType');

/** An Apps Script enum member: an opaque object whose string form is its name. */
class EnumValue {
  readonly #type: string;
  readonly #name: string;
  constructor(type: string, name: string) {
    this.#type = type;
    this.#name = name;
  }
  get [ENUM_TYPE](): string {
    return this.#type;
  }
  toString(): string {
    return this.#name;
  }
}
type Enum = Readonly<Record<string, EnumValue>>;

function defineEnum<const N extends string>(type: string, names: readonly N[]): Readonly<Record<N, EnumValue>> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, new EnumValue(type, name)])) as Record<N, EnumValue>);
}

// Enums, each from its reference page (developers.google.com/apps-script/reference/card-service/<kebab-name>).
const ContentType = defineEnum('ContentType', ['TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML']);
const UpdateDraftBodyType = defineEnum('UpdateDraftBodyType', ['IN_PLACE_INSERT', 'INSERT_AT_START', 'INSERT_AT_END']);
/** TEXT is "DO NOT USE. Deprecated version of OUTLINED" (text-button-style). */
const TextButtonStyle = defineEnum('TextButtonStyle', ['OUTLINED', 'TEXT', 'FILLED', 'FILLED_TONAL', 'BORDERLESS']);
const SelectionInputType = defineEnum('SelectionInputType', ['CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH']);
const SwitchControlType = defineEnum('SwitchControlType', ['SWITCH', 'CHECK_BOX']);
const LoadIndicator = defineEnum('LoadIndicator', ['SPINNER', 'NONE']);
const OpenAs = defineEnum('OpenAs', ['FULL_SIZE', 'OVERLAY']);
const OnClose = defineEnum('OnClose', ['NOTHING', 'RELOAD']);
/** A subset of CardService.Icon; each name is also the card's `knownIcon` value. */
const Icon = defineEnum('Icon', [
  'BOOKMARK',
  'CLOCK',
  'DESCRIPTION',
  'EMAIL',
  'INVITE',
  'MULTIPLE_PEOPLE',
  'PERSON',
  'PHONE',
  'STAR',
  'VIDEO_CAMERA',
]);
const ImageStyle = defineEnum('ImageStyle', ['SQUARE', 'CIRCLE']);
const DisplayStyle = defineEnum('DisplayStyle', ['PEEK', 'REPLACE']);

// ---- argument checks -------------------------------------------------------------------------------------

function typeName(value: unknown): string {
  if (value instanceof EnumValue) return `CardService.${value[ENUM_TYPE]}`;
  if (Array.isArray(value)) return 'Array';
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object') return value.constructor?.name ?? 'Object';
  return ({ string: 'String', boolean: 'Boolean' } as Record<string, string>)[typeof value] ?? typeof value;
}

/** What Apps Script throws for an argument of the wrong type. */
function mismatch(method: string, ...args: unknown[]): Error {
  return new Error(`Exception: The parameters (${args.map(typeName).join(',')}) don't match the method signature for CardService.${method}.`);
}

function str(method: string, value: unknown): string {
  if (typeof value !== 'string') throw mismatch(method, value);
  return value;
}

function bool(method: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw mismatch(method, value);
  return value;
}

function int(method: string, value: unknown): number {
  if (!Number.isInteger(value)) throw mismatch(method, value);
  return value as number;
}

/** The member's name, if `value` is a member of `type` (a string, or another enum's member, is not). */
function member(method: string, value: unknown, type: Enum): string {
  if (!(value instanceof EnumValue) || !Object.values(type).includes(value)) throw mismatch(method, value);
  return value.toString();
}

function instance<T>(method: string, value: unknown, type: abstract new (...args: never[]) => T): T {
  if (!(value instanceof type)) throw mismatch(method, value);
  return value;
}

/** A part the card or response cannot be built without. */
function need<T>(value: T | undefined, problem: string): T {
  if (value === undefined) throw new Error(`Exception: ${problem}`);
  return value;
}

/** The fields that are set: JSON leaves unset fields out. */
function compact<T extends Record<string, unknown>>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

// ---- actions and links -----------------------------------------------------------------------------------

/** card-service/action */
class Action {
  #functionName?: string;
  #parameters: [string, string][] = [];
  #loadIndicator?: string;
  setFunctionName(functionName: string): this {
    this.#functionName = str('Action.setFunctionName', functionName);
    return this;
  }
  /** action#setParameters: "Both keys and values must be strings." */
  setParameters(parameters: Record<string, string>): this {
    if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
      throw mismatch('Action.setParameters', parameters);
    }
    for (const [key, value] of Object.entries(parameters)) {
      if (typeof value !== 'string') {
        throw new Error(`Exception: Invalid argument: parameters ("${key}" is ${typeName(value)}; keys and values must be strings)`);
      }
    }
    this.#parameters = Object.entries(parameters);
    return this;
  }
  setLoadIndicator(loadIndicator: EnumValue): this {
    this.#loadIndicator = member('Action.setLoadIndicator', loadIndicator, LoadIndicator);
    return this;
  }
  /** action#setFunctionName: "Required." */
  [JSON_OF](): CardJson {
    return compact({
      function: need(this.#functionName, 'An Action must have a function name (Action.setFunctionName).'),
      parameters: this.#parameters.length ? this.#parameters.map(([key, value]) => ({ key, value })) : undefined,
      loadIndicator: this.#loadIndicator,
    });
  }
}

/** card-service/open-link */
class OpenLink {
  #url?: string;
  #openAs?: string;
  #onClose?: string;
  setUrl(url: string): this {
    this.#url = str('OpenLink.setUrl', url);
    return this;
  }
  setOpenAs(openAs: EnumValue): this {
    this.#openAs = member('OpenLink.setOpenAs', openAs, OpenAs);
    return this;
  }
  setOnClose(onClose: EnumValue): this {
    this.#onClose = member('OpenLink.setOnClose', onClose, OnClose);
    return this;
  }
  [JSON_OF](): OpenLinkJson {
    return compact({ url: need(this.#url, 'An OpenLink must have a URL (OpenLink.setUrl).'), openAs: this.#openAs, onClose: this.#onClose });
  }
}

/**
 * What happens on a click. "A UI object can only have one of setOpenLink(openLink), setOnClickAction(action),
 * ... set" (card-service/text-button#setOnClickAction): setting the other kind throws.
 */
abstract class Clickable {
  #onClick?: Action | OpenLink;
  setOnClickAction(action: Action): this {
    return this.#setOnClick(instance(`${this.constructor.name}.setOnClickAction`, action, Action));
  }
  setOpenLink(openLink: OpenLink): this {
    return this.#setOnClick(instance(`${this.constructor.name}.setOpenLink`, openLink, OpenLink));
  }
  #setOnClick(onClick: Action | OpenLink): this {
    if (this.#onClick && this.#onClick.constructor !== onClick.constructor) {
      throw new Error(`Exception: A ${this.constructor.name} can have only one of an on-click action and an open link.`);
    }
    this.#onClick = onClick;
    return this;
  }
  [ON_CLICK](): CardJson | undefined {
    if (!this.#onClick) return undefined;
    return this.#onClick instanceof Action ? { action: this.#onClick[JSON_OF]() } : { openLink: this.#onClick[JSON_OF]() };
  }
}

// ---- widgets ---------------------------------------------------------------------------------------------

/** card-service/text-paragraph */
class TextParagraph {
  #text?: string;
  setText(text: string): this {
    this.#text = str('TextParagraph.setText', text);
    return this;
  }
  [WIDGET](): CardJson {
    return { textParagraph: { text: need(this.#text, 'A TextParagraph must have text (TextParagraph.setText).') } };
  }
}

/** card-service/icon-image; card.v1 Icon has one of knownIcon, iconUrl, materialIcon (materialIcon is Chat-only). */
class IconImage {
  #icon?: { knownIcon: string } | { iconUrl: string };
  #altText?: string;
  setIcon(icon: EnumValue): this {
    return this.#setIcon({ knownIcon: member('IconImage.setIcon', icon, Icon) });
  }
  setIconUrl(url: string): this {
    return this.#setIcon({ iconUrl: str('IconImage.setIconUrl', url) });
  }
  setAltText(altText: string): this {
    this.#altText = str('IconImage.setAltText', altText);
    return this;
  }
  #setIcon(icon: { knownIcon: string } | { iconUrl: string }): this {
    if (this.#icon && Object.keys(this.#icon)[0] !== Object.keys(icon)[0]) {
      throw new Error('Exception: An IconImage can have only one of an icon and an icon URL.');
    }
    this.#icon = icon;
    return this;
  }
  [JSON_OF](): CardJson {
    const icon = need(this.#icon, 'An IconImage must have an icon or an icon URL (IconImage.setIcon, setIconUrl).');
    return compact({ ...icon, altText: this.#altText });
  }
}

/** card-service/switch; it shows only inside a DecoratedText, as card.v1 DecoratedText.SwitchControl. */
class Switch {
  #fieldName?: string;
  #value?: string;
  #selected?: boolean;
  #controlType?: string;
  #onChangeAction?: Action;
  setFieldName(fieldName: string): this {
    this.#fieldName = str('Switch.setFieldName', fieldName);
    return this;
  }
  setValue(value: string): this {
    this.#value = str('Switch.setValue', value);
    return this;
  }
  setSelected(selected: boolean): this {
    this.#selected = bool('Switch.setSelected', selected);
    return this;
  }
  setControlType(controlType: EnumValue): this {
    this.#controlType = member('Switch.setControlType', controlType, SwitchControlType);
    return this;
  }
  setOnChangeAction(action: Action): this {
    this.#onChangeAction = instance('Switch.setOnChangeAction', action, Action);
    return this;
  }
  /** switch#setFieldName: "Required." */
  [JSON_OF](): CardJson {
    return compact({
      name: need(this.#fieldName, 'A Switch must have a field name (Switch.setFieldName).'),
      value: this.#value,
      selected: this.#selected,
      onChangeAction: this.#onChangeAction?.[JSON_OF](),
      controlType: this.#controlType,
    });
  }
}

/** card-service/text-button; as a widget of its own it is a one-button card.v1 ButtonList. */
class TextButton extends Clickable {
  #text?: string;
  #style?: string;
  #disabled?: boolean;
  #altText?: string;
  setText(text: string): this {
    this.#text = str('TextButton.setText', text);
    return this;
  }
  setTextButtonStyle(style: EnumValue): this {
    this.#style = member('TextButton.setTextButtonStyle', style, TextButtonStyle);
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.#disabled = bool('TextButton.setDisabled', disabled);
    return this;
  }
  setAltText(altText: string): this {
    this.#altText = str('TextButton.setAltText', altText);
    return this;
  }
  /** card.v1 Button: onClick is "Required."; the deprecated TEXT style is OUTLINED (text-button-style). */
  [JSON_OF](): CardJson {
    return compact({
      text: need(this.#text, 'A TextButton must have text (TextButton.setText).'),
      onClick: need(this[ON_CLICK](), 'A TextButton must have an on-click action or an open link.'),
      disabled: this.#disabled,
      altText: this.#altText,
      type: this.#style === 'TEXT' ? 'OUTLINED' : this.#style,
    });
  }
  [WIDGET](): CardJson {
    return { buttonList: { buttons: [this[JSON_OF]()] } };
  }
}

/** card-service/decorated-text */
class DecoratedText extends Clickable {
  #text?: string;
  #topLabel?: string;
  #bottomLabel?: string;
  #wrapText?: boolean;
  #startIcon?: IconImage;
  #control?: TextButton | Switch;
  setText(text: string): this {
    this.#text = str('DecoratedText.setText', text);
    return this;
  }
  setTopLabel(text: string): this {
    this.#topLabel = str('DecoratedText.setTopLabel', text);
    return this;
  }
  setBottomLabel(text: string): this {
    this.#bottomLabel = str('DecoratedText.setBottomLabel', text);
    return this;
  }
  setWrapText(wrapText: boolean): this {
    this.#wrapText = bool('DecoratedText.setWrapText', wrapText);
    return this;
  }
  setStartIcon(startIcon: IconImage): this {
    this.#startIcon = instance('DecoratedText.setStartIcon', startIcon, IconImage);
    return this;
  }
  setButton(button: TextButton): this {
    return this.#setControl(instance('DecoratedText.setButton', button, TextButton));
  }
  setSwitchControl(switchToSet: Switch): this {
    return this.#setControl(instance('DecoratedText.setSwitchControl', switchToSet, Switch));
  }
  /** decorated-text#setButton: "A DecoratedText can only support one button or one switch." */
  #setControl(control: TextButton | Switch): this {
    if (this.#control && this.#control.constructor !== control.constructor) {
      throw new Error('Exception: A DecoratedText can only support one button or one switch.');
    }
    this.#control = control;
    return this;
  }
  /** decorated-text#setText: "Required." */
  [WIDGET](): CardJson {
    const control = this.#control;
    return {
      decoratedText: compact({
        text: need(this.#text, 'A DecoratedText must have text (DecoratedText.setText).'),
        topLabel: this.#topLabel,
        bottomLabel: this.#bottomLabel,
        wrapText: this.#wrapText,
        startIcon: this.#startIcon?.[JSON_OF](),
        button: control instanceof TextButton ? control[JSON_OF]() : undefined,
        switchControl: control instanceof Switch ? control[JSON_OF]() : undefined,
        onClick: this[ON_CLICK](),
      }),
    };
  }
}

/** card-service/image */
class Image {
  #imageUrl?: string;
  #altText?: string;
  setImageUrl(url: string): this {
    this.#imageUrl = str('Image.setImageUrl', url);
    return this;
  }
  setAltText(altText: string): this {
    this.#altText = str('Image.setAltText', altText);
    return this;
  }
  [WIDGET](): CardJson {
    return { image: compact({ imageUrl: need(this.#imageUrl, 'An Image must have an image URL (Image.setImageUrl).'), altText: this.#altText }) };
  }
}

/** card-service/divider */
class Divider {
  [WIDGET](): CardJson {
    return { divider: {} };
  }
}

/** card-service/button-set (of TextButtons; ImageButton is not modelled) */
class ButtonSet {
  #buttons: TextButton[] = [];
  addButton(button: TextButton): this {
    this.#buttons.push(instance('ButtonSet.addButton', button, TextButton));
    return this;
  }
  [WIDGET](): CardJson {
    return { buttonList: { buttons: this.#buttons.map((button) => button[JSON_OF]()) } };
  }
}

/** card-service/text-input */
class TextInput {
  #fieldName?: string;
  #title?: string;
  #value?: string;
  #hint?: string;
  #multiline?: boolean;
  setFieldName(fieldName: string): this {
    this.#fieldName = str('TextInput.setFieldName', fieldName);
    return this;
  }
  setTitle(title: string): this {
    this.#title = str('TextInput.setTitle', title);
    return this;
  }
  setValue(value: string): this {
    this.#value = str('TextInput.setValue', value);
    return this;
  }
  setHint(hint: string): this {
    this.#hint = str('TextInput.setHint', hint);
    return this;
  }
  setMultiline(multiline: boolean): this {
    this.#multiline = bool('TextInput.setMultiline', multiline);
    return this;
  }
  /** text-input#setFieldName: "Required." */
  [WIDGET](): CardJson {
    const type = this.#multiline === undefined ? undefined : this.#multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE';
    return {
      textInput: compact({
        name: need(this.#fieldName, 'A TextInput must have a field name (TextInput.setFieldName).'),
        label: this.#title,
        value: this.#value,
        hintText: this.#hint,
        type,
      }),
    };
  }
}

/** card.v1 SelectionInput.items: "Supports up to 100 items." */
const MAX_SELECTION_ITEMS = 100;

/** card-service/selection-input */
class SelectionInput {
  #fieldName?: string;
  #title?: string;
  #type?: string;
  #items: CardJson[] = [];
  setFieldName(fieldName: string): this {
    this.#fieldName = str('SelectionInput.setFieldName', fieldName);
    return this;
  }
  setTitle(title: string): this {
    this.#title = str('SelectionInput.setTitle', title);
    return this;
  }
  setType(type: EnumValue): this {
    this.#type = member('SelectionInput.setType', type, SelectionInputType);
    return this;
  }
  /** selection-input#addItem: text and value may be any primitive, "converted to strings automatically". */
  addItem(text: unknown, value: unknown, selected: boolean): this {
    const primitive = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);
    if (!primitive(text) || !primitive(value) || typeof selected !== 'boolean') throw mismatch('SelectionInput.addItem', text, value, selected);
    if (this.#items.length === MAX_SELECTION_ITEMS) throw new Error(`Exception: A SelectionInput supports up to ${MAX_SELECTION_ITEMS} items.`);
    this.#items.push({ text: String(text), value: String(value), selected });
    return this;
  }
  /** selection-input#setFieldName: "Required." */
  [WIDGET](): CardJson {
    return {
      selectionInput: compact({
        name: need(this.#fieldName, 'A SelectionInput must have a field name (SelectionInput.setFieldName).'),
        label: this.#title,
        type: this.#type,
        items: this.#items.length ? structuredClone(this.#items) : undefined,
      }),
    };
  }
}

type Widget = TextParagraph | DecoratedText | Image | Divider | ButtonSet | TextButton | TextInput | SelectionInput;
const WIDGET_TYPES = [TextParagraph, DecoratedText, Image, Divider, ButtonSet, TextButton, TextInput, SelectionInput];

// ---- cards -----------------------------------------------------------------------------------------------

/** card-service/card-header */
class CardHeader {
  #title?: string;
  #subtitle?: string;
  #imageUrl?: string;
  #imageStyle?: string;
  #imageAltText?: string;
  setTitle(title: string): this {
    this.#title = str('CardHeader.setTitle', title);
    return this;
  }
  setSubtitle(subtitle: string): this {
    this.#subtitle = str('CardHeader.setSubtitle', subtitle);
    return this;
  }
  setImageUrl(imageUrl: string): this {
    this.#imageUrl = str('CardHeader.setImageUrl', imageUrl);
    return this;
  }
  setImageStyle(imageStyle: EnumValue): this {
    this.#imageStyle = member('CardHeader.setImageStyle', imageStyle, ImageStyle);
    return this;
  }
  setImageAltText(imageAltText: string): this {
    this.#imageAltText = str('CardHeader.setImageAltText', imageAltText);
    return this;
  }
  /** card-header#setTitle: "Required." */
  [JSON_OF](): CardJson {
    return compact({
      title: need(this.#title, 'A CardHeader must have a title (CardHeader.setTitle).'),
      subtitle: this.#subtitle,
      imageUrl: this.#imageUrl,
      imageType: this.#imageStyle,
      imageAltText: this.#imageAltText,
    });
  }
}

/** card-section#addWidget and card-builder#addSection: "You can't add more than 100". */
const MAX_CHILDREN = 100;

/** card-service/card-section */
class CardSection {
  #header?: string;
  #widgets: Widget[] = [];
  #collapsible?: boolean;
  #uncollapsible?: number;
  setHeader(header: string): this {
    this.#header = str('CardSection.setHeader', header);
    return this;
  }
  addWidget(widget: Widget): this {
    if (!WIDGET_TYPES.some((type) => widget instanceof type)) throw mismatch('CardSection.addWidget', widget);
    if (this.#widgets.length === MAX_CHILDREN) throw new Error(`Exception: You can't add more than ${MAX_CHILDREN} widgets to a card section.`);
    this.#widgets.push(widget);
    return this;
  }
  setCollapsible(collapsible: boolean): this {
    this.#collapsible = bool('CardSection.setCollapsible', collapsible);
    return this;
  }
  setNumUncollapsibleWidgets(numUncollapsibleWidgets: number): this {
    this.#uncollapsible = int('CardSection.setNumUncollapsibleWidgets', numUncollapsibleWidgets);
    return this;
  }
  [JSON_OF](): CardJson {
    if (this.#widgets.length === 0) throw new Error('Exception: A card section must have at least one widget.');
    return compact({
      header: this.#header,
      widgets: this.#widgets.map((widget) => widget[WIDGET]()),
      collapsible: this.#collapsible,
      uncollapsibleWidgetsCount: this.#uncollapsible,
    });
  }
}

/**
 * card-service/fixed-footer. setSecondaryButton "does nothing if setPrimaryButton(button) isn't called", and
 * "Setting fixedFooter without specifying a primaryButton or a secondaryButton causes an error" (card.v1
 * Card.CardFixedFooter): so a footer needs its primary button.
 */
class FixedFooter {
  #primary?: TextButton;
  #secondary?: TextButton;
  setPrimaryButton(button: TextButton): this {
    this.#primary = instance('FixedFooter.setPrimaryButton', button, TextButton);
    return this;
  }
  setSecondaryButton(button: TextButton): this {
    this.#secondary = instance('FixedFooter.setSecondaryButton', button, TextButton);
    return this;
  }
  [JSON_OF](): CardJson {
    const primary = need(this.#primary, 'A FixedFooter must have a primary button (FixedFooter.setPrimaryButton).');
    return compact({ primaryButton: primary[JSON_OF](), secondaryButton: this.#secondary?.[JSON_OF]() });
  }
}

/** card-service/card-action: a card header menu item. */
class CardAction extends Clickable {
  #text?: string;
  setText(text: string): this {
    this.#text = str('CardAction.setText', text);
    return this;
  }
  [JSON_OF](): CardJson {
    return compact({ actionLabel: this.#text, onClick: this[ON_CLICK]() });
  }
}

/** card-service/card: what CardBuilder.build() returns. */
class Card {
  readonly #json: CardJson;
  constructor(json: CardJson) {
    this.#json = json;
  }
  printJson(): string {
    return JSON.stringify(this.#json, null, 2);
  }
  [JSON_OF](): CardJson {
    return structuredClone(this.#json);
  }
}

/** card.v1 Card: "You can add up to 100 widgets per card"; the host silently drops the rest, here it throws. */
const MAX_WIDGETS_PER_CARD = 100;

/** card-service/card-builder */
class CardBuilder {
  #header?: CardHeader;
  #sections: CardSection[] = [];
  #cardActions: CardAction[] = [];
  #name?: string;
  #fixedFooter?: FixedFooter;
  #displayStyle?: string;
  setHeader(cardHeader: CardHeader): this {
    this.#header = instance('CardBuilder.setHeader', cardHeader, CardHeader);
    return this;
  }
  addSection(section: CardSection): this {
    instance('CardBuilder.addSection', section, CardSection);
    if (this.#sections.length === MAX_CHILDREN) throw new Error(`Exception: You can't add more than ${MAX_CHILDREN} sections to a card.`);
    this.#sections.push(section);
    return this;
  }
  addCardAction(cardAction: CardAction): this {
    this.#cardActions.push(instance('CardBuilder.addCardAction', cardAction, CardAction));
    return this;
  }
  setName(name: string): this {
    this.#name = str('CardBuilder.setName', name);
    return this;
  }
  setFixedFooter(fixedFooter: FixedFooter): this {
    this.#fixedFooter = instance('CardBuilder.setFixedFooter', fixedFooter, FixedFooter);
    return this;
  }
  setDisplayStyle(displayStyle: EnumValue): this {
    this.#displayStyle = member('CardBuilder.setDisplayStyle', displayStyle, DisplayStyle);
    return this;
  }
  /** card-builder#build: "Builds the current card and validates it." */
  build(): Card {
    if (this.#sections.length === 0) throw new Error('Exception: A card must have at least one section.');
    const sections = this.#sections.map((section) => section[JSON_OF]());
    const widgets = sections.reduce((n, section) => n + (section.widgets as unknown[]).length, 0);
    if (widgets > MAX_WIDGETS_PER_CARD) throw new Error(`Exception: A card can hold up to ${MAX_WIDGETS_PER_CARD} widgets; this one has ${widgets}.`);
    const json = compact({
      header: this.#header?.[JSON_OF](),
      sections,
      cardActions: this.#cardActions.length ? this.#cardActions.map((action) => action[JSON_OF]()) : undefined,
      name: this.#name,
      fixedFooter: this.#fixedFooter?.[JSON_OF](),
      displayStyle: this.#displayStyle,
    });
    validateCard(json);
    return new Card(json);
  }
}

// ---- responses -------------------------------------------------------------------------------------------

/** card-service/navigation; each call adds one step, in order (google.apps.card.v1 Navigation). */
class Navigation {
  #steps: NavigationJson[] = [];
  pushCard(card: Card): this {
    this.#steps.push({ pushCard: instance('Navigation.pushCard', card, Card)[JSON_OF]() });
    return this;
  }
  updateCard(card: Card): this {
    this.#steps.push({ updateCard: instance('Navigation.updateCard', card, Card)[JSON_OF]() });
    return this;
  }
  popCard(): this {
    this.#steps.push({ pop: true });
    return this;
  }
  popToRoot(): this {
    this.#steps.push({ popToRoot: true });
    return this;
  }
  printJson(): string {
    return JSON.stringify({ navigations: this.#steps }, null, 2);
  }
  [NAVIGATIONS](): NavigationJson[] {
    return structuredClone(this.#steps);
  }
}

/** card-service/notification */
class Notification {
  #text?: string;
  setText(text: string): this {
    this.#text = str('Notification.setText', text);
    return this;
  }
  /** notification#setText: "Required." */
  [JSON_OF](): { text: string } {
    return { text: need(this.#text, 'A Notification must have text (Notification.setText).') };
  }
}

/** A built response: ActionResponse, UniversalActionResponse or UpdateDraftActionResponse. */
abstract class BuiltResponse {
  readonly #json: HostResponse;
  constructor(json: HostResponse) {
    validateHostResponse(json);
    this.#json = json;
  }
  printJson(): string {
    return JSON.stringify(this.#json, null, 2);
  }
  [JSON_OF](): HostResponse {
    return structuredClone(this.#json);
  }
}
class ActionResponse extends BuiltResponse {}
class UniversalActionResponse extends BuiltResponse {}
class UpdateDraftActionResponse extends BuiltResponse {}

/**
 * card-service/action-response-builder. setStateChanged is accepted but sends nothing: the host's
 * RenderActions.Action has no field for it (add-ons reference, google.apps.card.v1).
 */
class ActionResponseBuilder {
  #navigation?: Navigation;
  #notification?: Notification;
  #openLink?: OpenLink;
  setNavigation(navigation: Navigation): this {
    this.#navigation = instance('ActionResponseBuilder.setNavigation', navigation, Navigation);
    return this;
  }
  setNotification(notification: Notification): this {
    this.#notification = instance('ActionResponseBuilder.setNotification', notification, Notification);
    return this;
  }
  setOpenLink(openLink: OpenLink): this {
    this.#openLink = instance('ActionResponseBuilder.setOpenLink', openLink, OpenLink);
    return this;
  }
  setStateChanged(stateChanged: boolean): this {
    bool('ActionResponseBuilder.setStateChanged', stateChanged);
    return this;
  }
  build(): ActionResponse {
    const action = compact({
      navigations: this.#navigation?.[NAVIGATIONS](),
      notification: this.#notification?.[JSON_OF](),
      link: this.#openLink?.[JSON_OF](),
    });
    return new ActionResponse({ action });
  }
}

/** card-service/universal-action-response-builder */
class UniversalActionResponseBuilder {
  #cards?: Card[];
  #openLink?: OpenLink;
  displayAddOnCards(cardObjects: Card[]): this {
    if (!Array.isArray(cardObjects)) throw mismatch('UniversalActionResponseBuilder.displayAddOnCards', cardObjects);
    this.#cards = cardObjects.map((card) => instance('UniversalActionResponseBuilder.displayAddOnCards', card, Card));
    return this;
  }
  setOpenLink(openLink: OpenLink): this {
    this.#openLink = instance('UniversalActionResponseBuilder.setOpenLink', openLink, OpenLink);
    return this;
  }
  build(): UniversalActionResponse {
    const action = compact({ navigations: this.#cards && pushCards(this.#cards), link: this.#openLink?.[JSON_OF]() });
    return new UniversalActionResponse({ action });
  }
}

/**
 * card-service/update-draft-body-action. The update type defaults to IN_PLACE_INSERT ("Default.",
 * update-draft-body-type); the wire enums are apps.extensions.markup UpdateBody.ContentType and Type.
 */
class UpdateDraftBodyAction {
  #contents: { content: string; contentType: string }[] = [];
  #type = 'IN_PLACE_INSERT';
  addUpdateContent(content: string, contentType: EnumValue): this {
    if (typeof content !== 'string') throw mismatch('UpdateDraftBodyAction.addUpdateContent', content, contentType);
    this.#contents.push({ content, contentType: member('UpdateDraftBodyAction.addUpdateContent', contentType, ContentType) });
    return this;
  }
  setUpdateType(updateType: EnumValue): this {
    this.#type = member('UpdateDraftBodyAction.setUpdateType', updateType, UpdateDraftBodyType);
    return this;
  }
  [JSON_OF](): { insertContents: { content: string; contentType: string }[]; type: string } {
    return { insertContents: structuredClone(this.#contents), type: this.#type };
  }
}

/** card-service/update-draft-action-response-builder (only the body update is modelled) */
class UpdateDraftActionResponseBuilder {
  #bodyAction?: UpdateDraftBodyAction;
  setUpdateDraftBodyAction(updateDraftBodyAction: UpdateDraftBodyAction): this {
    this.#bodyAction = instance('UpdateDraftActionResponseBuilder.setUpdateDraftBodyAction', updateDraftBodyAction, UpdateDraftBodyAction);
    return this;
  }
  build(): UpdateDraftActionResponse {
    const body = need(this.#bodyAction, 'An UpdateDraftActionResponse needs an update draft body action (setUpdateDraftBodyAction).');
    return new UpdateDraftActionResponse({ hostAppAction: { gmailAction: { updateDraftActionMarkup: { updateBody: body[JSON_OF]() } } } });
  }
}

// ---- the service -----------------------------------------------------------------------------------------

/** A fresh `CardService` global: only the methods and enums listed here exist. */
export function createCardService() {
  return Object.freeze({
    newCardBuilder: () => new CardBuilder(),
    newCardHeader: () => new CardHeader(),
    newCardSection: () => new CardSection(),
    newTextParagraph: () => new TextParagraph(),
    newDecoratedText: () => new DecoratedText(),
    newIconImage: () => new IconImage(),
    newImage: () => new Image(),
    newDivider: () => new Divider(),
    newButtonSet: () => new ButtonSet(),
    newTextButton: () => new TextButton(),
    newAction: () => new Action(),
    newOpenLink: () => new OpenLink(),
    newTextInput: () => new TextInput(),
    newSelectionInput: () => new SelectionInput(),
    newSwitch: () => new Switch(),
    newFixedFooter: () => new FixedFooter(),
    newCardAction: () => new CardAction(),
    newNotification: () => new Notification(),
    newNavigation: () => new Navigation(),
    newActionResponseBuilder: () => new ActionResponseBuilder(),
    newUniversalActionResponseBuilder: () => new UniversalActionResponseBuilder(),
    newUpdateDraftActionResponseBuilder: () => new UpdateDraftActionResponseBuilder(),
    newUpdateDraftBodyAction: () => new UpdateDraftBodyAction(),
    ContentType,
    UpdateDraftBodyType,
    TextButtonStyle,
    SelectionInputType,
    SwitchControlType,
    LoadIndicator,
    OpenAs,
    OnClose,
    Icon,
    ImageStyle,
    DisplayStyle,
  });
}
export type FakeCardService = ReturnType<typeof createCardService>;

function pushCards(cards: Card[]): NavigationJson[] {
  return cards.map((card) => ({ pushCard: card[JSON_OF]() }));
}

/** The JSON of a built Card or response, as the host would read it. */
export function jsonOf(built: unknown): CardJson {
  if (built instanceof Card) return built[JSON_OF]();
  if (built instanceof BuiltResponse) return built[JSON_OF]() as CardJson;
  throw new Error(`jsonOf: ${typeName(built)} is not a built Card or response.`);
}

const BUILDERS = [CardBuilder, ActionResponseBuilder, UniversalActionResponseBuilder, UpdateDraftActionResponseBuilder];

/**
 * What the host receives for what an add-on function returned: a Card or an array of Cards is pushed, a built
 * response is sent as it is. Anything else is an uncaught failure: "an uncaught exception shows the person a
 * generic error" (docs/google-behaviour.md, "Add-on hosts"), so it throws.
 */
export function toHostResponse(value: unknown): HostResponse {
  const response = envelope(value);
  validateHostResponse(response);
  return response;
}

function envelope(value: unknown): HostResponse {
  if (value instanceof Card) return { action: { navigations: pushCards([value]) } };
  if (Array.isArray(value) && value.length > 0 && value.every((card) => card instanceof Card)) {
    return { action: { navigations: pushCards(value) } };
  }
  if (value instanceof BuiltResponse) return value[JSON_OF]();
  const hint = BUILDERS.some((type) => value instanceof type) ? ' (a builder: call build())' : '';
  throw new Error(
    `The add-on function returned ${typeName(value)}${hint}, not a Card, an array of Cards or a built response: the host would show a generic error.`,
  );
}
