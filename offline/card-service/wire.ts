/** The JSON shapes the host receives (google.apps.card.v1 and apps.extensions.markup), loosely typed. */

/** Loose JSON: the google.apps.card.v1 shapes are checked by card-schema.ts, not by TypeScript. */
export type CardJson = { [key: string]: unknown };

export interface OpenLinkJson {
  url: string;
  openAs?: string;
  onClose?: string;
}
export type NavigationJson = { pushCard: CardJson } | { updateCard: CardJson } | { pop: true } | { popToRoot: true };

/** What the host receives (RenderActions, developers.google.com/workspace/add-ons/reference/rpc/google.apps.card.v1). */
export interface HostResponse {
  action?: { navigations?: NavigationJson[]; notification?: { text: string }; link?: OpenLinkJson };
  hostAppAction?: {
    gmailAction: {
      updateDraftActionMarkup?: {
        updateBody?: { insertContents: { content: string; contentType: string }[]; type: string };
        updateToRecipients?: { toRecipients: { email: string }[] };
        updateSubject?: { subject: string };
      };
      openCreatedDraftActionMarkup?: OpenCreatedDraftJson;
    };
  };
}

/**
 * apps.extensions.markup GmailClientActionMarkup.OpenCreatedDraftActionMarkup: "Opens a newly created draft"
 * (developers.google.com/workspace/add-ons/reference/rpc/apps.extensions.markup): draftId "in the form r123",
 * draftThreadId, and the server ids draftStorageId / draftThreadServerPermId (which the fake does not send).
 */
export interface OpenCreatedDraftJson {
  draftId: string;
  draftThreadId: string;
}
