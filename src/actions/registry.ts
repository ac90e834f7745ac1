import type { ActionName } from '../host/actions';
import { AFTER_HANDLERS } from './after-actions';
import type { App } from './app';
import { DATA_HANDLERS, DATA_WHEN_USED } from './data-actions';
import { EVENT_HANDLERS } from './event-actions';
import { LINK_HANDLERS } from './link-actions';
import { INVITE_HANDLERS } from './invite-actions';
import { REPLY_HANDLERS } from './reply-actions';
import type { Handler } from './respond';
import { SETTINGS_HANDLERS } from './settings-actions';
import { SPACE_HANDLERS } from './space-actions';

/**
 * Every card action, by the name its `action` parameter carries: one map per feature, exactly the names in
 * host/actions.ts (each map `satisfies` a partial record of them, so a handler no card can name is a type error).
 */
export const HANDLERS: Record<ActionName, Handler> = {
  ...LINK_HANDLERS,
  ...REPLY_HANDLERS,
  ...INVITE_HANDLERS,
  ...EVENT_HANDLERS,
  ...SETTINGS_HANDLERS,
  ...SPACE_HANDLERS,
  ...DATA_HANDLERS,
  ...AFTER_HANDLERS,
};

/** Actions that call Google only sometimes: whether this press will (feature-scopes.ts, `whenUsed`). */
export const WHEN_USED: Partial<Record<ActionName, (app: App) => boolean>> = {
  ...DATA_WHEN_USED,
};
