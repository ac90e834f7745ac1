import { validateCard } from '../card-schema';
import { Clickable } from './actions';
import { bool, compact, instance, int, JSON_OF, member, mismatch, need, ON_CLICK, str, WIDGET } from './checks';
import { ButtonSet, TextButton } from './controls';
import { DisplayStyle, type EnumValue, ImageStyle } from './enums';
import { DatePicker, DateTimePicker, SelectionInput, TextInput, TimePicker } from './inputs';
import { DecoratedText, Divider, Image, TextParagraph } from './text-widgets';
import type { CardJson } from './wire';

/** Cards: the header, sections of widgets, the footer and the builder that validates the whole against card.proto. */

export type Widget =
  | TextParagraph
  | DecoratedText
  | Image
  | Divider
  | ButtonSet
  | TextButton
  | TextInput
  | SelectionInput
  | DateTimePicker
  | DatePicker
  | TimePicker;
export const WIDGET_TYPES = [
  TextParagraph,
  DecoratedText,
  Image,
  Divider,
  ButtonSet,
  TextButton,
  TextInput,
  SelectionInput,
  DateTimePicker,
  DatePicker,
  TimePicker,
];

/** card-service/card-header */
export class CardHeader {
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
export const MAX_CHILDREN = 100;

/** card-service/card-section */
export class CardSection {
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
export class FixedFooter {
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
export class CardAction extends Clickable {
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
export class Card {
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
export const MAX_WIDGETS_PER_CARD = 100;

/** card-service/card-builder */
export class CardBuilder {
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
