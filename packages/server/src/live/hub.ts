import type { LiveMessage } from '@repairable/core';
import type { EventBus, SessionsEnded } from '../ports/event-bus';

/** What the hub needs of a socket: enough to send and to close. */
export interface LiveSocket {
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface Connection {
  accountId: string;
  sessionId: string;
  socket: LiveSocket;
}

export interface SocketCaps {
  perSession: number;
  perAccount: number;
}

/** The close code a socket gets when its session ends: the client asks the API why, and signs out. */
export const SESSION_ENDED = 4401;

/**
 * Fans committed changes out to the open sockets of the accounts allowed to
 * see them. It pushes only that something changed (`LiveMessage`), never
 * content; clients refetch through the API, which applies access rules
 * again. It keeps no presence: nobody can learn who is online (P2).
 *
 * Sockets are capped per session and per account (SECURITY.md R6): beyond
 * either a new one is refused and the open ones are left alone. Closing the
 * oldest instead would let tabs beyond the cap evict each other in a loop
 * (the web app reconnects whenever its socket closes), while a refused tab
 * backs off to one try every 30 s; sockets whose device went away are found
 * by the heartbeat, so they do not hold a place for long.
 */
export class LiveHub {
  private readonly byAccount = new Map<string, Set<Connection>>();
  private readonly unsubscribe: (() => void)[];

  constructor(
    bus: EventBus,
    private readonly caps: SocketCaps,
  ) {
    this.unsubscribe = [
      bus.subscribe((event) => {
        const data = JSON.stringify(event.message satisfies LiveMessage);
        for (const accountId of event.accountIds) {
          for (const connection of this.byAccount.get(accountId) ?? []) connection.socket.send(data);
        }
      }),
      bus.subscribeSessionsEnded((event) => this.endSessions(event)),
    ];
  }

  /** Whether one more socket of this session would stay within the caps. */
  hasRoomFor(viewer: { accountId: string; sessionId: string }): boolean {
    const set = this.byAccount.get(viewer.accountId);
    if (!set) return true;
    if (set.size >= this.caps.perAccount) return false;
    let ofSession = 0;
    for (const connection of set) if (connection.sessionId === viewer.sessionId) ofSession += 1;
    return ofSession < this.caps.perSession;
  }

  /** Adds a socket, or refuses it (undefined) beyond the caps; the function returned removes it. */
  add(connection: Connection): (() => void) | undefined {
    if (!this.hasRoomFor(connection)) return undefined;
    let set = this.byAccount.get(connection.accountId);
    if (!set) {
      set = new Set();
      this.byAccount.set(connection.accountId, set);
    }
    set.add(connection);
    return () => this.remove(connection);
  }

  /**
   * Closes the sockets of sessions that ended, at once. They leave the
   * fan-out before this returns, so not one more push reaches them.
   */
  endSessions(event: SessionsEnded): void {
    const ended =
      'sessionIds' in event
        ? (sessionId: string) => event.sessionIds.includes(sessionId)
        : (sessionId: string) => sessionId !== event.allExcept;
    this.closeEnded(this.byAccount.get(event.accountId) ?? [], ended);
  }

  /** Closes the sockets whose session is no longer live (expired, idle too long, ended elsewhere). */
  async sweep(isLive: (sessionId: string) => Promise<boolean>): Promise<void> {
    const sessions = new Set(this.all().map((c) => c.sessionId));
    const dead = new Set<string>();
    for (const sessionId of sessions) if (!(await isLive(sessionId))) dead.add(sessionId);
    // Read again: sockets came and went while the sessions were looked up.
    this.closeEnded(this.all(), (sessionId) => dead.has(sessionId));
  }

  get size(): number {
    return this.all().length;
  }

  close(): void {
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    for (const c of this.all()) c.socket.close(1001, 'server stopping');
    this.byAccount.clear();
  }

  private all(): Connection[] {
    return [...this.byAccount.values()].flatMap((set) => [...set]);
  }

  private closeEnded(connections: Iterable<Connection>, ended: (sessionId: string) => boolean): void {
    for (const connection of [...connections]) {
      if (!ended(connection.sessionId)) continue;
      this.remove(connection);
      connection.socket.close(SESSION_ENDED, 'session ended');
    }
  }

  private remove(connection: Connection): void {
    const set = this.byAccount.get(connection.accountId);
    if (!set) return;
    set.delete(connection);
    if (set.size === 0) this.byAccount.delete(connection.accountId);
  }
}
