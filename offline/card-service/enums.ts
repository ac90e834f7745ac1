/**
 * CardService enums, each from its reference page (developers.google.com/apps-script/reference/card-service/<kebab-name>).
 * A member is an opaque object whose string form is its name: a plain string is not a member.
 */
export const ENUM_TYPE = Symbol('enumType');

/** An Apps Script enum member: an opaque object whose string form is its name. */
export class EnumValue {
  readonly #type: string;
  readonly #name: string;
  constructor(type: string, name: string) {
    this.#type = type;
    this.#name = name;
  }
  get [ENUM_TYPE](): string {
    return this.#type;
  }
  toString(): string {
    return this.#name;
  }
}
export type Enum = Readonly<Record<string, EnumValue>>;

export function defineEnum<const N extends string>(type: string, names: readonly N[]): Readonly<Record<N, EnumValue>> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, new EnumValue(type, name)])) as Record<N, EnumValue>);
}

// Enums, each from its reference page (developers.google.com/apps-script/reference/card-service/<kebab-name>).
export const ContentType = defineEnum('ContentType', ['TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML']);
export const UpdateDraftBodyType = defineEnum('UpdateDraftBodyType', ['IN_PLACE_INSERT', 'INSERT_AT_START', 'INSERT_AT_END']);
/** TEXT is "DO NOT USE. Deprecated version of OUTLINED" (text-button-style). */
export const TextButtonStyle = defineEnum('TextButtonStyle', ['OUTLINED', 'TEXT', 'FILLED', 'FILLED_TONAL', 'BORDERLESS']);
export const SelectionInputType = defineEnum('SelectionInputType', ['CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH']);
export const SwitchControlType = defineEnum('SwitchControlType', ['SWITCH', 'CHECK_BOX']);
export const LoadIndicator = defineEnum('LoadIndicator', ['SPINNER', 'NONE']);
export const OpenAs = defineEnum('OpenAs', ['FULL_SIZE', 'OVERLAY']);
export const OnClose = defineEnum('OnClose', ['NOTHING', 'RELOAD']);
/** A subset of CardService.Icon; each name is also the card's `knownIcon` value. */
export const Icon = defineEnum('Icon', [
  'BOOKMARK',
  'CLOCK',
  'DESCRIPTION',
  'EMAIL',
  'INVITE',
  'MULTIPLE_PEOPLE',
  'PERSON',
  'PHONE',
  'STAR',
  'VIDEO_CAMERA',
]);
export const ImageStyle = defineEnum('ImageStyle', ['SQUARE', 'CIRCLE']);
export const DisplayStyle = defineEnum('DisplayStyle', ['PEEK', 'REPLACE']);
/** composed-email-type: whether a compose action's draft is a reply to the open message or a standalone draft. */
export const ComposedEmailType = defineEnum('ComposedEmailType', ['REPLY_AS_DRAFT', 'STANDALONE_DRAFT']);
