import { BrandMark } from '../components/app-header';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { SupportLine } from '../components/support-line';

export function WelcomeScreen() {
  return (
    <div class="welcome">
      <BrandMark class="welcome-mark" />
      <PageTitle>Repairable</PageTitle>
      <p class="lead">Relationships don't have to be perfect. They have to be repairable.</p>
      <p>
        A calm place for you and the people close to you to notice the small breaks in connection, and to mend them
        together, at your own pace.
      </p>
      <div class="actions actions-stacked">
        <Link href="/signup" class="button">
          Create an account
        </Link>
        <Link href="/signin" class="button button-secondary">
          Sign in
        </Link>
      </div>
      <p class="small muted">
        Need to leave in a hurry? Tap <strong>Quick exit</strong> at the top, or press Esc three times.
      </p>
      <SupportLine />
    </div>
  );
}
