import type { PhoneLine } from '@repairable/core';
import { useEffect, useId } from 'preact/hooks';
import { IconPhone } from '../../components/icon';
import { telHref } from '../../safety-labels';
import { chooseCountry, countryShown, loadResources, resources } from '../../safety-state';

/**
 * Where to turn, for the person's country: the emergency number first, then
 * the helplines, each a big tap-to-call `tel:` link. The list comes from our
 * own server; the country is a guess they can change in a plain picker.
 * `calm` makes every call a secondary button, where the screen's one
 * primary action is something else (the space home's quick log).
 */
export function Helplines(props: { headingLevel?: 2 | 3; calm?: boolean }) {
  const list = resources.value;
  const pickerId = useId();
  useEffect(() => {
    void loadResources();
  }, []);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  if (!list) return <p class="loading">Finding the numbers for where you are…</p>;
  const shown = countryShown(list);
  if (!shown) return null;
  return (
    <div class="helplines">
      <Heading class="helplines-heading">Who you can call</Heading>
      <div class="field helplines-country">
        <label for={pickerId}>Where you are</label>
        <select id={pickerId} value={shown.code} onChange={(e) => chooseCountry(e.currentTarget.value)}>
          {list.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.name}
            </option>
          ))}
        </select>
      </div>
      <ul class="plain-list helpline-list">
        <li>
          <CallLine line={shown.emergency} primary={!props.calm} />
        </li>
        {shown.helplines.map((line) => (
          <li key={line.phone}>
            <CallLine line={line} />
          </li>
        ))}
      </ul>
      {shown.helplines.length === 0 && (
        <p class="muted small">
          We don't have a helpline listed for here yet. A local domestic-abuse service, a doctor or someone you trust
          can help you find one.
        </p>
      )}
    </div>
  );
}

function CallLine(props: { line: PhoneLine; primary?: boolean }) {
  const { line } = props;
  return (
    <div class="helpline">
      <a class={`button button-block${props.primary ? '' : ' button-secondary'}`} href={telHref(line.phone)}>
        <IconPhone /> Call {line.display}
      </a>
      <p class="helpline-name">{line.name}</p>
      <p class="muted small">
        {line.description}
        {line.hours ? ` ${line.hours}.` : ''}
      </p>
    </div>
  );
}
