import { Action, Clickable } from './actions';
import { bool, compact, instance, JSON_OF, member, need, ON_CLICK, str, WIDGET } from './checks';
import { type EnumValue, SwitchControlType, TextButtonStyle } from './enums';
import type { CardJson } from './wire';

/** Buttons and switches. */

/** card-service/switch; it shows only inside a DecoratedText, as card.v1 DecoratedText.SwitchControl. */
export class Switch {
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
export class TextButton extends Clickable {
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

/** card-service/button-set (of TextButtons; ImageButton is not modelled) */
export class ButtonSet {
  #buttons: TextButton[] = [];
  addButton(button: TextButton): this {
    this.#buttons.push(instance('ButtonSet.addButton', button, TextButton));
    return this;
  }
  [WIDGET](): CardJson {
    return { buttonList: { buttons: this.#buttons.map((button) => button[JSON_OF]()) } };
  }
}
