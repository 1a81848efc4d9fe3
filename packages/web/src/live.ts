import type { LiveMessage } from '@repairable/core';
import { api } from './api';
import { reconnectDelay } from './backoff';

/**
 * The live socket (`/api/live`): the server says only that something
 * changed, never what (SECURITY.md P6), and screens refetch what they show.
 * One socket for the app while signed in; it is closed on sign-out and on
 * quick exit, and reopened with backoff when it drops. Nothing is ever sent
 * on it.
 */

/** A message from the server, or `null` after a reconnection: things may have changed unseen, refetch all. */
export type LiveListener = (message: LiveMessage | null) => void;

const listeners = new Set<LiveListener>();
let socket: WebSocket | undefined;
let wanted = false;
let failures = 0;
let hadConnection = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let onSignedOut: (() => void) | undefined;

/** Called when a reconnection finds the session gone, so the app can show the signed-out screens. */
export function setLiveSignedOutHandler(handler: () => void): void {
  onSignedOut = handler;
}

/** Listens for changes; returns the function that stops listening. */
export function onLive(listener: LiveListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(message: LiveMessage | null): void {
  for (const listener of [...listeners]) listener(message);
}

function parse(data: unknown): LiveMessage | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const value = JSON.parse(data) as Partial<LiveMessage> | null;
    if (typeof value?.type !== 'string' || typeof value.spaceId !== 'string') return undefined;
    return value as LiveMessage;
  } catch {
    return undefined;
  }
}

function open(): void {
  if (!wanted || socket) return;
  const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/api/live`;
  const ws = new WebSocket(url);
  socket = ws;
  ws.addEventListener('open', () => {
    if (socket !== ws) return;
    failures = 0;
    if (hadConnection) emit(null);
    hadConnection = true;
  });
  ws.addEventListener('message', (event) => {
    if (socket !== ws) return;
    const message = parse(event.data);
    if (message) emit(message);
  });
  ws.addEventListener('close', () => {
    if (socket !== ws) return;
    socket = undefined;
    scheduleReconnect();
  });
}

function scheduleReconnect(): void {
  if (!wanted || timer !== undefined) return;
  const delay = reconnectDelay(failures);
  failures += 1;
  timer = setTimeout(() => {
    timer = undefined;
    // Ask first whether the session still holds: a refused socket upgrade cannot say why, an API call can.
    api.session().then((user) => {
      if (user) open();
      else {
        stopLive();
        onSignedOut?.();
      }
    }, scheduleReconnect);
  }, delay);
}

/** Opens the socket (signed in). Calling it again while open does nothing. */
export function startLive(): void {
  if (typeof WebSocket === 'undefined') return;
  wanted = true;
  open();
}

/** Closes the socket and stops reconnecting (signed out, quick exit). */
export function stopLive(): void {
  wanted = false;
  failures = 0;
  hadConnection = false;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const ws = socket;
  socket = undefined;
  if (!ws) return;
  // Closing one still connecting makes the browser log an error; let it open, then close it.
  if (ws.readyState === WebSocket.CONNECTING) ws.addEventListener('open', () => ws.close(1000));
  else ws.close(1000);
}
