/**
 * "(edited 14:05)", quietly, after words their writer changed: shown to
 * everyone who sees them, so a shared history stays honest. What they said
 * before is not kept, so there is nothing more to show.
 */
export function Edited(props: { at: string; time: string }) {
  return (
    <span class="edited">
      {' '}
      (edited <time dateTime={props.at}>{props.time}</time>)
    </span>
  );
}
