import { api } from '../api';
import { Alert } from '../components/alert';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { ShowMore } from '../components/show-more';
import { usePages } from '../components/use-pages';
import { countPeople, SPACE_KIND_LABELS } from '../labels';

export function SpacesScreen() {
  const spaces = usePages(api.spaces, 'spaces', 50);
  return (
    <>
      <div class="title-row">
        <PageTitle>Your spaces</PageTitle>
        <Link href="/spaces/new" class="button">
          New space
        </Link>
      </div>
      <Alert message={spaces.error} />
      {spaces.items === undefined && !spaces.error && <p class="loading">Loading…</p>}
      {spaces.items?.length === 0 && (
        <div class="empty">
          <p>
            A space is one relationship: you and a partner, a child, a friend. Start one and invite the other person
            when you're ready.
          </p>
        </div>
      )}
      {spaces.items && spaces.items.length > 0 && (
        <ul class="cards" aria-label="Spaces">
          {spaces.items.map((space) => (
            <li key={space.id} class="card card-link">
              <Link href={`/spaces/${space.id}`} class="card-title">
                {space.name}
              </Link>
              <p class="card-meta">
                {SPACE_KIND_LABELS[space.kind]} · {countPeople(space.members.length)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <ShowMore pages={spaces} />
    </>
  );
}
