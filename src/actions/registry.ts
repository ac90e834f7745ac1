import { EVENT_HANDLERS, LINK_HANDLERS, SETTINGS_HANDLERS } from './handlers';

/** Every card action, by the name its `action` parameter carries. One map per feature. */
export const HANDLERS = { ...LINK_HANDLERS, ...EVENT_HANDLERS, ...SETTINGS_HANDLERS };

export type ActionName = keyof typeof HANDLERS;
