import { render } from 'preact';
import { setSessionLostHandler } from './api';
import { App } from './app';
import { listenForEscapeExit } from './quick-exit';
import { loadMe, me } from './state';

listenForEscapeExit();
setSessionLostHandler(() => {
  me.value = null;
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
