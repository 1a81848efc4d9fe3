import { LIMITS } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { apiErrors, checkAll, lengthNote, overLimit, type Rules, recheck, withinLimit, withLimits } from './use-form';

type SignUp = { name: string; email: string; password: string };

const RULES: Rules<SignUp> = {
  name: (v) => (v.trim() ? undefined : 'Please tell us your name.'),
  email: (v) => (v.includes('@') ? undefined : 'Please enter your email address.'),
  password: (v) => (v.length >= 8 ? undefined : 'Please use at least 8 characters.'),
};
const ORDER = ['name', 'email', 'password'] as const;

describe('checkAll', () => {
  it('finds every problem, keyed by field, and nothing for a good form', () => {
    expect(checkAll(RULES, { name: ' ', email: 'x', password: 'short' }, ORDER)).toEqual({
      name: 'Please tell us your name.',
      email: 'Please enter your email address.',
      password: 'Please use at least 8 characters.',
    });
    expect(checkAll(RULES, { name: 'Sam', email: 'sam@example.com', password: 'a long one' }, ORDER)).toEqual({});
  });

  it('lists problems in the order of the fields on screen, not of the rules', () => {
    const found = checkAll(RULES, { name: '', email: '', password: '' }, ['password', 'name', 'email']);
    expect(Object.keys(found)).toEqual(['password', 'name', 'email']);
  });
});

describe('recheck', () => {
  const errors = { name: 'Please tell us your name.', email: 'Please enter your email address.' };

  it('drops a field error as soon as the field is right', () => {
    expect(recheck(errors, RULES, 'name', 'Sam')).toEqual({ email: 'Please enter your email address.' });
  });

  it('keeps it while the field is still wrong, with the rule’s current words', () => {
    const moving: Rules<{ note: string }> = { note: withinLimit(10) };
    const over = { note: overLimit(15, 10) };
    expect(recheck(over, moving, 'note', 'x'.repeat(12))).toEqual({ note: overLimit(12, 10) });
  });

  it('says nothing about a field that had no error (nobody is told off mid-typing)', () => {
    expect(recheck(errors, RULES, 'password', 'x')).toBe(errors);
  });
});

describe('apiErrors', () => {
  const fieldFor = { password_too_common: 'password', invalid_display_name: 'name' } as const;

  it('puts a refusal about one field next to that field', () => {
    const err = new ApiError(400, 'password_too_common', 'That password is one of the most common ones.');
    expect(apiErrors(err, fieldFor)).toEqual({
      fields: { password: 'That password is one of the most common ones.' },
    });
  });

  it('puts anything else at the top of the form, in the words given', () => {
    const err = new ApiError(401, 'invalid_credentials', 'That email and password do not match an account.');
    expect(apiErrors(err, fieldFor)).toEqual({
      fields: {},
      form: 'That email and password do not match an account.',
    });
    expect(apiErrors(new Error('boom'), fieldFor, () => 'Something went wrong.')).toEqual({
      fields: {},
      form: 'Something went wrong.',
    });
  });
});

describe('lengthNote (the count under a field with a limit)', () => {
  it('says nothing until 80% of the limit', () => {
    expect(lengthNote(0, 5000)).toBeUndefined();
    expect(lengthNote(3999, 5000)).toBeUndefined();
  });

  it('then says how much room is left, from 80% on', () => {
    expect(lengthNote(4000, 5000)).toEqual({ over: false, text: '1,000 characters left' });
    expect(lengthNote(4880, 5000)).toEqual({ over: false, text: '120 characters left' });
    expect(lengthNote(4999, 5000)).toEqual({ over: false, text: '1 character left' });
    expect(lengthNote(5000, 5000)).toEqual({ over: false, text: '0 characters left' });
    expect(lengthNote(48, LIMITS.displayName)).toEqual({ over: false, text: '12 characters left' });
  });

  it('over the limit, is an error that says by how much and that nothing was cut', () => {
    const note = lengthNote(6720, LIMITS.note);
    expect(note?.over).toBe(true);
    expect(note?.text).toBe(
      'This is 1,720 characters too long. Please shorten it to 5,000 or fewer. Everything you wrote is still here.',
    );
    expect(lengthNote(5001, 5000)?.text).toMatch(/^This is 1 character too long\./);
  });
});

describe('withLimits', () => {
  const rules = withLimits<SignUp>(RULES, { name: 5 }, { name: 'Your name' });

  it('adds the limit after the field’s own rule, naming the field', () => {
    expect(rules.name?.('')).toBe('Please tell us your name.');
    expect(rules.name?.('Samantha')).toBe(
      'Your name is 3 characters too long. Please shorten it to 5 or fewer. Everything you wrote is still here.',
    );
    expect(rules.name?.('Sam')).toBeUndefined();
  });

  it('leaves fields without a limit as they were', () => {
    expect(rules.email).toBe(RULES.email);
    expect(withinLimit(5)('12345')).toBeUndefined();
  });
});
