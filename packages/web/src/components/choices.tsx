import type { ComponentChildren, Ref } from 'preact';
import { useId } from 'preact/hooks';
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
 * A set of radios in a fieldset with role="radiogroup", named by its legend.
 * Each radio is named by its label alone; a hint is its description.
 */
export function RadioGroup<T extends string>(props: RadioProps<T>) {
  const id = useId();
  return (
    <Group {...props} id={id} role="radiogroup">
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

/** A set of checkboxes in a fieldset (role group), named by its legend. */
export function CheckboxGroup<T extends string>(props: CheckboxProps<T>) {
  const id = useId();
  const toggle = (value: T, on: boolean) =>
    props.onChange(
      on
        ? props.options.map((o) => o.value).filter((v) => v === value || props.values.includes(v))
        : props.values.filter((v) => v !== value),
    );
  return (
    <Group {...props} id={id}>
      {props.options.map((option, i) => (
        <Option
          key={option.value}
          id={`${id}-${i}`}
          option={option}
          inputRef={i === 0 ? props.firstRef : undefined}
          input={{
            type: 'checkbox',
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
  return (
    <fieldset class="choices" role={props.role} aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <div class={`choice-${props.layout ?? 'grid'}`}>{props.children}</div>
    </fieldset>
  );
}

function Option<T extends string>(props: {
  id: string;
  option: Choice<T>;
  inputRef: Ref<HTMLInputElement> | undefined;
  input: { type: 'radio' | 'checkbox'; name?: string; checked: boolean; onChange: (event: Event) => void };
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
