import { Action, OpenLink } from './actions';
import { CardAction, CardBuilder, CardHeader, CardSection, FixedFooter } from './cards';
import { ButtonSet, Switch, TextButton } from './controls';
import {
  ComposedEmailType,
  ContentType,
  DisplayStyle,
  Icon,
  ImageStyle,
  LoadIndicator,
  OnClose,
  OpenAs,
  SelectionInputType,
  SwitchControlType,
  TextButtonStyle,
  UpdateDraftBodyType,
} from './enums';
import { DatePicker, DateTimePicker, SelectionInput, TextInput, TimePicker } from './inputs';
import {
  ActionResponseBuilder,
  ComposeActionResponseBuilder,
  Navigation,
  Notification,
  UniversalActionResponseBuilder,
  UpdateDraftActionResponseBuilder,
  UpdateDraftBodyAction,
  UpdateDraftSubjectAction,
  UpdateDraftToRecipientsAction,
} from './responses';
import { DecoratedText, Divider, IconImage, Image, TextParagraph } from './text-widgets';
import { HostAppDataSource, WorkflowDataSource } from './workflow';

export type { CardJson, HostResponse, NavigationJson, OpenLinkJson } from './wire';
export { composeTypeOf } from './actions';
export { jsonOf, toHostResponse } from './json';

/**
 * CardService, offline: the subset of the Apps Script `CardService` global that MeetLink uses, building the
 * google.apps.card.v1 JSON the host receives (developers.google.com/apps-script/reference/card-service).
 * One module per concern: enums.ts, checks.ts (argument checks), actions.ts (actions, links, compose actions),
 * text-widgets.ts, controls.ts (buttons, switches), inputs.ts, cards.ts, responses.ts, wire.ts (the JSON).
 *
 * Anything not modelled is absent, so calling it is a TypeError. Setters check their arguments the way Apps
 * Script does: enum arguments must be members of the right `CardService` enum (a plain string is not one)
 * and builder arguments must be the right kind of object. Required parts are checked when the card or
 * response is built ("Builds the current card and validates it", card-builder#build), and every built card
 * and response is checked against Google's schema (card-schema.ts).
 */

// ---- the service -----------------------------------------------------------------------------------------

/** A fresh `CardService` global: only the methods and enums listed here exist. */
export function createCardService() {
  return Object.freeze({
    newCardBuilder: () => new CardBuilder(),
    newCardHeader: () => new CardHeader(),
    newCardSection: () => new CardSection(),
    newTextParagraph: () => new TextParagraph(),
    newDecoratedText: () => new DecoratedText(),
    newIconImage: () => new IconImage(),
    newImage: () => new Image(),
    newDivider: () => new Divider(),
    newButtonSet: () => new ButtonSet(),
    newTextButton: () => new TextButton(),
    newAction: () => new Action(),
    newOpenLink: () => new OpenLink(),
    newTextInput: () => new TextInput(),
    newSelectionInput: () => new SelectionInput(),
    newDateTimePicker: () => new DateTimePicker(),
    newDatePicker: () => new DatePicker(),
    newTimePicker: () => new TimePicker(),
    newHostAppDataSource: () => new HostAppDataSource(),
    newWorkflowDataSource: () => new WorkflowDataSource(),
    newSwitch: () => new Switch(),
    newFixedFooter: () => new FixedFooter(),
    newCardAction: () => new CardAction(),
    newNotification: () => new Notification(),
    newNavigation: () => new Navigation(),
    newActionResponseBuilder: () => new ActionResponseBuilder(),
    newUniversalActionResponseBuilder: () => new UniversalActionResponseBuilder(),
    newUpdateDraftActionResponseBuilder: () => new UpdateDraftActionResponseBuilder(),
    newUpdateDraftBodyAction: () => new UpdateDraftBodyAction(),
    newUpdateDraftToRecipientsAction: () => new UpdateDraftToRecipientsAction(),
    newUpdateDraftSubjectAction: () => new UpdateDraftSubjectAction(),
    newComposeActionResponseBuilder: () => new ComposeActionResponseBuilder(),
    ContentType,
    UpdateDraftBodyType,
    TextButtonStyle,
    SelectionInputType,
    SwitchControlType,
    LoadIndicator,
    OpenAs,
    OnClose,
    Icon,
    ImageStyle,
    DisplayStyle,
    ComposedEmailType,
  });
}
export type FakeCardService = ReturnType<typeof createCardService>;
