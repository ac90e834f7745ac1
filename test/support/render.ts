import { clickables, inputs, visibleText, type Json } from '../../offline/card-query';
import { validateCard } from '../../offline/card-schema';
import { createCardService, jsonOf } from '../../offline/card-service';

// Screens call the CardService global, as in Apps Script: the offline one (offline/card-service.ts) stands in for
// it in the test file that imports this module (jest gives each test file its own globals).
(globalThis as unknown as { CardService: unknown }).CardService = createCardService();

/** What pressing a button does: run a MeetLink action (with its parameters), or open a link. */
export interface Press {
  /** The Apps Script function the host calls: always the one dispatcher, `onAction`. */
  function?: string;
  /** The `action` parameter: the handler the dispatcher runs. */
  action?: string;
  parameters: Record<string, string>;
  opens?: string;
  filled: boolean;
}

/** A screen as a person meets it: its JSON (validated against card.proto), what they read, and what they can press. */
export function render(card: GoogleAppsScript.Card_Service.Card) {
  const json: Json = jsonOf(card);
  validateCard(json);
  const found = clickables(json);
  return {
    json,
    /** Every text a person reads, in order, tags stripped. */
    texts: visibleText(json),
    /** All the card's text in one string, lines joined with newlines. */
    text: visibleText(json).join('\n'),
    buttons: found.map((c) => c.label),
    inputs: inputs(json),
    /** Every parameter of the button with this label, `action` included. */
    actionOf: (label: string): Record<string, string> =>
      Object.fromEntries((found.find((c) => c.label === label)?.onClick?.action?.parameters ?? []).map((p: Json) => [p.key, p.value])),
    /** What the button with this label does; throws when the card has none. */
    press(label: string): Press {
      const target = found.find((c) => c.label === label);
      if (!target) throw new Error(`No button "${label}" on the card. Buttons: ${found.map((c) => c.label).join(', ')}`);
      const action = target.onClick.action;
      const { action: name, ...parameters } = Object.fromEntries((action?.parameters ?? []).map((p: Json) => [p.key, p.value]));
      return {
        ...(action ? { function: action.function, action: name } : {}),
        parameters,
        ...(target.onClick.openLink ? { opens: target.onClick.openLink.url } : {}),
        filled: findButton(json, label)?.type === 'FILLED',
      };
    },
  };
}

function findButton(card: Json, label: string): Json {
  for (const section of card.sections ?? []) {
    for (const widget of section.widgets ?? []) {
      const button =
        (widget.buttonList?.buttons ?? []).find((b: Json) => b.text === label) ??
        (widget.decoratedText?.button?.text === label ? widget.decoratedText.button : undefined);
      if (button) return button;
    }
  }
  return undefined;
}
