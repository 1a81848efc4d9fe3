import { hashToken, newToken } from '../../auth/tokens';

/**
 * An invite token names its space and carries a 256-bit secret:
 * `<space id as 32 hex>.<secret>`. Naming the space keeps every invite
 * query filtered by `space_id` (shardable); only the secret's hash is stored.
 */
export const INVITE_TOKEN_PATTERN = /^[0-9a-f]{32}\.[A-Za-z0-9_-]{43}$/;

export function newInviteToken(spaceId: string): { token: string; tokenHash: string } {
  const secret = newToken();
  return { token: `${spaceId.replaceAll('-', '')}.${secret}`, tokenHash: hashToken(secret) };
}

export function parseInviteToken(token: string): { spaceId: string; tokenHash: string } {
  const [hex = '', secret = ''] = token.split('.');
  const spaceId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { spaceId, tokenHash: hashToken(secret) };
}
