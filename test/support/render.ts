import { validateCard } from '../../offline/card-schema';
import { createCardService, jsonOf } from '../../offline/card-service';
import { clickables, visibleText, type Json } from '../../offline/card-query';

// Screens call the CardService global, as in Apps Script: the offline one stands in for it in unit tests.
(globalThis as unknown as { CardService: unknown }).CardService = createCardService();

/** A screen as a person meets it: its JSON (validated against card.proto), the text they read and what they can press. */
export function render(card: GoogleAppsScript.Card_Service.Card) {
  const json: Json = jsonOf(card);
  validateCard(json);
  return {
    json,
    text: visibleText(json).join('\n'),
    buttons: clickables(json).map((c) => c.label),
    /** The `action` parameter of the button with this label (every card action goes through onAction). */
    actionOf: (label: string) => {
      const found = clickables(json).find((c) => c.label === label);
      const parameters: { key: string; value: string }[] = found?.onClick?.action?.parameters ?? [];
      return Object.fromEntries(parameters.map((p) => [p.key, p.value]));
    },
  };
}
