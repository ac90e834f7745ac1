import { validateHostResponse } from '../card-schema';
import { Card, CardBuilder } from './cards';
import { JSON_OF, typeName } from './checks';
import {
  ActionResponseBuilder,
  BuiltResponse,
  ComposeActionResponseBuilder,
  pushCards,
  UniversalActionResponseBuilder,
  UpdateDraftActionResponseBuilder,
} from './responses';
import type { CardJson, HostResponse } from './wire';

/** JSON output: what the host reads of a built card or response. */

/** The JSON of a built Card or response, as the host would read it. */
export function jsonOf(built: unknown): CardJson {
  if (built instanceof Card) return built[JSON_OF]();
  if (built instanceof BuiltResponse) return built[JSON_OF]() as CardJson;
  throw new Error(`jsonOf: ${typeName(built)} is not a built Card or response.`);
}

const BUILDERS = [CardBuilder, ActionResponseBuilder, UniversalActionResponseBuilder, UpdateDraftActionResponseBuilder, ComposeActionResponseBuilder];

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
