import type { LiveMessage } from '@repairable/core';

/** A change and exactly who may hear of it: the account ids allowed to see the thing that changed. */
export interface LiveEvent {
  accountIds: string[];
  message: LiveMessage;
}

/**
 * Sessions that ended (signed out, ended from another device, a password
 * change that ended the others): every instance closes their sockets at
 * once. Either the sessions named, or every session of the account but one.
 */
export type SessionsEnded =
  | { accountId: string; sessionIds: readonly string[] }
  | { accountId: string; allExcept: string };

/**
 * Where committed changes are announced. The in-process adapter serves one
 * server; a PostgreSQL LISTEN/NOTIFY adapter can fan out across instances
 * behind the same port later, carrying both kinds of message.
 */
export interface EventBus {
  publish(event: LiveEvent): void;
  subscribe(listener: (event: LiveEvent) => void): () => void;
  publishSessionsEnded(event: SessionsEnded): void;
  subscribeSessionsEnded(listener: (event: SessionsEnded) => void): () => void;
}

export function inProcessBus(): EventBus {
  const changes = channel<LiveEvent>();
  const endings = channel<SessionsEnded>();
  return {
    publish: changes.publish,
    subscribe: changes.subscribe,
    publishSessionsEnded: endings.publish,
    subscribeSessionsEnded: endings.subscribe,
  };
}

/** Listeners are called synchronously: by the time `publish` returns, every one of them has run. */
function channel<T>() {
  const listeners = new Set<(event: T) => void>();
  return {
    publish(event: T) {
      for (const listener of listeners) listener(event);
    },
    subscribe(listener: (event: T) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
