import type { SafetyResources } from '@repairable/core';
import type { Kysely } from 'kysely';
import type { PasswordHasher } from '../auth/passwords';
import type { LoginThrottle } from '../auth/throttle';
import type { Limits } from '../limits';
import type { Logger } from '../logger';
import type { Clock } from '../ports/clock';
import type { EventBus } from '../ports/event-bus';
import type { Dialect, Write } from '../store/connect';
import type { Database } from '../store/schema';

/** Who is asking: set by the session loader when a valid session cookie came with the request. */
export interface Viewer {
  accountId: string;
  sessionId: string;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    viewer: Viewer | undefined;
    /** Whether cookies must be Secure (HTTPS, directly or behind a trusted proxy). */
    secure: boolean;
  };
};

/** Everything the HTTP app is built from; each route module takes only what it uses. */
export interface AppDeps {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Transactional writes (group-committed on SQLite). */
  write: Write;
  clock: Clock;
  passwords: PasswordHasher;
  throttle: LoginThrottle;
  logger: Logger;
  bus: EventBus;
  options: AppOptions;
}

export interface AppOptions {
  /** Trust X-Forwarded-Proto/-For from a reverse proxy in front of us. */
  trustProxy: boolean;
  /** How many trusted proxies stand in front of us (X-Forwarded-For hops); one when omitted and `trustProxy` is set. */
  proxyHops?: number;
  /** The built web app to serve; omitted in API-only tests. */
  webDir?: string;
  /** Where the quick-exit control sends a person (SECURITY.md P4). */
  quickExitUrl: string;
  /** Host names besides IP addresses and localhost we answer to (DNS rebinding); none when omitted. */
  allowedHosts?: readonly string[];
  /** The helplines the safety view shows (rule 9): HELPLINES_FILE over the built-in list; the built-in one when omitted. */
  helplines?: readonly SafetyResources[];
  /** Bounds on what clients can hold; the defaults when omitted (tests). */
  limits?: Limits;
  /** Years of history "Try with sample data" (`POST /api/demo-space`) writes; one when omitted. Tests ask for less. */
  demoSpaceYears?: number;
}
