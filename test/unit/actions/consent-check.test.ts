import '../../support/render';
import type { App } from '../../../src/actions/app';
import { dispatch } from '../../../src/actions/dispatcher';
import { SCOPES } from '../../../src/host/feature-scopes';
import { MeetFailure } from '../../../src/meet/errors';
import { memoryStore } from '../../support/memory-store';

/** The one consent check of the action layer, with the Apps Script services replaced by stubs that say what ran. */
function app(granted: readonly string[]) {
  const ran: string[] = [];
  const asked: string[][] = [];
  const stub: App = {
    startedAt: 0,
    store: memoryStore(),
    lock: { withUserLock: (f) => f() } as App['lock'],
    engine: () => {
      ran.push('engine');
      throw new MeetFailure('unexpected', 'the engine was reached');
    },
    email: () => 'ada@gmail.com',
    gmail: () => {
      ran.push('gmail');
      throw new MeetFailure('messageGone', 'Gmail: Invalid argument: id');
    },
    now: () => 0,
    newId: () => '00000000-0000-0000-0000-000000000000',
    scriptTimeZone: () => 'Etc/UTC',
    formatWhen: () => 'Today',
    consent: {
      missing: (scopes) => scopes.filter((s) => !granted.includes(s)),
      ask: (scopes) => {
        asked.push([...scopes]);
        throw new Error('Google ends the execution and shows its consent screen');
      },
    },
  };
  return { stub, ran, asked };
}

const event = (action: string, parameters: Record<string, string> = {}) => ({
  commonEventObject: { parameters: { action, ...parameters } },
  gmail: { messageId: 'm1', accessToken: 't1' },
});

describe('the consent check before every action (src/host/feature-scopes.ts, src/actions/dispatcher.ts)', () => {
  it('asks for exactly the missing scopes the feature needs, before the handler reaches any Google service', () => {
    const { stub, ran, asked } = app([SCOPES.gmailMessage]);
    expect(() => dispatch(stub, event('replyWithLink'))).toThrow(/consent screen/);
    expect(asked).toEqual([[SCOPES.eventsOwned, SCOPES.gmailCompose]]);
    expect(ran).toEqual([]);
  });

  it('never asks for a scope the feature only prefers (the Meet route), nor for an action that calls no Google API', () => {
    const { stub, asked } = app([SCOPES.eventsOwned]);
    dispatch(stub, event('createLink'));
    dispatch(stub, event('confirmClearHistory'));
    expect(asked).toEqual([]);
  });

  it('a compose action that fails is thrown, never answered with a card Gmail does not document', () => {
    const { stub, ran } = app(Object.values(SCOPES));
    expect(() => dispatch(stub, event('openReplyDraft', { code: 'abc-mnop-xyz' }))).toThrow(MeetFailure);
    expect(ran).toEqual(['gmail']);
    // An ordinary action's failure is a card in words.
    const answer = dispatch(stub, event('replyWithLink')) as unknown as { printJson(): string };
    expect(answer.printJson()).toContain('This email no longer exists');
  });
});
