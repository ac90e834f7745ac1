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
 * Date-only and time-only pickers are DatePicker and TimePicker below.
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
    this.#valueMs = msSinceEpoch('DateTimePicker.setValueInMsSinceEpoch', valueMsEpoch);
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

/**
 * card-service/date-picker: "An input field that allows inputing a date." Methods: setFieldName ("Required; the
 * specified field name must be unique"), setTitle, setValueInMsSinceEpoch ("Either a number or string is
 * acceptable"), setOnChangeAction. On the wire: card.v1 DateTimePicker with type DATE_ONLY, whose valueMsEpoch is
 * "a calendar date at 00:00:00 UTC" (card.proto, DateTimePicker.value_ms_epoch). The host sends it back as
 * formInputs[name].dateInput.msSinceEpoch (add-ons/concepts/event-objects, "Form inputs"). MeetLink does not use it.
 */
export class DatePicker {
  #fieldName?: string;
  #title?: string;
  #valueMs?: string;
  #onChangeAction?: Action;
  setFieldName(fieldName: string): this {
    this.#fieldName = str('DatePicker.setFieldName', fieldName);
    return this;
  }
  setTitle(title: string): this {
    this.#title = str('DatePicker.setTitle', title);
    return this;
  }
  setValueInMsSinceEpoch(valueMsEpoch: number | string): this {
    this.#valueMs = msSinceEpoch('DatePicker.setValueInMsSinceEpoch', valueMsEpoch);
    return this;
  }
  setOnChangeAction(action: Action): this {
    this.#onChangeAction = instance('DatePicker.setOnChangeAction', action, Action);
    return this;
  }
  [WIDGET](): CardJson {
    return {
      dateTimePicker: compact({
        name: need(this.#fieldName, 'A DatePicker must have a field name (DatePicker.setFieldName).'),
        label: this.#title,
        type: 'DATE_ONLY',
        valueMsEpoch: this.#valueMs,
        onChangeAction: this.#onChangeAction?.[JSON_OF](),
      }),
    };
  }
}

/**
 * card-service/time-picker: "An input field that allows users to input a time." Methods: setFieldName
 * ("Required"), setTitle, setHours ("The hours value to set, in 0-23"), setMinutes ("in 0-59"), setOnChangeAction.
 * On the wire: card.v1 DateTimePicker with type TIME_ONLY, whose valueMsEpoch is "a time in UTC" counted from
 * midnight ("to represent 12:00 PM, use 43200000": card.proto, DateTimePicker.value_ms_epoch). The host sends it
 * back as formInputs[name].timeInput {hours, minutes} (event-objects, "Form inputs"). The words Apps Script throws
 * for an hour outside 0–23 are not published: ours name the range. MeetLink does not use it.
 */
export class TimePicker {
  #fieldName?: string;
  #title?: string;
  #hours?: number;
  #minutes?: number;
  #onChangeAction?: Action;
  setFieldName(fieldName: string): this {
    this.#fieldName = str('TimePicker.setFieldName', fieldName);
    return this;
  }
  setTitle(title: string): this {
    this.#title = str('TimePicker.setTitle', title);
    return this;
  }
  setHours(hours: number): this {
    this.#hours = inRange('TimePicker.setHours', hours, 23);
    return this;
  }
  setMinutes(minutes: number): this {
    this.#minutes = inRange('TimePicker.setMinutes', minutes, 59);
    return this;
  }
  setOnChangeAction(action: Action): this {
    this.#onChangeAction = instance('TimePicker.setOnChangeAction', action, Action);
    return this;
  }
  [WIDGET](): CardJson {
    const set = this.#hours !== undefined || this.#minutes !== undefined;
    return {
      dateTimePicker: compact({
        name: need(this.#fieldName, 'A TimePicker must have a field name (TimePicker.setFieldName).'),
        label: this.#title,
        type: 'TIME_ONLY',
        valueMsEpoch: set ? String(((this.#hours ?? 0) * 60 + (this.#minutes ?? 0)) * 60_000) : undefined,
        onChangeAction: this.#onChangeAction?.[JSON_OF](),
      }),
    };
  }
}

/** "Either a number or string is acceptable" (setValueInMsSinceEpoch): an int64, as a string on the wire. */
function msSinceEpoch(method: string, value: number | string): string {
  const ok = (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^-?\d+$/.test(value));
  if (!ok) throw mismatch(method, value);
  return String(Math.trunc(Number(value)));
}

function inRange(method: string, value: number, max: number): number {
  const n = int(method, value);
  if (n < 0 || n > max) throw new Error(`Exception: Invalid argument: ${method} (0 to ${max})`);
  return n;
}
