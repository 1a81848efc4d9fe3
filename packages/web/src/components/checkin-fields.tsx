import { CHECKIN_STATES, type CheckinState } from '@repairable/core';
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { CHECKIN_LABELS } from '../repair-labels';
import { RadioGroup } from './choices';

const STATES = CHECKIN_STATES.map((value) => ({ value, ...CHECKIN_LABELS[value] }));

/**
 * Where I am right now and how strongly (0–10): the two fields of a
 * check-in, the same on the check-in screen and at a conversation's start.
 */
export function CheckinFields(props: {
  state: CheckinState | undefined;
  intensity: number;
  onState: (state: CheckinState) => void;
  onIntensity: (intensity: number) => void;
  id: string;
  error: string | undefined;
  hint?: string;
  firstRef?: Ref<HTMLInputElement>;
}) {
  const rangeId = useId();
  return (
    <>
      <RadioGroup
        legend="Where are you right now?"
        hint={props.hint}
        options={STATES}
        value={props.state}
        onChange={props.onState}
        layout="list"
        firstRef={props.firstRef}
        id={props.id}
        error={props.error}
      />
      <div class="field">
        <div class="range-label">
          <label for={rangeId}>Intensity</label>
          <output for={rangeId} class="range-value" aria-hidden="true">
            {props.intensity}
          </output>
        </div>
        <p class="hint" id={`${rangeId}-hint`}>
          0 is barely there, 10 is as strong as it gets.
        </p>
        <input
          id={rangeId}
          type="range"
          min={0}
          max={10}
          step={1}
          value={props.intensity}
          aria-describedby={`${rangeId}-hint`}
          onInput={(event) => props.onIntensity(Number((event.currentTarget as HTMLInputElement).value))}
        />
      </div>
    </>
  );
}
