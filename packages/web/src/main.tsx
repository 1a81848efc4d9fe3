import { effect } from '@preact/signals';
import { render } from 'preact';
import { setSessionLostHandler } from './api';
import { App } from './app';
import { setLiveSignedOutHandler, startLive, stopLive } from './live';
import { listenForEscapeExit } from './quick-exit';
import { loadMe, me } from './state';

listenForEscapeExit();
const signedOut = () => {
  me.value = null;
};
setSessionLostHandler(signedOut);
setLiveSignedOutHandler(signedOut);

// The live socket is open exactly while someone is signed in.
effect(() => {
  if (me.value) startLive();
  else stopLive();
});

const root = document.getElementById('app');
if (root) render(<App />, root);
loadMe();

if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without a service worker the app still works; it just cannot start offline.
    });
  });
}
