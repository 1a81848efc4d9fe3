import type { Conversation } from '@repairable/core';
import { useCallback, useRef, useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../api';
import { useLiveRefresh } from '../../components/use-live';
import { useLoad } from '../../components/use-load';
import { conversationApi } from '../../conversation-api';

export const STALE_MESSAGE = 'This changed while you were looking. Here is the latest.';

/** Refusals that only mean the conversation moved on meanwhile. */
const MOVED_ON = new Set(['stale_version', 'wrong_step', 'step_already_answered', 'not_your_turn']);

export interface ConversationState {
  conversation: Conversation | undefined;
  loadError: ApiError | undefined;
  busy: boolean;
  /** The last action's failure, in words. */
  error: string | undefined;
  /** The conversation moved on while the person looked (a 409): the latest is shown instead. */
  stale: boolean;
  /** Runs one action on the conversation as shown; true when it went through. */
  run: (action: (c: Conversation) => Promise<Conversation>) => Promise<boolean>;
}

/**
 * One conversation, kept fresh: refetched when the live socket says it
 * changed (never content, only that it did) and after a reconnection. An
 * action is sent with the version on screen; when it no longer applies
 * (409) the latest is loaded and the page says so.
 */
export function useConversation(spaceId: string, conversationId: string, onRupture?: () => void): ConversationState {
  const loaded = useLoad(() => conversationApi.get(spaceId, conversationId), `${spaceId}/${conversationId}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [stale, setStale] = useState(false);
  const busyNow = useRef(false);
  const shown = loaded.data;
  const latest = useRef(shown);
  latest.current = shown;

  useLiveRefresh(spaceId, (message) => {
    if (message === null) {
      loaded.reload();
      onRupture?.();
      return;
    }
    if (message.type === 'conversation.changed' && message.conversationId === conversationId) {
      if (message.version === undefined || message.version !== latest.current?.version) loaded.reload();
      return;
    }
    if (message.ruptureId !== undefined && message.ruptureId === latest.current?.ruptureId) onRupture?.();
  });

  const run = useCallback(
    async (action: (c: Conversation) => Promise<Conversation>) => {
      const current = latest.current;
      if (busyNow.current || !current) return false;
      busyNow.current = true;
      setBusy(true);
      setError(undefined);
      setStale(false);
      try {
        const next = await action(current);
        loaded.set(next);
        return true;
      } catch (err) {
        const movedOn = err instanceof ApiError && MOVED_ON.has(err.code);
        if (movedOn) setStale(true);
        else setError(errorMessage(err));
        if (err instanceof ApiError && err.status === 409) loaded.reload();
        return false;
      } finally {
        busyNow.current = false;
        setBusy(false);
      }
    },
    [loaded.set, loaded.reload],
  );

  return { conversation: shown, loadError: loaded.error, busy, error, stale, run };
}
