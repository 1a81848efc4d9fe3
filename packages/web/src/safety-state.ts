import { effect, signal } from '@preact/signals';
import {
  guessCountry,
  INTERNATIONAL,
  type RuptureDetailView,
  type SafetyResources,
  type SafetyScreenView,
  type ScreenAnswers,
} from '@repairable/core';
import { request, seg } from './api';
import type { RuptureTarget } from './repair-api';
import { navigate } from './router';
import { me } from './state';

/**
 * What the safety view needs (DESIGN.md rule 9, SECURITY.md P5): the
 * helplines from our own server, the person's country (guessed from the
 * browser's languages, changed in a plain picker, remembered on this
 * device only), and whether their view puts safety first. Screens read
 * `useSafetyMode()`; nothing here is ever sent to anyone else.
 */

export const safetyApi = {
  resources: () => request<{ resources: SafetyResources[] }>('GET', '/api/safety/resources').then((r) => r.resources),
  screen: () => request<{ screen: SafetyScreenView }>('GET', '/api/safety/screen').then((r) => r.screen),
  take: (answers: ScreenAnswers) =>
    request<{ screen: SafetyScreenView }>('PUT', '/api/safety/screen', answers).then((r) => r.screen),
  switchBack: () => request<void>('DELETE', '/api/safety/screen'),
  /** "This was harm" on one's own rupture: it leaves the repair flow and everyone else's view. */
  markHarm: (target: RuptureTarget) =>
    request<{ rupture: RuptureDetailView }>(
      'POST',
      `/api/spaces/${seg(target.spaceId)}/ruptures/${seg(target.id)}/harm`,
      undefined,
      { ifMatch: target.version },
    ).then((r) => r.rupture),
};

/** Whether this person's own view puts safety first: undefined until asked. */
export const safetyFirst = signal<boolean | undefined>(undefined);
let asking: Promise<void> | undefined;

/** Asks once per sign-in; a failure leaves the usual view and asks again next time. */
export function loadSafetyMode(): Promise<void> {
  asking ??= safetyApi.screen().then(
    (screen) => {
      safetyFirst.value = screen.safetyFirst;
    },
    () => {
      asking = undefined;
    },
  );
  return asking;
}

/** Sets what the server just said, after the screen was taken or the person switched back. */
export function setSafetyMode(screen: SafetyScreenView): void {
  safetyFirst.value = screen.safetyFirst;
  asking = Promise.resolve();
}

/** For screens: true while resources come first and joint prompts (raise, attempt, reminders) rest. */
export function useSafetyMode(): boolean {
  if (me.value && safetyFirst.value === undefined) void loadSafetyMode();
  return safetyFirst.value === true;
}

// Signing out (or someone else signing in) forgets it.
effect(() => {
  if (!me.value) {
    safetyFirst.value = undefined;
    asking = undefined;
  }
});

/** After saving a rupture marked as harm anywhere: the safety view, right away. */
export function showSafetyAfterHarm(): void {
  navigate('/safety?after=harm');
}

// ── helplines and the person's country ──────────────────────────────────────

const COUNTRY_KEY = 'repairable.country';

export const resources = signal<SafetyResources[] | undefined>(undefined);
let fetching: Promise<void> | undefined;

/** The small list, once per visit; it holds no one's data, so a failure simply tries again later. */
export function loadResources(): Promise<void> {
  fetching ??= safetyApi.resources().then(
    (list) => {
      resources.value = list;
    },
    () => {
      fetching = undefined;
    },
  );
  return fetching;
}

/** The country chosen on this device before, if any. */
function rememberedCountry(): string | undefined {
  try {
    return localStorage.getItem(COUNTRY_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export const chosenCountry = signal<string | undefined>(rememberedCountry());

export function chooseCountry(code: string): void {
  chosenCountry.value = code;
  try {
    localStorage.setItem(COUNTRY_KEY, code);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this visit.
  }
}

/** The entry to show: the chosen country, else a guess from the browser's languages, else everywhere else. */
export function countryShown(list: readonly SafetyResources[]): SafetyResources | undefined {
  const codes = list.map((r) => r.code);
  const chosen = chosenCountry.value;
  const code = chosen && codes.includes(chosen) ? chosen : guessCountry(navigator.languages ?? [], codes);
  return list.find((r) => r.code === code) ?? list.find((r) => r.code === INTERNATIONAL);
}
