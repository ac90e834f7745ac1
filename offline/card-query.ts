/**
 * Reading a card the way a person sees it: its visible text, its buttons and its inputs. Shared by the
 * host simulator (to press buttons and collect form inputs) and by tests (to assert what is shown).
 */
export type Json = any;

export interface Clickable {
  label: string;
  onClick: Json;
  disabled: boolean;
}

export interface InputField {
  name: string;
  kind: 'text' | 'selection' | 'switch' | 'dateTime' | 'date' | 'time';
  /** The values the host would send for it now (stringInputs.value). */
  values: string[];
}

function* widgets(card: Json): Generator<Json> {
  for (const section of card?.sections ?? []) yield* section.widgets ?? [];
}

export function clickables(card: Json): Clickable[] {
  const found: Clickable[] = [];
  const add = (label: string | undefined, onClick: Json, disabled = false) => {
    if (onClick) found.push({ label: label ?? '', onClick, disabled });
  };
  for (const widget of widgets(card)) {
    for (const button of widget.buttonList?.buttons ?? []) add(button.text ?? button.altText, button.onClick, button.disabled);
    if (widget.decoratedText?.button)
      add(widget.decoratedText.button.text, widget.decoratedText.button.onClick, widget.decoratedText.button.disabled);
    if (widget.decoratedText?.onClick) add(widget.decoratedText.text, widget.decoratedText.onClick);
  }
  for (const button of [card?.fixedFooter?.primaryButton, card?.fixedFooter?.secondaryButton]) {
    if (button) add(button.text, button.onClick, button.disabled);
  }
  for (const action of card?.cardActions ?? []) add(action.actionLabel, action.onClick);
  return found;
}

export function inputs(card: Json): InputField[] {
  const found: InputField[] = [];
  for (const widget of widgets(card)) {
    if (widget.textInput) found.push({ name: widget.textInput.name, kind: 'text', values: widget.textInput.value ? [widget.textInput.value] : [] });
    if (widget.selectionInput) {
      const selected = (widget.selectionInput.items ?? []).filter((i: Json) => i.selected).map((i: Json) => String(i.value));
      found.push({ name: widget.selectionInput.name, kind: 'selection', values: selected });
    }
    // A date-time picker holds ms since the epoch (card.v1 DateTimePicker.valueMsEpoch); a date-only one the date at
    // 00:00 UTC, a time-only one the ms since midnight (card.proto, value_ms_epoch).
    if (widget.dateTimePicker) {
      const value = widget.dateTimePicker.valueMsEpoch;
      const type = widget.dateTimePicker.type;
      const kind = type === 'DATE_ONLY' ? 'date' : type === 'TIME_ONLY' ? 'time' : 'dateTime';
      found.push({ name: widget.dateTimePicker.name, kind, values: value === undefined ? [] : [String(value)] });
    }
    const control = widget.decoratedText?.switchControl;
    if (control?.name) found.push({ name: control.name, kind: 'switch', values: control.selected ? [String(control.value ?? 'true')] : [] });
  }
  return found;
}

/** Every piece of text a person can read on the card, in order (HTML tags stripped). */
export function visibleText(card: Json): string[] {
  const texts: string[] = [];
  const push = (t: unknown) => {
    if (typeof t === 'string' && t.trim())
      texts.push(
        t
          .replace(/<[^>]+>/g, '')
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'"),
      );
  };
  push(card?.header?.title);
  push(card?.header?.subtitle);
  for (const section of card?.sections ?? []) {
    push(section.header);
    for (const w of section.widgets ?? []) {
      push(w.textParagraph?.text);
      push(w.decoratedText?.topLabel);
      push(w.decoratedText?.text);
      push(w.decoratedText?.bottomLabel);
      push(w.textInput?.label);
      push(w.textInput?.value);
      push(w.selectionInput?.label);
      push(w.dateTimePicker?.label);
      for (const b of w.buttonList?.buttons ?? []) push(b.text);
      push(w.decoratedText?.button?.text);
    }
  }
  push(card?.fixedFooter?.primaryButton?.text);
  push(card?.fixedFooter?.secondaryButton?.text);
  return texts;
}

/** Every Apps Script function a card's actions name. */
export function actionFunctions(card: Json): string[] {
  const names = clickables(card)
    .map((c) => c.onClick?.action?.function)
    .filter(Boolean);
  for (const widget of widgets(card)) {
    const change = widget.decoratedText?.switchControl?.onChangeAction?.function ?? widget.selectionInput?.onChangeAction?.function;
    if (change) names.push(change);
  }
  return names;
}
