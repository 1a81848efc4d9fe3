import { DomainError, type DomainErrorCode } from '@repairable/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../logger';
import { WriteQueueFull } from '../store/group-commit';

interface CatalogueEntry {
  status: ContentfulStatusCode;
  /** Words a person may read: warm, plain, short, never blaming. */
  message: string;
  /** Worth an operator's attention when it happens. */
  report: boolean;
}

/**
 * Every error the API can answer with. A code is stable once released:
 * clients branch on it, people read the message.
 */
export const ERRORS = {
  validation_failed: { status: 400, message: 'Some of what was sent is not quite right.', report: false },
  malformed_json: { status: 400, message: 'The request body is not valid JSON.', report: false },
  unauthenticated: { status: 401, message: 'Please sign in to continue.', report: false },
  invalid_credentials: {
    status: 401,
    message: 'That email and password do not match an account.',
    report: false,
  },
  wrong_password: { status: 400, message: 'Your current password did not match.', report: false },
  forbidden_origin: { status: 403, message: 'This request came from another site, so it was not run.', report: false },
  unknown_host: {
    status: 421,
    message: 'This server does not answer to that address. Please open it by its own address.',
    report: false,
  },
  not_found: { status: 404, message: 'We could not find that.', report: false },
  invite_unusable: {
    status: 404,
    message: 'This invite link no longer works. It may have expired, been used or been cancelled.',
    report: false,
  },
  too_many_open_invites: {
    status: 409,
    message: 'There are already enough open invites. Cancel one that is no longer needed, then make a new one.',
    report: false,
  },
  demo_space_exists: {
    status: 409,
    message: 'You already have a sample space. Open it, or leave it to make a fresh one.',
    report: false,
  },
  space_full: {
    status: 409,
    message: 'This space already has as many people as it can hold.',
    report: false,
  },
  not_a_member_without_account: {
    status: 409,
    message: 'Only members without an account can be changed this way. People with an account leave on their own.',
    report: false,
  },
  body_incomplete: {
    status: 400,
    message: 'The request ended before all of it arrived. Please try again.',
    report: false,
  },
  payload_too_large: { status: 413, message: 'That is more than we can take in one go.', report: false },
  unsupported_media_type: { status: 415, message: 'Please send this as application/json.', report: false },
  too_many_attempts: {
    status: 429,
    message: 'Too many tries for now. Please wait a little and try again.',
    report: false,
  },
  password_too_short: { status: 400, message: 'Please use at least 8 characters.', report: false },
  password_too_long: { status: 400, message: 'That password is longer than we can take.', report: false },
  password_too_common: {
    status: 400,
    message: 'That password is one of the most common ones. Please choose another.',
    report: false,
  },
  invalid_display_name: {
    status: 400,
    message: 'Please give a name of 1 to 60 characters, without hidden or control characters.',
    report: false,
  },
  invalid_space_name: {
    status: 400,
    message: 'Please give the space a name of 1 to 80 characters, without hidden or control characters.',
    report: false,
  },
  invalid_topic: {
    status: 400,
    message: 'Please write the topic without hidden or control characters.',
    report: false,
  },
  invalid_involved: { status: 400, message: 'Please choose people who are members of this space.', report: false },
  invalid_kinds: { status: 400, message: 'Please choose at least one kind.', report: false },
  invalid_occurred_at: { status: 400, message: 'That time is in the future.', report: false },
  invalid_return_time: {
    status: 400,
    message: 'Please choose a return time in the future, within the next 7 days.',
    report: false,
  },
  break_too_short: {
    status: 400,
    message:
      'When your body is this stirred up, a break of at least 20 minutes helps it settle. Please choose a later time.',
    report: false,
  },
  not_linkable: {
    status: 409,
    message: 'These two cannot be linked. You can still repair this one on its own.',
    report: false,
  },
  not_involved: { status: 404, message: 'We could not find that.', report: false },
  rupture_closed: { status: 409, message: 'This one is already closed.', report: false },
  rupture_already_raised: { status: 409, message: 'This one is already shared.', report: false },
  only_author: { status: 409, message: 'Only the person who logged this can do that.', report: false },
  no_attempt_yet: {
    status: 409,
    message: 'There is no repair attempt to answer yet. You can make one, or wait for one.',
    report: false,
  },
  harm_not_for_repair: {
    status: 409,
    message: 'This was marked as harm. It is not something to repair alone, and support is here for you.',
    report: false,
  },
  let_go_small_private: {
    status: 409,
    message: 'Letting go is for small moments you kept to yourself.',
    report: false,
  },
  use_break_endpoint: { status: 400, message: 'To take a break, choose a time to come back.', report: false },
  reconnection_needs_member_without_account: {
    status: 409,
    message: 'Reconnection is recorded for someone without an account. Others answer for themselves.',
    report: false,
  },
  harm_stays: {
    status: 409,
    message: 'Once marked as harm, it stays marked. You can change everything else about it.',
    report: false,
  },
  use_harm_endpoint: { status: 400, message: 'To say this was harm, use "This was harm" on it.', report: false },
  not_editable: { status: 409, message: 'This part of it cannot be changed.', report: false },
  // Guided conversations (core conversations/): the engine's refusals, in words for the one who acts.
  invalid_participants: {
    status: 400,
    message: 'This conversation is for two people here with an account, or one alone where it allows.',
    report: false,
  },
  invalid_age_band: {
    status: 400,
    message: 'Please pick the age of the child, and only for a do-over.',
    report: false,
  },
  not_a_participant: { status: 404, message: 'We could not find that.', report: false },
  not_your_turn: { status: 409, message: 'It is not your turn yet. You will see when it is.', report: false },
  wrong_step: { status: 409, message: 'The conversation has moved on. Here is where it is now.', report: false },
  step_already_answered: { status: 409, message: 'You have already answered this part.', report: false },
  invalid_step_input: { status: 400, message: 'That answer does not fit this step. Please look again.', report: false },
  conversation_paused: {
    status: 409,
    message: 'This conversation is paused until its return time. It will be here then.',
    report: false,
  },
  conversation_ended: { status: 409, message: 'This conversation has ended.', report: false },
  already_alone: { status: 409, message: 'You are already going on at your own pace.', report: false },
  conversation_rupture_not_shared: {
    status: 409,
    message:
      'Everyone in this conversation needs to be part of that moment and able to see it. You can share it first.',
    report: false,
  },
  stale_version: {
    status: 409,
    message: 'This changed while you were looking. Here is the latest; please try again.',
    report: false,
  },
  idempotency_key_reused: {
    status: 422,
    message: 'This Idempotency-Key was already used for a different request.',
    report: false,
  },
  request_in_progress: { status: 409, message: 'The same request is still being handled.', report: false },
  too_many_live_sockets: {
    status: 429,
    message: 'This is already open in several places. Closing a tab or another device makes room.',
    report: false,
  },
  server_busy: {
    status: 503,
    message: 'We are busier than usual right now. Please try again in a moment.',
    report: false,
  },
  internal: { status: 500, message: 'Something went wrong on our side. Please try again.', report: true },
} as const satisfies Record<string, CatalogueEntry> & Record<DomainErrorCode, CatalogueEntry>;

export type ErrorCode = keyof typeof ERRORS;

export interface FieldProblem {
  path: string;
  message: string;
}

/** The only error the HTTP layer throws on purpose. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldProblem[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, options: { fields?: FieldProblem[]; headers?: Record<string, string> } = {}) {
    super(ERRORS[code].message);
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields;
    this.headers = options.headers;
  }
}

/** What a request turned away for load is told: try again in a second, when the burst has likely passed. */
export const RETRY_SOON = { 'Retry-After': '1' } as const;

/** Domain errors whose message names what to change, and the request field it is about. */
const DETAILED: Partial<Record<DomainErrorCode, string>> = {
  invalid_step_input: 'input',
  invalid_participants: 'participants',
};

function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof WriteQueueFull) return new AppError('server_busy', { headers: RETRY_SOON });
  // Not being involved must read exactly like not existing (DESIGN.md §9).
  if (err instanceof DomainError) {
    if (err.code === 'not_involved') return new AppError('not_found');
    // The engine says which part of a step's answer or of the people picked does not fit, in our own words.
    const field = DETAILED[err.code];
    if (field && err.message !== err.code)
      return new AppError(err.code, { fields: [{ path: field, message: err.message }] });
    return new AppError(err.code);
  }
  if (err instanceof HTTPException) {
    if (err.status === 413) return new AppError('payload_too_large');
    if (err.status === 415) return new AppError('unsupported_media_type');
    if (err.status === 400) return new AppError('malformed_json');
  }
  return undefined;
}

/** Hono's `onError`: one place turns every failure into the contract's error body. */
export function errorHandler(logger: Logger) {
  return (err: unknown, c: Context) => {
    const known = toAppError(err) ?? new AppError('internal');
    const entry = ERRORS[known.code];
    if (entry.report) {
      logger.error('request_failed', {
        requestId: c.get('requestId'),
        route: c.req.routePath,
        error: err instanceof Error ? err.name : 'unknown',
        stack: err instanceof Error ? err.stack : undefined,
      });
    }
    const body = {
      error: { code: known.code, message: entry.message, ...(known.fields ? { fields: known.fields } : {}) },
    };
    return c.json(body, entry.status, known.headers);
  };
}
