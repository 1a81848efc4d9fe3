import { useCallback, useId, useRef, useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../api';

/**
 * Form state in the GOV.UK Design System's error pattern (packages/web/FORMS.md):
 * every rule runs on submit; a field with an error is checked again on each
 * input, so its message goes as soon as it is fixed; the summary at the top
 * lists what is wrong, in the order of the fields, and takes focus.
 */

/** A field's rule: the words to show when the value is not right yet, or undefined. */
export type Rule<V> = (value: V) => string | undefined;

export type Rules<T> = { [K in keyof T]?: Rule<T[K]> };

/** What is wrong, field by field; a message without a field is about the form as a whole. */
export interface FormErrors<K extends string> {
  fields: Partial<Record<K, string>>;
  form?: string | undefined;
}

/** Runs every rule, in the order of `order`. */
export function checkAll<T extends Record<string, unknown>>(
  rules: Rules<T>,
  values: T,
  order: readonly (keyof T & string)[],
): Partial<Record<keyof T & string, string>> {
  const fields: Partial<Record<keyof T & string, string>> = {};
  for (const name of order) {
    const message = rules[name]?.(values[name]);
    if (message) fields[name] = message;
  }
  return fields;
}

/**
 * After an input: a field that showed an error is checked again (its error
 * goes, or says what is still wrong); a field without one is left alone, so
 * nobody is told off while still typing.
 */
export function recheck<T extends Record<string, unknown>, K extends keyof T & string>(
  errors: Partial<Record<keyof T & string, string>>,
  rules: Rules<T>,
  name: K,
  value: T[K],
): Partial<Record<keyof T & string, string>> {
  if (!errors[name]) return errors;
  const next = { ...errors };
  const message = rules[name]?.(value);
  if (message) next[name] = message;
  else delete next[name];
  return next;
}

/**
 * Where a failed request's message belongs: next to the field its code
 * names (`fieldFor`, e.g. `{ password_too_common: 'password' }`), or at the
 * top of the form.
 */
export function apiErrors<K extends string>(
  err: unknown,
  fieldFor: Partial<Record<string, K>>,
  describe: (err: unknown) => string = errorMessage,
): FormErrors<K> {
  const message = describe(err);
  const field = err instanceof ApiError ? fieldFor[err.code] : undefined;
  return field ? { fields: { [field]: message } as Partial<Record<K, string>> } : { fields: {}, form: message };
}

const count = new Intl.NumberFormat('en');

function characters(n: number): string {
  return `${count.format(n)} character${n === 1 ? '' : 's'}`;
}

/** From this share of a limit on, a field says how much room is left. */
export const COUNT_FROM = 0.8;

/**
 * What a field with a length limit says under it: nothing until 80% of the
 * limit, then how much room is left; over the limit, an error that nothing
 * was cut. Lengths count UTF-16 code units, as the server's validators do.
 *
 * @example lengthNote(4_880, 5_000) // { over: false, text: '120 characters left' }
 */
export function lengthNote(length: number, limit: number): { over: boolean; text: string } | undefined {
  if (length > limit) return { over: true, text: overLimit(length, limit) };
  if (length < Math.ceil(limit * COUNT_FROM)) return undefined;
  return { over: false, text: `${characters(limit - length)} left` };
}

/**
 * The error for text over its limit: what is too long (by default "This",
 * next to the field; the summary names it, "Your note"), by how much, and
 * that all of it is still there.
 */
export function overLimit(length: number, limit: number, what = 'This'): string {
  return `${what} is ${characters(length - limit)} too long. Please shorten it to ${count.format(limit)} or fewer. Everything you wrote is still here.`;
}

/** A rule for text with a limit (the text is never cut: it stays in the box until it fits). */
export function withinLimit(limit: number, what?: string): Rule<string> {
  return (value) => (value.length > limit ? overLimit(value.length, limit, what) : undefined);
}

/**
 * The rules with each text limit added: a field's own rule speaks first,
 * then, if it is happy, the limit's.
 */
export function withLimits<T extends Record<string, unknown>>(
  rules: Rules<T>,
  limits: Partial<Record<TextKey<T>, number>>,
  names: Partial<Record<TextKey<T>, string>> = {},
): Rules<T> {
  const all: Rules<T> = { ...rules };
  for (const [name, limit] of Object.entries(limits) as [TextKey<T>, number][]) {
    const own = rules[name];
    const fits = withinLimit(limit, names[name]);
    all[name] = (value) => own?.(value) ?? (typeof value === 'string' ? fits(value) : undefined);
  }
  return all;
}

/** One summary line: the message, and the field to focus when it is followed. */
export interface SummaryItem {
  message: string;
  /** The id of the control the line leads to; none for a message about the whole form. */
  target?: string;
}

export interface Form<T extends Record<string, unknown>> {
  values: T;
  set: <K extends keyof T & string>(name: K, value: T[K]) => void;
  /** Replaces every value (after a save) and clears every error. */
  reset: (values: T) => void;
  /** The error shown next to a field. */
  error: (name: keyof T & string) => string | undefined;
  /** The id of a field's control, for the summary's links: give it to the control as `id`. */
  id: (name: keyof T & string) => string;
  /** Runs every rule. False (and the summary takes focus) when something is wrong. */
  check: () => boolean;
  /** Shows a failed request's message next to its field, or at the top. */
  fail: (errors: FormErrors<keyof T & string>) => void;
  /** Props for `<ErrorSummary>`. */
  summary: { items: SummaryItem[]; focusKey: number };
  /** A text field's props for Field, TextArea or PasswordField: id, value, onInput and error. */
  bind: (name: TextKey<T>) => {
    id: string;
    value: string;
    onInput: (value: string) => void;
    error: string | undefined;
    maxLength: number | undefined;
  };
  /** A choice's props for RadioGroup or CheckboxGroup: id, value, onChange and error. */
  choose: <K extends keyof T & string>(
    name: K,
  ) => { id: string; value: T[K]; onChange: (value: T[K]) => void; error: string | undefined };
}

/** The fields of a form that hold text. */
export type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * The state of one form: its values, its errors and the summary. `order` is
 * the order the fields appear in, which the summary follows.
 */
export function useForm<T extends Record<string, unknown>>(options: {
  initial: T;
  rules: Rules<T>;
  /** The most characters each text field takes; `bind` passes it on as `maxLength`. */
  limits?: Partial<Record<TextKey<T>, number>>;
  /** How a limited field is named in its error ("Your note"), so the summary line says which it is. */
  names?: Partial<Record<TextKey<T>, string>>;
  order: readonly (keyof T & string)[];
}): Form<T> {
  const [values, setValues] = useState<T>(options.initial);
  const [fields, setFields] = useState<Partial<Record<keyof T & string, string>>>({});
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [focusKey, setFocusKey] = useState(0);
  const base = useId();
  const rules = withLimits(options.rules, options.limits ?? {}, options.names);
  const latest = useRef(rules);
  latest.current = rules;
  const id = useCallback((name: string) => `${base}-${name}`, [base]);

  const set = useCallback(<K extends keyof T & string>(name: K, value: T[K]) => {
    setValues((now) => ({ ...now, [name]: value }));
    setFields((now) => recheck(now, latest.current, name, value));
  }, []);

  const fail = useCallback((errors: FormErrors<keyof T & string>) => {
    setFields(errors.fields);
    setFormError(errors.form);
    setFocusKey((n) => n + 1);
  }, []);

  function check(): boolean {
    const found = checkAll(rules, values, options.order);
    setFormError(undefined);
    setFields(found);
    const ok = Object.keys(found).length === 0;
    if (!ok) setFocusKey((n) => n + 1);
    return ok;
  }

  function reset(next: T) {
    setValues(next);
    setFields({});
    setFormError(undefined);
  }

  const items: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...options.order.flatMap((name) => {
      const message = fields[name];
      return message ? [{ message, target: id(name) }] : [];
    }),
  ];
  return {
    values,
    set,
    reset,
    error: (name) => fields[name],
    id,
    check,
    fail,
    summary: { items, focusKey },
    bind: (name) => ({
      id: id(name),
      value: values[name] as string,
      onInput: (value: string) => set(name, value as T[typeof name]),
      error: fields[name],
      maxLength: options.limits?.[name],
    }),
    choose: (name) => ({
      id: id(name),
      value: values[name],
      onChange: (value) => set(name, value),
      error: fields[name],
    }),
  };
}
