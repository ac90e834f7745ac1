import { ComposedEmailType, EnumValue, LoadIndicator, OnClose, OpenAs } from './enums';
import { compact, instance, JSON_OF, member, mismatch, need, ON_CLICK, str, typeName } from './checks';
import type { CardJson, OpenLinkJson } from './wire';

/** What a widget does when clicked: an action (a function of the add-on), a link, or a compose action. */

/** card-service/action */
export class Action {
  #functionName?: string;
  #parameters: [string, string][] = [];
  #loadIndicator?: string;
  setFunctionName(functionName: string): this {
    this.#functionName = str('Action.setFunctionName', functionName);
    return this;
  }
  /** action#setParameters: "Both keys and values must be strings." */
  setParameters(parameters: Record<string, string>): this {
    if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
      throw mismatch('Action.setParameters', parameters);
    }
    for (const [key, value] of Object.entries(parameters)) {
      if (typeof value !== 'string') {
        throw new Error(`Exception: Invalid argument: parameters ("${key}" is ${typeName(value)}; keys and values must be strings)`);
      }
    }
    this.#parameters = Object.entries(parameters);
    return this;
  }
  setLoadIndicator(loadIndicator: EnumValue): this {
    this.#loadIndicator = member('Action.setLoadIndicator', loadIndicator, LoadIndicator);
    return this;
  }
  /** action#setFunctionName: "Required." */
  [JSON_OF](): CardJson {
    return compact({
      function: need(this.#functionName, 'An Action must have a function name (Action.setFunctionName).'),
      parameters: this.#parameters.length ? this.#parameters.map(([key, value]) => ({ key, value })) : undefined,
      loadIndicator: this.#loadIndicator,
    });
  }
}

/** card-service/open-link */
export class OpenLink {
  #url?: string;
  #openAs?: string;
  #onClose?: string;
  setUrl(url: string): this {
    this.#url = str('OpenLink.setUrl', url);
    return this;
  }
  setOpenAs(openAs: EnumValue): this {
    this.#openAs = member('OpenLink.setOpenAs', openAs, OpenAs);
    return this;
  }
  setOnClose(onClose: EnumValue): this {
    this.#onClose = member('OpenLink.setOnClose', onClose, OnClose);
    return this;
  }
  [JSON_OF](): OpenLinkJson {
    return compact({ url: need(this.#url, 'An OpenLink must have a URL (OpenLink.setUrl).'), openAs: this.#openAs, onClose: this.#onClose });
  }
}

/**
 * Compose actions by the JSON of their action: card.v1 has no field for the compose type (its OnClick is an
 * action, a link, a card or an overflow menu), and Apps Script's own wire form for it is not public. So the fake
 * sends a compose action as the plain card.v1 action and remembers here which actions were set with
 * setComposeAction, for the host to know what the widget was (a compose action's callback must return a
 * ComposeActionResponse: developers.google.com/workspace/add-ons/gmail/compose). Keyed by content, so the
 * same action set both ways answers as a compose action.
 */
const COMPOSE_ACTIONS = new Map<string, string>();

/** The ComposedEmailType of a clicked action (card.v1 `onClick.action` JSON), or undefined for a plain action. */
export function composeTypeOf(actionJson: unknown): string | undefined {
  return COMPOSE_ACTIONS.get(JSON.stringify(actionJson));
}

type OnClick = { kind: 'action'; action: Action } | { kind: 'compose'; action: Action; type: string } | { kind: 'link'; link: OpenLink };

/**
 * What happens on a click. "A UI object can only have one of setOpenLink(openLink), setOnClickAction(action),
 * setOnClickOpenLinkAction(action), setAuthorizationAction(action), or setComposeAction(action,
 * composedEmailType) set" (card-service/text-button#setOnClickAction): setting another kind throws.
 */
export abstract class Clickable {
  #onClick?: OnClick;
  setOnClickAction(action: Action): this {
    return this.#setOnClick({ kind: 'action', action: instance(`${this.constructor.name}.setOnClickAction`, action, Action) });
  }
  setOpenLink(openLink: OpenLink): this {
    return this.#setOnClick({ kind: 'link', link: instance(`${this.constructor.name}.setOpenLink`, openLink, OpenLink) });
  }
  /** text-button#setComposeAction(action, composedEmailType): the action's function builds a draft (Gmail only). */
  setComposeAction(action: Action, composedEmailType: EnumValue): this {
    const method = `${this.constructor.name}.setComposeAction`;
    if (!(action instanceof Action) || !(composedEmailType instanceof EnumValue)) throw mismatch(method, action, composedEmailType);
    return this.#setOnClick({ kind: 'compose', action, type: member(method, composedEmailType, ComposedEmailType) });
  }
  #setOnClick(onClick: OnClick): this {
    if (this.#onClick && this.#onClick.kind !== onClick.kind) {
      throw new Error(`Exception: A ${this.constructor.name} can have only one of an on-click action, an open link and a compose action.`);
    }
    this.#onClick = onClick;
    return this;
  }
  [ON_CLICK](): CardJson | undefined {
    const onClick = this.#onClick;
    if (!onClick) return undefined;
    if (onClick.kind === 'link') return { openLink: onClick.link[JSON_OF]() };
    const action = onClick.action[JSON_OF]();
    if (onClick.kind === 'compose') COMPOSE_ACTIONS.set(JSON.stringify(action), onClick.type);
    return { action };
  }
}
