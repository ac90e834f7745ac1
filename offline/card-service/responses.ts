import { validateHostResponse } from '../card-schema';
import { Card } from './cards';
import { bool, compact, instance, JSON_OF, member, mismatch, NAVIGATIONS, need, str } from './checks';
import { OpenLink } from './actions';
import { ContentType, type EnumValue, UpdateDraftBodyType } from './enums';
import { openCreatedDraftOf } from '../gmail/gmail-app';
import { notModelled } from '../not-modelled';
import type { HostResponse, NavigationJson, OpenCreatedDraftJson } from './wire';

/** What an action returns: navigation, notifications, draft updates and drafts to open; each validated when built. */

/** card-service/navigation; each call adds one step, in order (google.apps.card.v1 Navigation). */
export class Navigation {
  #steps: NavigationJson[] = [];
  pushCard(card: Card): this {
    this.#steps.push({ pushCard: instance('Navigation.pushCard', card, Card)[JSON_OF]() });
    return this;
  }
  updateCard(card: Card): this {
    this.#steps.push({ updateCard: instance('Navigation.updateCard', card, Card)[JSON_OF]() });
    return this;
  }
  popCard(): this {
    this.#steps.push({ pop: true });
    return this;
  }
  popToRoot(): this {
    this.#steps.push({ popToRoot: true });
    return this;
  }
  printJson(): string {
    return JSON.stringify({ navigations: this.#steps }, null, 2);
  }
  [NAVIGATIONS](): NavigationJson[] {
    return structuredClone(this.#steps);
  }
}

/** card-service/notification */
export class Notification {
  #text?: string;
  setText(text: string): this {
    this.#text = str('Notification.setText', text);
    return this;
  }
  /** notification#setText: "Required." */
  [JSON_OF](): { text: string } {
    return { text: need(this.#text, 'A Notification must have text (Notification.setText).') };
  }
}

/** A built response: ActionResponse, UniversalActionResponse or UpdateDraftActionResponse. */
export abstract class BuiltResponse {
  readonly #json: HostResponse;
  constructor(json: HostResponse) {
    validateHostResponse(json);
    this.#json = json;
  }
  printJson(): string {
    return JSON.stringify(this.#json, null, 2);
  }
  [JSON_OF](): HostResponse {
    return structuredClone(this.#json);
  }
}
export class ActionResponse extends BuiltResponse {}
export class UniversalActionResponse extends BuiltResponse {}
export class UpdateDraftActionResponse extends BuiltResponse {}
export class ComposeActionResponse extends BuiltResponse {}

/**
 * card-service/action-response-builder. setStateChanged is accepted but sends nothing: the host's
 * RenderActions.Action has no field for it (add-ons reference, google.apps.card.v1).
 */
export class ActionResponseBuilder {
  #navigation?: Navigation;
  #notification?: Notification;
  #openLink?: OpenLink;
  setNavigation(navigation: Navigation): this {
    this.#navigation = instance('ActionResponseBuilder.setNavigation', navigation, Navigation);
    return this;
  }
  setNotification(notification: Notification): this {
    this.#notification = instance('ActionResponseBuilder.setNotification', notification, Notification);
    return this;
  }
  setOpenLink(openLink: OpenLink): this {
    this.#openLink = instance('ActionResponseBuilder.setOpenLink', openLink, OpenLink);
    return this;
  }
  setStateChanged(stateChanged: boolean): this {
    bool('ActionResponseBuilder.setStateChanged', stateChanged);
    return this;
  }
  build(): ActionResponse {
    const action = compact({
      navigations: this.#navigation?.[NAVIGATIONS](),
      notification: this.#notification?.[JSON_OF](),
      link: this.#openLink?.[JSON_OF](),
    });
    return new ActionResponse({ action });
  }
}

/** card-service/universal-action-response-builder */
export class UniversalActionResponseBuilder {
  #cards?: Card[];
  #openLink?: OpenLink;
  displayAddOnCards(cardObjects: Card[]): this {
    if (!Array.isArray(cardObjects)) throw mismatch('UniversalActionResponseBuilder.displayAddOnCards', cardObjects);
    this.#cards = cardObjects.map((card) => instance('UniversalActionResponseBuilder.displayAddOnCards', card, Card));
    return this;
  }
  setOpenLink(openLink: OpenLink): this {
    this.#openLink = instance('UniversalActionResponseBuilder.setOpenLink', openLink, OpenLink);
    return this;
  }
  build(): UniversalActionResponse {
    const action = compact({ navigations: this.#cards && pushCards(this.#cards), link: this.#openLink?.[JSON_OF]() });
    return new UniversalActionResponse({ action });
  }
}

/**
 * card-service/update-draft-body-action. The update type defaults to IN_PLACE_INSERT ("Default.",
 * update-draft-body-type); the wire enums are apps.extensions.markup UpdateBody.ContentType and Type.
 */
export class UpdateDraftBodyAction {
  #contents: { content: string; contentType: string }[] = [];
  #type = 'IN_PLACE_INSERT';
  addUpdateContent(content: string, contentType: EnumValue): this {
    if (typeof content !== 'string') throw mismatch('UpdateDraftBodyAction.addUpdateContent', content, contentType);
    this.#contents.push({ content, contentType: member('UpdateDraftBodyAction.addUpdateContent', contentType, ContentType) });
    return this;
  }
  setUpdateType(updateType: EnumValue): this {
    this.#type = member('UpdateDraftBodyAction.setUpdateType', updateType, UpdateDraftBodyType);
    return this;
  }
  [JSON_OF](): { insertContents: { content: string; contentType: string }[]; type: string } {
    return { insertContents: structuredClone(this.#contents), type: this.#type };
  }
}

/**
 * card-service/update-draft-to-recipients-action: addUpdateToRecipients(toRecipientEmails: String[]) "Updates the To
 * recipients of an email draft". On the wire, apps.extensions.markup UpdateDraftActionMarkup.updateToRecipients
 * {toRecipients: [{email}]}, which "If set, replaces the existing To recipients of the draft the user is currently
 * editing" (the markup's published copies, e.g. googleapis.dev google-apis-cloudsearch_v1 UpdateToRecipients/Recipient).
 * What a second call does (add or replace), and what Gmail does with a string that is not an address, are not
 * published: both throw.
 */
export class UpdateDraftToRecipientsAction {
  #emails?: string[];
  addUpdateToRecipients(toRecipientEmails: string[]): this {
    const method = 'UpdateDraftToRecipientsAction.addUpdateToRecipients';
    if (!Array.isArray(toRecipientEmails) || toRecipientEmails.some((e) => typeof e !== 'string')) throw mismatch(method, toRecipientEmails);
    if (this.#emails) notModelled(`Offline CardService: ${method} called twice is not modelled (whether it adds or replaces is not published).`);
    for (const email of toRecipientEmails) {
      if (!/^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]+$/.test(email)) {
        notModelled(
          `Offline CardService: ${method} with "${email}", which is not an address, is not modelled (what Gmail does with it is not published).`,
        );
      }
    }
    this.#emails = [...toRecipientEmails];
    return this;
  }
  [JSON_OF](): { toRecipients: { email: string }[] } {
    return {
      toRecipients: need(this.#emails, 'An UpdateDraftToRecipientsAction needs its recipients (addUpdateToRecipients).').map((email) => ({ email })),
    };
  }
}

/** card-service/update-draft-subject-action: addUpdateSubject(subject) "Updates the subject line of an email draft"; on the wire updateSubject {subject}. */
export class UpdateDraftSubjectAction {
  #subject?: string;
  addUpdateSubject(subject: string): this {
    if (this.#subject !== undefined)
      notModelled('Offline CardService: UpdateDraftSubjectAction.addUpdateSubject called twice is not modelled (not published).');
    this.#subject = str('UpdateDraftSubjectAction.addUpdateSubject', subject);
    return this;
  }
  [JSON_OF](): { subject: string } {
    return { subject: need(this.#subject, 'An UpdateDraftSubjectAction needs its subject (addUpdateSubject).') };
  }
}

/**
 * card-service/update-draft-action-response-builder: the body, To and subject updates (Cc and Bcc are not modelled).
 * build() "Builds the current update draft action response and validates it": one with no update at all throws.
 */
export class UpdateDraftActionResponseBuilder {
  #bodyAction?: UpdateDraftBodyAction;
  #toAction?: UpdateDraftToRecipientsAction;
  #subjectAction?: UpdateDraftSubjectAction;
  setUpdateDraftBodyAction(updateDraftBodyAction: UpdateDraftBodyAction): this {
    this.#bodyAction = instance('UpdateDraftActionResponseBuilder.setUpdateDraftBodyAction', updateDraftBodyAction, UpdateDraftBodyAction);
    return this;
  }
  setUpdateDraftToRecipientsAction(updateDraftToRecipientsAction: UpdateDraftToRecipientsAction): this {
    this.#toAction = instance(
      'UpdateDraftActionResponseBuilder.setUpdateDraftToRecipientsAction',
      updateDraftToRecipientsAction,
      UpdateDraftToRecipientsAction,
    );
    return this;
  }
  setUpdateDraftSubjectAction(updateDraftSubjectAction: UpdateDraftSubjectAction): this {
    this.#subjectAction = instance(
      'UpdateDraftActionResponseBuilder.setUpdateDraftSubjectAction',
      updateDraftSubjectAction,
      UpdateDraftSubjectAction,
    );
    return this;
  }
  build(): UpdateDraftActionResponse {
    if (!this.#bodyAction && !this.#toAction && !this.#subjectAction) {
      throw new Error('An UpdateDraftActionResponse needs an update: body, To recipients or subject (setUpdateDraft…Action).');
    }
    const markup = compact({
      updateBody: this.#bodyAction?.[JSON_OF](),
      updateToRecipients: this.#toAction?.[JSON_OF](),
      updateSubject: this.#subjectAction?.[JSON_OF](),
    });
    return new UpdateDraftActionResponse({ hostAppAction: { gmailAction: { updateDraftActionMarkup: markup } } });
  }
}

/**
 * card-service/compose-action-response-builder: setGmailDraft(draft) takes "the draft GmailMessage created using
 * GmailMessage.createDraftReply(body) or similar functions"; build() "Builds the current compose action response
 * and validates it" and throws when it is invalid. On the wire it is Gmail's "open a newly created draft"
 * (apps.extensions.markup GmailClientActionMarkup.openCreatedDraftActionMarkup): Gmail opens it for the person.
 */
export class ComposeActionResponseBuilder {
  #draft?: OpenCreatedDraftJson;
  setGmailDraft(draft: unknown): this {
    const markup = openCreatedDraftOf(draft);
    if (!markup) throw mismatch('ComposeActionResponseBuilder.setGmailDraft', draft);
    this.#draft = markup;
    return this;
  }
  build(): ComposeActionResponse {
    const draft = need(this.#draft, 'A ComposeActionResponse needs a draft (ComposeActionResponseBuilder.setGmailDraft).');
    return new ComposeActionResponse({ hostAppAction: { gmailAction: { openCreatedDraftActionMarkup: { ...draft } } } });
  }
}

export function pushCards(cards: Card[]): NavigationJson[] {
  return cards.map((card) => ({ pushCard: card[JSON_OF]() }));
}
