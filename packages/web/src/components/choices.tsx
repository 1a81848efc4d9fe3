import type { ComponentChildren, Ref } from 'preact';
import { useId } from 'preact/hooks';
import { FieldError } from './field';
import { IconCheck } from './icon';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** A few words under the label, read as the choice's description (not part of its name). */
  hint?: string;
  /** Shown but not choosable now (the group's hint says why). */
  disabled?: boolean;
}

interface CommonProps<T extends string> {
  legend: string;
  options: readonly Choice<T>[];
  /**
   * How the choices are laid out: a grid of cards (default), cards one per line, a row of equal
   * pills, or wrapping chips. Pills and chips show a check mark when chosen (DESIGN-SYSTEM.md).
   */
  layout?: 'grid' | 'list' | 'row' | 'chips';
  /** Shown under the legend, tied to the group as its description. */
  hint?: string;
  firstRef?: Ref<HTMLInputElement>;
  /**
   * The group's id, which an error summary's link leads to (`useForm().id(name)`): following
   * it focuses the group's first choice.
   */
  id?: string | undefined;
  /**
   * What is wrong with the choice (`useForm().error(name)`): shown under the legend and hint,
   * and part of the group's description, so it is heard on entering the group.
   */
  error?: string | undefined;
}

interface RadioProps<T extends string> extends CommonProps<T> {
  value: T | undefined;
  onChange: (value: T) => void;
}

interface CheckboxProps<T extends string> extends CommonProps<T> {
  values: readonly T[];
  onChange: (values: T[]) => void;
}

/**
 * A set of radios in a fieldset with role="radiogroup", named by its legend
 * and described by its hint and error (with an error it is aria-invalid).
 * Each radio is named by its label alone; a choice's hint is its description.
 */
export function RadioGroup<T extends string>(props: RadioProps<T>) {
  const id = useId();
  return (
    <Group {...props} id={props.id ?? id} role="radiogroup">
      {props.options.map((option, i) => (
        <Option
          key={option.value}
          id={`${id}-${i}`}
          option={option}
          inputRef={i === 0 ? props.firstRef : undefined}
          input={{
            type: 'radio',
            name: id,
            checked: props.value === option.value,
            onChange: () => props.onChange(option.value),
          }}
        />
      ))}
    </Group>
  );
}

/**
 * A set of checkboxes in a fieldset (role group), named by its legend and
 * described by its hint and error. A group cannot be aria-invalid, so with
 * an error each checkbox is.
 */
export function CheckboxGroup<T extends string>(props: CheckboxProps<T>) {
  const id = useId();
  const toggle = (value: T, on: boolean) =>
    props.onChange(
      on
        ? props.options.map((o) => o.value).filter((v) => v === value || props.values.includes(v))
        : props.values.filter((v) => v !== value),
    );
  return (
    <Group {...props} id={props.id ?? id}>
      {props.options.map((option, i) => (
        <Option
          key={option.value}
          id={`${id}-${i}`}
          option={option}
          inputRef={i === 0 ? props.firstRef : undefined}
          input={{
            type: 'checkbox',
            'aria-invalid': props.error ? 'true' : undefined,
            checked: props.values.includes(option.value),
            onChange: (event: Event) => toggle(option.value, (event.currentTarget as HTMLInputElement).checked),
          }}
        />
      ))}
    </Group>
  );
}

function Group<T extends string>(
  props: CommonProps<T> & { id: string; role?: 'radiogroup'; children: ComponentChildren },
) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy = [props.hint && hintId, props.error && errorId].filter(Boolean).join(' ');
  return (
    <fieldset
      id={props.id}
      class={props.error ? 'choices field-has-error' : 'choices'}
      role={props.role}
      aria-describedby={describedBy || undefined}
      // A radiogroup may be invalid as a whole; a plain group may not (its checkboxes carry it).
      aria-invalid={props.error && props.role === 'radiogroup' ? 'true' : undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && <FieldError id={errorId} message={props.error} />}
      <div class={`choice-${props.layout ?? 'grid'}`}>{props.children}</div>
    </fieldset>
  );
}

function Option<T extends string>(props: {
  id: string;
  option: Choice<T>;
  inputRef: Ref<HTMLInputElement> | undefined;
  input: {
    type: 'radio' | 'checkbox';
    name?: string;
    checked: boolean;
    onChange: (event: Event) => void;
    'aria-invalid'?: 'true' | undefined;
  };
}) {
  const { option, id } = props;
  return (
    <label class="choice">
      <input
        {...props.input}
        ref={props.inputRef}
        value={option.value}
        disabled={option.disabled}
        aria-labelledby={option.hint ? `${id}-label` : undefined}
        aria-describedby={option.hint ? `${id}-hint` : undefined}
      />
      <IconCheck class="choice-check" />
      <span class="choice-text">
        <span id={`${id}-label`}>{option.label}</span>
        {option.hint && (
          <span class="choice-hint" id={`${id}-hint`}>
            {option.hint}
          </span>
        )}
      </span>
    </label>
  );
}
