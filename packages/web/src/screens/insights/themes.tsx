import type { Chain, Theme } from '@repairable/core';
import { Link } from '../../components/link';
import { chainSentence, themeSentence } from '../../insights-words';

/**
 * What keeps coming back: topics named more than once, and chains of
 * ruptures linked as "like that one", each with how many repairs did not
 * hold, and a link to the latest of them. No chart: a short list says it.
 */
export function Themes(props: { spaceId: string; themes: readonly Theme[]; chains: readonly Chain[] }) {
  const none = props.themes.length === 0 && props.chains.length === 0;
  const latest = (ids: readonly string[]) => `/spaces/${props.spaceId}/ruptures/${ids[ids.length - 1] ?? ''}`;
  return (
    <section class="panel insight" aria-labelledby="themes-heading" data-insight="themes">
      <h2 id="themes-heading">What keeps coming back</h2>
      {none ? (
        <p class="empty-note">Nothing has come back yet. A topic shows here once it was named twice.</p>
      ) : (
        <ul class="theme-list">
          {props.themes.map((theme) => (
            <li key={`t${theme.topic}`}>
              <span>{themeSentence(theme)}</span>{' '}
              <Link href={latest(theme.ruptureIds)}>
                The latest<span class="visually-hidden"> about {theme.topic}</span>
              </Link>
            </li>
          ))}
          {props.chains.map((chain) => (
            <li key={`c${chain.ruptureIds[0] ?? ''}`}>
              <span>{chainSentence(chain)}</span>{' '}
              <Link href={latest(chain.ruptureIds)}>
                The latest<span class="visually-hidden"> of this chain</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
