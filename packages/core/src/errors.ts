/**
 * Errors raised by domain rules. Each carries a stable code; the server's
 * error catalogue decides the HTTP status and the words a person sees, so
 * core stays free of transport concerns.
 */
export const DOMAIN_ERROR_CODES = [
  'password_too_short',
  'password_too_long',
  'password_too_common',
  'invalid_display_name',
  'invalid_space_name',
  'invalid_topic',
  'not_a_member_without_account',
  'space_full',
  'invalid_involved',
  'invalid_kinds',
  'invalid_occurred_at',
  'invalid_return_time',
  'break_too_short',
  'not_linkable',
  'not_involved',
  'rupture_closed',
  'rupture_already_raised',
  'only_author',
  'no_attempt_yet',
  'harm_not_for_repair',
  'let_go_small_private',
  'use_break_endpoint',
  'reconnection_needs_member_without_account',
  'harm_stays',
  'use_harm_endpoint',
  'not_editable',
  'invalid_participants',
  'invalid_age_band',
  'not_a_participant',
  'not_your_turn',
  'wrong_step',
  'step_already_answered',
  'stale_version',
  'invalid_step_input',
  'conversation_paused',
  'conversation_ended',
  'already_alone',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  readonly code: DomainErrorCode;

  constructor(code: DomainErrorCode, message?: string) {
    super(message ?? code);
    this.name = 'DomainError';
    this.code = code;
  }
}
