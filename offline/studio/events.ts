import { LOCALE_SCOPE, sharesLocale, zoneOffsetMs } from '../host-events';
import { notModelled } from '../not-modelled';
import type { Manifest } from '../runtime';
import type { Account } from '../services';

type Json = any;

/** A value of a step's input, as a test or the preview gives it: what the config card or an earlier step set. */
export type StepInputValue = string | number | boolean;

/**
 * How Studio puts an input's value into `workflow.actionInvocation.inputs.{id}`. The event-objects sample shows a
 * STRING input as `stringValues` and INTEGER inputs as `integerValues` (`typed`); Google's own error-handling sample
 * reads an INTEGER input from `stringValues` as well (a value typed into a text input), so `strings` sends every
 * value as text. BOOLEAN as `booleanValues` and EMAIL_ADDRESS as `stringValues` are *unconfirmed* under `typed`:
 * no sample shows them. A step must read both.
 */
export type InputEncoding = 'typed' | 'strings';

/** The event's common part: hostApp WORKFLOW, platform WEB; userLocale and timeZone only as for every host (below). */
function common(manifest: Manifest, account: Account, now: number, localeGranted: boolean): { common: Json; legacy: Json } {
  const common: Json = { hostApp: 'WORKFLOW', platform: 'WEB' };
  // The sample event carries userLocale and timeZone {offset, id}. They are gated as for Gmail and Calendar
  // (useLocaleFromApp and the script.locale scope, granted: add-ons/how-tos/access-user-locale); that Studio gates
  // them the same way is *unconfirmed*, and the unkind reading.
  const legacy: Json = { hostApp: 'flows', clientPlatform: 'web' };
  if (sharesLocale(manifest) && localeGranted) {
    const offset = zoneOffsetMs(account.timeZone, now);
    Object.assign(common, { userLocale: account.locale, timeZone: { offset, id: account.timeZone } });
    // The sample's legacy fields: userLocale is the language alone ("en" beside "en-US"), and userTimezone spells
    // its offset "offSet", as a string.
    Object.assign(legacy, { userLocale: account.locale.split('-')[0], userTimezone: { id: account.timeZone, offSet: String(offset) } });
  }
  return { common, legacy };
}

export interface StudioEventInput {
  manifest: Manifest;
  account: Account;
  now: number;
  /** Whether the person granted script.locale (granular consent may have unticked it). */
  localeGranted: boolean;
}

/**
 * The event of onExecuteFunction (developers.google.com/workspace/add-ons/studio/event-objects, "actionInvocation"):
 * `workflow.triggerEventSource` and `workflow.actionInvocation.inputs`, each input by id with its values in the
 * array of its declared type. An input with no value is left out (*unconfirmed*: the sample fills every input).
 * `userCountry` is in the sample but the fake knows no country: not sent, and MeetLink does not read it.
 */
export function executeEvent(
  input: StudioEventInput & { declared: Record<string, string>; values: Record<string, StepInputValue>; encoding: InputEncoding },
): Json {
  const inputs: Json = {};
  for (const [id, value] of Object.entries(input.values)) {
    if (value === '' || value === undefined) continue;
    inputs[id] = encode(input.declared[id], value, input.encoding);
  }
  const { common: commonEventObject, legacy } = common(input.manifest, input.account, input.now, input.localeGranted);
  return { workflow: { triggerEventSource: 'TRIGGER_EVENT_SOURCE_AUTOMATED', actionInvocation: { inputs } }, ...legacy, commonEventObject };
}

/**
 * The event of onConfigFunction: not documented (Google's config samples take no argument). The fake sends the
 * common event object alone, hostApp WORKFLOW (*unconfirmed*); a config function must not need more.
 */
export function configEvent(input: StudioEventInput): Json {
  const { common: commonEventObject, legacy } = common(input.manifest, input.account, input.now, input.localeGranted);
  return { ...legacy, commonEventObject };
}

function encode(type: string | undefined, value: StepInputValue, encoding: InputEncoding): Json {
  if (encoding === 'strings') return { stringValues: [String(value)] };
  switch (type) {
    case 'INTEGER':
      if (!Number.isSafeInteger(Number(value))) throw new Error(`offline Studio: ${String(value)} is not an integer`);
      return { integerValues: [Number(value)] };
    case 'BOOLEAN':
      return { booleanValues: [value === true || value === 'true'] };
    case 'STRING':
    case 'EMAIL_ADDRESS':
      return { stringValues: [String(value)] };
    default:
      return notModelled(`Offline Studio: an input of type ${String(type)} is not modelled (how Studio sends it is not documented).`);
  }
}

export { LOCALE_SCOPE };
