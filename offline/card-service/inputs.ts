import { Action } from './actions';
import { bool, compact, instance, int, JSON_OF, member, mismatch, need, str, WIDGET } from './checks';
import { type EnumValue, SelectionInputType } from './enums';
import type { CardJson } from './wire';
import { HostAppDataSource } from './workflow';

/** Form inputs: what the person types or chooses comes back in the event object's formInputs. */

/** card-service/text-input */
export class TextInput {
  #fieldName?: string;
  #title?: string;
  #value?: string;
  #hint?: string;
  #multiline?: boolean;
  #hostAppDataSource?: HostAppDataSource;
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
  /** text-input#setHostAppDataSource: Google Workspace Studio only (./workflow.ts). */
  setHostAppDataSource(hostAppDataSource: HostAppDataSource): this {
    this.#hostAppDataSource = instance('TextInput.setHostAppDataSource', hostAppDataSource, HostAppDataSource);
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
        hostAppDataSource: this.#hostAppDataSource?.[JSON_OF](),
      }),
    };
  }
}

/** card.v1 SelectionInput.items: "Supports up to 100 items." */
export const MAX_SELECTION_ITEMS = 100;

/** card-service/selection-input */
export class SelectionInput {
  #fieldName?: string;
  #title?: string;
  #type?: string;
  #items: CardJson[] = [];
  #onChangeAction?: Action;
  setFieldName(fieldName: string): this {
    this.#fieldName = str('SelectionInput.setFieldName', fieldName);
    return this;
  }
  /** selection-input#setOnChangeAction: "an Action to be performed whenever the selection input changes" (card.v1 onChangeAction). */
  setOnChangeAction(action: Action): this {
    this.#onChangeAction = instance('SelectionInput.setOnChangeAction', action, Action);
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
        onChangeAction: this.#onChangeAction?.[JSON_OF](),
      }),
    };
  }
}

/**
 * card-service/date-time-picker: "An input field that allows users to input a date and time." Its value is ms since
 * the epoch, "Either a number or string is acceptable" (setValueInMsSinceEpoch); setTimeZoneOffsetInMins: "If set,
 * the date and time is displayed in the specified time zone. If not set, the time is displayed in the user's time
 * zone." On the wire it is card.v1 DateTimePicker {name, label, type DATE_AND_TIME, valueMsEpoch (int64),
 * timezoneOffsetDate (int32)}. The host sends it back as formInputs[name].dateTimeInput (host-events.ts).
 * Date-only and time-only pickers (newDatePicker, newTimePicker) are not modelled.
 */
export class DateTimePicker {
  #fieldName?: string;
  #title?: string;
  #valueMs?: string;
  #offsetMins?: number;
  #onChangeAction?: Action;
  setFieldName(fieldName: string): this {
    this.#fieldName = str('DateTimePicker.setFieldName', fieldName);
    return this;
  }
  setTitle(title: string): this {
    this.#title = str('DateTimePicker.setTitle', title);
    return this;
  }
  setValueInMsSinceEpoch(valueMsEpoch: number | string): this {
    const ok =
      (typeof valueMsEpoch === 'number' && Number.isFinite(valueMsEpoch)) || (typeof valueMsEpoch === 'string' && /^-?\d+$/.test(valueMsEpoch));
    if (!ok) throw mismatch('DateTimePicker.setValueInMsSinceEpoch', valueMsEpoch);
    this.#valueMs = String(Math.trunc(Number(valueMsEpoch)));
    return this;
  }
  setTimeZoneOffsetInMins(timeZoneOffsetMins: number): this {
    this.#offsetMins = int('DateTimePicker.setTimeZoneOffsetInMins', timeZoneOffsetMins);
    return this;
  }
  setOnChangeAction(action: Action): this {
    this.#onChangeAction = instance('DateTimePicker.setOnChangeAction', action, Action);
    return this;
  }
  /** date-time-picker#setFieldName: "Required." */
  [WIDGET](): CardJson {
    return {
      dateTimePicker: compact({
        name: need(this.#fieldName, 'A DateTimePicker must have a field name (DateTimePicker.setFieldName).'),
        label: this.#title,
        type: 'DATE_AND_TIME',
        valueMsEpoch: this.#valueMs,
        timezoneOffsetDate: this.#offsetMins,
        onChangeAction: this.#onChangeAction?.[JSON_OF](),
      }),
    };
  }
}
