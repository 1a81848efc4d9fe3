import type { LiveMessage } from '@repairable/core';
import type { EventBus } from '../ports/event-bus';

/** What the hub needs of a socket: enough to send and to close. */
export interface LiveSocket {
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

interface Connection {
  accountId: string;
  sessionId: string;
  socket: LiveSocket;
}

/**
 * Fans committed changes out to the open sockets of the accounts allowed to
 * see them. It pushes only that something changed (`LiveMessage`), never
 * content; clients refetch through the API, which applies access rules
 * again. It keeps no presence: nobody can learn who is online (P2).
 */
export class LiveHub {
  private readonly byAccount = new Map<string, Set<Connection>>();
  private readonly unsubscribe: () => void;

  constructor(bus: EventBus) {
    this.unsubscribe = bus.subscribe((event) => {
      const data = JSON.stringify(event.message satisfies LiveMessage);
      for (const accountId of event.accountIds) {
        for (const connection of this.byAccount.get(accountId) ?? []) connection.socket.send(data);
      }
    });
  }

  add(connection: Connection): () => void {
    let set = this.byAccount.get(connection.accountId);
    if (!set) {
      set = new Set();
      this.byAccount.set(connection.accountId, set);
    }
    set.add(connection);
    return () => {
      set.delete(connection);
      if (set.size === 0) this.byAccount.delete(connection.accountId);
    };
  }

  /** Closes sockets whose session is no longer live (signed out, ended elsewhere, expired). */
  async sweep(isLive: (sessionId: string) => Promise<boolean>): Promise<void> {
    for (const set of [...this.byAccount.values()]) {
      for (const connection of [...set]) {
        if (!(await isLive(connection.sessionId))) connection.socket.close(4401, 'session ended');
      }
    }
  }

  get size(): number {
    let n = 0;
    for (const set of this.byAccount.values()) n += set.size;
    return n;
  }

  close(): void {
    this.unsubscribe();
    for (const set of this.byAccount.values()) for (const c of set) c.socket.close(1001, 'server stopping');
    this.byAccount.clear();
  }
}
