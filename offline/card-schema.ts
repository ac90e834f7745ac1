import * as protobuf from 'protobufjs';

/**
 * Strict validation of what an add-on sends its host, against Google's own card schema:
 * `google.apps.card.v1` as shipped in `@google-apps/chat` (build/protos/protos.json; docs/google-behaviour.md, "Add-on hosts").
 *
 * protobufjs's fromObject/verify ignore unknown fields, so this walks the reflection objects itself and
 * rejects, naming the JSON path: unknown fields, wrong scalar types, enum values that are not one of the
 * enum's names, repeated fields that are not arrays, two members of one oneof, and null or undefined values
 * (proto3 JSON reads null as "unset"; our fakes never mean to send it, so it is treated as a bug).
 * Field names are the protobuf JSON (lowerCamelCase) names; snake_case spellings are rejected.
 */

export class CardSchemaError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || '(root)'}: ${problem}`);
    this.name = 'CardSchemaError';
  }
}

/**
 * The host-response envelope, transcribed into protobufjs JSON so the same strict walker checks it together
 * with the cards inside. Only the members the offline CardService emits are transcribed; any other member is
 * an unknown field and throws.
 * - RenderActions, RenderActions.Action, Navigation, Notification:
 *   developers.google.com/workspace/add-ons/reference/rpc/google.apps.card.v1
 * - HostAppActionMarkup, GmailClientActionMarkup (one of its actions), UpdateDraftActionMarkup.UpdateBody
 *   (InsertContent, ContentType, Type), .UpdateToRecipients (toRecipients: Recipient {email}), .UpdateSubject
 *   (subject; the same markup as published in googleapis.dev's cloudsearch_v1 copies), OpenCreatedDraftActionMarkup (draftId "in the form r123", draftStorageId,
 *   draftThreadId, draftThreadServerPermId): developers.google.com/workspace/add-ons/reference/rpc/apps.extensions.markup
 * Field ids are placeholders: only the JSON names matter here.
 */
const CARD = 'google.apps.card.v1';
const ENVELOPE = {
  RenderActions: {
    fields: { action: { type: 'Action', id: 1 }, hostAppAction: { type: 'HostAppActionMarkup', id: 2 } },
    nested: {
      Action: {
        fields: {
          navigations: { rule: 'repeated', type: 'Navigation', id: 1 },
          link: { type: `${CARD}.OpenLink`, id: 2 },
          notification: { type: 'Notification', id: 3 },
        },
      },
    },
  },
  Navigation: {
    oneofs: { navigateAction: { oneof: ['popToRoot', 'pop', 'popToCard', 'pushCard', 'updateCard'] } },
    fields: {
      popToRoot: { type: 'bool', id: 1 },
      pop: { type: 'bool', id: 2 },
      popToCard: { type: 'string', id: 3 },
      pushCard: { type: `${CARD}.Card`, id: 4 },
      updateCard: { type: `${CARD}.Card`, id: 5 },
    },
  },
  Notification: { fields: { text: { type: 'string', id: 1 } } },
  HostAppActionMarkup: { fields: { gmailAction: { type: 'GmailClientActionMarkup', id: 1 } } },
  GmailClientActionMarkup: {
    oneofs: { action: { oneof: ['updateDraftActionMarkup', 'openCreatedDraftActionMarkup'] } },
    fields: {
      updateDraftActionMarkup: { type: 'UpdateDraftActionMarkup', id: 1 },
      openCreatedDraftActionMarkup: { type: 'OpenCreatedDraftActionMarkup', id: 2 },
    },
  },
  OpenCreatedDraftActionMarkup: {
    fields: {
      draftId: { type: 'string', id: 1 },
      draftStorageId: { type: 'string', id: 2 },
      draftThreadId: { type: 'string', id: 3 },
      draftThreadServerPermId: { type: 'string', id: 4 },
    },
  },
  UpdateDraftActionMarkup: {
    fields: {
      updateBody: { type: 'UpdateBody', id: 1 },
      updateToRecipients: { type: 'UpdateToRecipients', id: 2 },
      updateSubject: { type: 'UpdateSubject', id: 5 },
    },
    nested: {
      UpdateToRecipients: { fields: { toRecipients: { rule: 'repeated', type: 'Recipient', id: 1 } } },
      Recipient: { fields: { email: { type: 'string', id: 1 } } },
      UpdateSubject: { fields: { subject: { type: 'string', id: 1 } } },
      UpdateBody: {
        fields: {
          insertContents: { rule: 'repeated', type: 'InsertContent', id: 1 },
          type: { type: 'Type', id: 2 },
        },
        nested: {
          InsertContent: { fields: { content: { type: 'string', id: 1 }, contentType: { type: 'ContentType', id: 2 } } },
          ContentType: { values: { UNSPECIFIED_CONTENT_TYPE: 0, TEXT: 1, MUTABLE_HTML: 2, IMMUTABLE_HTML: 3 } },
          Type: {
            values: { UNSPECIFIED_ACTION_TYPE: 0, IN_PLACE_INSERT: 1, INSERT_AT_START: 2, INSERT_AT_END: 3, REPLACE: 4 },
          },
        },
      },
    },
  },
};

/**
 * What Google Workspace Studio adds to card.proto's TextInput (which predates it): `hostAppDataSource`, a
 * HostAppDataSourceMarkup whose `workflowDataSource` {includeVariables, type} lets a step's config card offer the
 * flow's variables (googleapis chat_v1 GoogleAppsCardV1TextInput.hostAppDataSource, HostAppDataSourceMarkup,
 * WorkflowDataSourceMarkup; card-service/workflow-data-source-type for the type's values). Chat's own
 * `chatDataSource` member is not modelled.
 */
const STUDIO_CARD = {
  HostAppDataSourceMarkup: { fields: { workflowDataSource: { type: 'WorkflowDataSourceMarkup', id: 1 } } },
  WorkflowDataSourceMarkup: {
    fields: { includeVariables: { type: 'bool', id: 1 }, type: { type: 'Type', id: 2 } },
    nested: { Type: { values: { UNKNOWN: 0, USER: 1, SPACE: 2, USER_WITH_FREE_FORM: 3 } } },
  },
};

interface Schema {
  card: protobuf.Type;
  hostResponse: protobuf.Type;
}
let loaded: Schema | undefined;

/** Loads Google's protos once per process. */
function schema(): Schema {
  if (!loaded) {
    const root = protobuf.Root.fromJSON(require('@google-apps/chat/build/protos/protos.json'));
    root.define('offline.transcribed').addJSON(ENVELOPE);
    root.define('offline.studio').addJSON(STUDIO_CARD);
    const studioSource = new protobuf.Field('hostAppDataSource', 1000, '.offline.studio.HostAppDataSourceMarkup');
    root.lookupType(`${CARD}.TextInput`).add(studioSource);
    root.resolveAll();
    studioSource.resolve();
    loaded = {
      card: root.lookupType(`${CARD}.Card`),
      hostResponse: root.lookupType('offline.transcribed.RenderActions'),
    };
  }
  return loaded;
}

/** Throws a CardSchemaError naming the first path where `json` breaks the google.apps.card.v1 `Card` schema. */
export function validateCard(json: unknown): void {
  checkMessage(schema().card, json, '');
}

/**
 * Validates a whole host response: its envelope (unknown keys throw) and every card in a pushCard or
 * updateCard navigation. An envelope with neither `action` nor `hostAppAction` tells the host nothing.
 */
export function validateHostResponse(json: unknown): void {
  checkMessage(schema().hostResponse, json, '');
  const { action, hostAppAction } = json as { action?: unknown; hostAppAction?: unknown };
  if (action === undefined && hostAppAction === undefined) {
    throw new CardSchemaError('', 'a host response needs action or hostAppAction');
  }
}

function checkMessage(type: protobuf.Type, value: unknown, path: string): void {
  if (!isPlainObject(value)) throw new CardSchemaError(path, `expected a ${type.name} object, got ${describe(value)}`);
  for (const [key, member] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    const field = type.fields[key];
    if (!field) throw new CardSchemaError(at, 'unknown field');
    checkField(field, member, at);
  }
  for (const oneof of type.oneofsArray) {
    const set = oneof.oneof.filter((name) => name in value);
    if (set.length > 1) throw new CardSchemaError(path, `oneof ${oneof.name} has ${set.join(' and ')} set; at most one is allowed`);
  }
}

function checkField(field: protobuf.Field, value: unknown, path: string): void {
  if (value === null || value === undefined) throw new CardSchemaError(path, `${describe(value)} (omit the field instead)`);
  if (field.map) throw new CardSchemaError(path, 'map fields are not modelled');
  if (!field.repeated) return checkValue(field, value, path);
  if (!Array.isArray(value)) throw new CardSchemaError(path, `expected an array (repeated ${field.type}), got ${describe(value)}`);
  for (const [i, item] of value.entries()) checkValue(field, item, `${path}[${i}]`);
}

function checkValue(field: protobuf.Field, value: unknown, path: string): void {
  const type = field.resolvedType;
  if (type instanceof protobuf.Enum) return checkEnum(type, value, path);
  if (type instanceof protobuf.Type) {
    const wrapped = WRAPPERS[type.fullName];
    if (wrapped) return checkScalar(wrapped, value, path);
    if (type.fullName.startsWith('.google.protobuf.')) throw new CardSchemaError(path, `${type.fullName} is not modelled`);
    return checkMessage(type, value, path);
  }
  checkScalar(field.type, value, path);
}

/** Enum values in JSON are the value names (Google also reads numbers; nothing of ours sends them). */
function checkEnum(type: protobuf.Enum, value: unknown, path: string): void {
  if (typeof value === 'string' && Object.hasOwn(type.values, value)) return;
  const names = Object.keys(type.values).join(', ');
  throw new CardSchemaError(path, `bad enum value ${describe(value)} for ${type.name} (one of ${names})`);
}

/** Wrapper types are bare scalars in JSON (protobuf JSON mapping); card.v1 uses FloatValue for Color.alpha. */
const WRAPPERS: Record<string, string> = {
  '.google.protobuf.FloatValue': 'float',
  '.google.protobuf.DoubleValue': 'double',
  '.google.protobuf.Int32Value': 'int32',
  '.google.protobuf.UInt32Value': 'uint32',
  '.google.protobuf.Int64Value': 'int64',
  '.google.protobuf.UInt64Value': 'uint64',
  '.google.protobuf.BoolValue': 'bool',
  '.google.protobuf.StringValue': 'string',
};

const isInt = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isInt64 = (v: unknown, signed: boolean) =>
  (typeof v === 'number' && Number.isSafeInteger(v) && (signed || v >= 0)) || (typeof v === 'string' && (signed ? /^-?\d+$/ : /^\d+$/).test(v));

/** The protobuf JSON mapping of scalars (protobuf.dev/programming-guides/json). */
const SCALARS: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  bool: (v) => typeof v === 'boolean',
  int32: (v) => isInt(v, -(2 ** 31), 2 ** 31 - 1),
  sint32: (v) => isInt(v, -(2 ** 31), 2 ** 31 - 1),
  sfixed32: (v) => isInt(v, -(2 ** 31), 2 ** 31 - 1),
  uint32: (v) => isInt(v, 0, 2 ** 32 - 1),
  fixed32: (v) => isInt(v, 0, 2 ** 32 - 1),
  int64: (v) => isInt64(v, true),
  sint64: (v) => isInt64(v, true),
  sfixed64: (v) => isInt64(v, true),
  uint64: (v) => isInt64(v, false),
  fixed64: (v) => isInt64(v, false),
  double: (v) => typeof v === 'number' && Number.isFinite(v),
  float: (v) => typeof v === 'number' && Number.isFinite(v),
  bytes: (v) => typeof v === 'string' && /^[A-Za-z0-9+/_-]*={0,2}$/.test(v),
};

function checkScalar(type: string, value: unknown, path: string): void {
  const accepts = SCALARS[type];
  if (!accepts) throw new CardSchemaError(path, `scalar type ${type} is not modelled`);
  if (!accepts(value)) throw new CardSchemaError(path, `expected ${type}, got ${describe(value)}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
