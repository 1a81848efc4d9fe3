import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { me } from '../state';

export function NotFoundScreen() {
  return (
    <>
      <PageTitle>We could not find that page.</PageTitle>
      <p>The link may be old, or it may have a typo.</p>
      <p>
        <Link href={me.value ? '/' : '/welcome'} class="button button-secondary">
          Go to the start
        </Link>
      </p>
    </>
  );
}
