import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage } from './api';
import { readRetryAfter, waitMessage } from './wait';

describe('waitMessage', () => {
  it('says plainly how long the pause is', () => {
    expect(waitMessage(1)).toBe('For your safety we pause after several tries. You can try again in a few seconds.');
    expect(waitMessage(8)).toMatch(/in about 10 seconds\.$/);
    expect(waitMessage(60)).toMatch(/in about a minute\.$/);
    expect(waitMessage(900)).toMatch(/in about 15 minutes\.$/);
    expect(waitMessage(3600)).toMatch(/in about an hour\.$/);
  });

  it('reads only a plain number of seconds from Retry-After', () => {
    expect(readRetryAfter('120')).toBe(120);
    expect(readRetryAfter(null)).toBeUndefined();
    expect(readRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).toBeUndefined();
  });

  it('is what a 429 with Retry-After shows; other errors keep the server’s words', () => {
    const paused = new ApiError(429, 'too_many_attempts', 'Too many tries for now.', 240);
    expect(errorMessage(paused)).toBe(waitMessage(240));
    expect(errorMessage(new ApiError(429, 'too_many_attempts', 'Too many tries for now.'))).toBe(
      'Too many tries for now.',
    );
    expect(errorMessage(new ApiError(401, 'invalid_credentials', 'That email and password do not match.'))).toBe(
      'That email and password do not match.',
    );
  });
});
