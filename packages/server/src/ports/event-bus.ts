import type { LiveMessage } from '@repairable/core';

/** A change and exactly who may hear of it: the account ids allowed to see the thing that changed. */
export interface LiveEvent {
  accountIds: string[];
  message: LiveMessage;
}

/**
 * Where committed changes are announced. The in-process adapter serves one
 * server; a PostgreSQL LISTEN/NOTIFY adapter can fan out across instances
 * behind the same port later.
 */
export interface EventBus {
  publish(event: LiveEvent): void;
  subscribe(listener: (event: LiveEvent) => void): () => void;
}

export function inProcessBus(): EventBus {
  const listeners = new Set<(event: LiveEvent) => void>();
  return {
    publish(event) {
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
