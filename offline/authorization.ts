import { notModelled } from './not-modelled';
/**
 * ScriptApp.getAuthorizationInfo as far as MeetLink's self-check reads it
 * (developers.google.com/apps-script/reference/script/authorization-info): the person has granted every
 * scope the manifest lists, so the status is NOT_REQUIRED, the URL null, and the authorized scopes the
 * manifest's oauthScopes. Any AuthMode but FULL is not modelled.
 */
export const AUTHORIZATION_STATUS = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;

export function getAuthorizationInfo(scopes: () => string[]) {
  return (authMode: unknown) => {
    if (authMode !== 'FULL') notModelled(`Not modelled offline: ScriptApp.getAuthorizationInfo(${String(authMode)}); use AuthMode.FULL`);
    return {
      getAuthorizationStatus: () => AUTHORIZATION_STATUS.NOT_REQUIRED,
      getAuthorizationUrl: () => null,
      getAuthorizedScopes: () => [...scopes()],
    };
  };
}
