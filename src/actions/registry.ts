import { EVENT_HANDLERS, LINK_HANDLERS, SETTINGS_HANDLERS } from './handlers';
import { SPACE_HANDLERS } from './space-handlers';

/** Every card action, by the name its `action` parameter carries. One map per feature. */
export const HANDLERS = { ...LINK_HANDLERS, ...EVENT_HANDLERS, ...SETTINGS_HANDLERS, ...SPACE_HANDLERS };

export type ActionName = keyof typeof HANDLERS;
