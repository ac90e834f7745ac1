import { clickables, inputs, visibleText, type Json } from '../../offline/card-query';
import { validateCard } from '../../offline/card-schema';
import { createCardService, jsonOf } from '../../offline/card-service';

/**
 * Cards tested one at a time: the fake CardService (offline/card-service.ts) installed as the global the
 * cards call, and what a person reads and can click on the card it builds, after checking it against card.proto.
 */
export function useFakeCardService(): void {
  const scope = globalThis as { CardService?: unknown };
  let before: unknown;
  beforeAll(() => {
    before = scope.CardService;
    scope.CardService = createCardService();
  });
  afterAll(() => {
    scope.CardService = before;
  });
}

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

export function render(card: unknown) {
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
