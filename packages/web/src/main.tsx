import { effect } from '@preact/signals';
import { render } from 'preact';
import { setSessionLostHandler } from './api';
import { App, preloadScreens } from './app';
import { setLiveSignedOutHandler, startLive, stopLive } from './live';
import { guardLockedPages, listenForEscapeExit } from './quick-exit';
import { me, startApp, unlockOnSignIn } from './state';

listenForEscapeExit();
guardLockedPages();
const signedOut = () => {
  me.value = null;
};
setSessionLostHandler(signedOut);
setLiveSignedOutHandler(signedOut);

// The live socket is open exactly while someone is signed in (and the other screens are fetched then);
// signing in lifts a quick exit's lock.
effect(() => {
  if (me.value) {
    startLive();
    preloadScreens();
  } else stopLive();
});
effect(unlockOnSignIn);

const root = document.getElementById('app');
startApp();
if (root) render(<App />, root);

if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without a service worker the app still works; it just cannot start offline.
    });
  });
}
