/**
 * "Sample", quietly, beside a space made with sample data (`space.sample`),
 * so made-up history is never taken for one's own, whatever it is called.
 * A word, not a colour alone. Nothing for an ordinary space.
 */
export function SampleBadge(props: { space: { sample: boolean } }) {
  if (!props.space.sample) return null;
  return (
    <>
      {' '}
      <span class="badge badge-info">Sample</span>
    </>
  );
}
