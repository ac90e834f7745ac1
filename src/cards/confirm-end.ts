import { STRINGS } from '../i18n/strings';
import type { SpaceView } from '../meet/spaces';
import { confirmCard } from './confirm';
import { spaceParameters, type SpaceCardKind } from './space';

/** Asks before ending a meeting for everyone. */
export function confirmEndCard(view: SpaceView, from: SpaceCardKind = 'space'): GoogleAppsScript.Card_Service.Card {
  return confirmCard({
    name: 'confirmEnd',
    title: STRINGS.confirmEndTitle,
    lines: [STRINGS.confirmEnd],
    confirm: [STRINGS.endMeeting, 'endMeeting', spaceParameters(view, from)],
  });
}
