import type { ToneResult } from '@repairable/core/tone';
import { useEffect, useState } from 'preact/hooks';
import { TONE_HINT_DELAY_MS, toneHintView } from '../tone-hint-words';
import { IconHeart, IconInfo } from './icon';

type Check = (text: string) => ToneResult;

let loading: Promise<Check | undefined> | undefined;

/**
 * The tone check's own chunk (Vite emits `@repairable/core/tone` as `tone-[hash].js`,
 * never part of the first load; `e2e/tone-chunk.test.ts` holds it to 15 KB gzip),
 * fetched once; when it cannot load (offline), the hint stays away.
 */
function loadToneCheck(): Promise<Check | undefined> {
  loading ??= import('@repairable/core/tone').then(
    (module) => module.checkTone,
    () => {
      loading = undefined;
      return undefined;
    },
  );
  return loading;
}

/**
 * Under a box where someone writes to the other person: what the on-device
 * tone check notices, once typing pauses. A pattern that tends to hurt
 * (criticism, contempt, defensiveness, stonewalling) gets its why and a
 * gentler template; otherwise the good move, if any, is named. It never
 * blocks sending, and the text never leaves the device. A polite live
 * region, present even when empty, so a change is announced without
 * interrupting.
 *
 * @example <ToneHint text={message} />
 */
export function ToneHint(props: { text: string }) {
  const [check, setCheck] = useState<Check | undefined>(undefined);
  const [result, setResult] = useState<ToneResult | undefined>(undefined);
  const text = props.text.trim();

  useEffect(() => {
    let live = true;
    void loadToneCheck().then((loaded) => {
      if (live && loaded) setCheck(() => loaded);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!check || text === '') {
      setResult(undefined);
      return;
    }
    const timer = setTimeout(() => setResult(check(text)), TONE_HINT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [check, text]);

  const view = toneHintView(text === '' ? undefined : result);
  return (
    <div class="tone-hint" aria-live="polite">
      {view.kind === 'notice' && (
        <div class="note note-info tone-hint-note">
          <IconInfo />
          <div>
            <p>
              <strong>A thought before you send.</strong> {view.why}
            </p>
            <p>{view.suggestion}</p>
            <p class="small">Only you see this. You can send your words as they are.</p>
          </div>
        </div>
      )}
      {view.kind === 'went-well' && (
        <p class="note note-calm tone-hint-note">
          <IconHeart />
          <span>
            <strong>What went well:</strong> {view.why}
          </span>
        </p>
      )}
    </div>
  );
}
