/*
 * Repairable's service worker: just enough for the app to start offline.
 *
 * - The app shell ("/") and the built assets are cached at install.
 * - Page loads go to the network first and fall back to the cached shell.
 *   Whatever path was asked for, the shell is stored under "/" only, so no
 *   invite token or space id ever becomes a cache key.
 * - Anything under /api/ is never cached and never even intercepted: people's
 *   data lives on the server and in memory, not in Cache Storage.
 */

// The build replaces this line with the real version and file list (see vite.config.ts).
const BUILD = { version: 'dev', files: [] };

const PREFIX = 'repairable-';
const CACHE = `${PREFIX}${BUILD.version}`;
const SHELL = '/';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL, ...BUILD.files]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(shellFromNetworkFirst(request));
    return;
  }
  event.respondWith(assetFromCacheFirst(request, url));
});

async function shellFromNetworkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && isHtml(response)) await cache.put(SHELL, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(SHELL);
    if (cached) return cached;
    throw error;
  }
}

async function assetFromCacheFirst(request, url) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  // Built assets have content-hashed names, so a copy never goes stale.
  if (response.ok && url.pathname.startsWith('/assets/')) await cache.put(request, response.clone());
  return response;
}

function isHtml(response) {
  return (response.headers.get('content-type') || '').includes('text/html');
}
