import { Alert } from '../../components/alert';
import { Link } from '../../components/link';
import { PageTitle } from '../../components/page-title';

/** A space's screen when the space did not load: gone (deleted, or left), or a problem to try again after. */
export function SpaceUnavailable(props: { message: string; status: number }) {
  const gone = props.status === 404 || props.status === 400;
  return (
    <>
      <PageTitle>{gone ? 'We could not find this space.' : 'This space did not load.'}</PageTitle>
      {gone ? <p>It may have been deleted, or you may have left it.</p> : <Alert message={props.message} />}
      <p>
        <Link href="/" class="button button-secondary">
          Back to your spaces
        </Link>
      </p>
    </>
  );
}
