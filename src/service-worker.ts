/// <reference lib="webworker" />
// The app's own service worker (built by vite-plugin-pwa, `injectManifest`): it precaches the app shell so
// the app opens offline, and in the demo build it also runs MSW's worker (the embedded demo API) in the same
// scope — a scope has only one service worker, so the two cannot be registered side by side.
//
// It is a classic script (built as an IIFE) because `importScripts` is not allowed in module workers.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, Router } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

const isDemoBuild = (import.meta.env.VITE_API_MODE || 'demo') === 'demo';

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

const precache = new PrecacheController();
precache.precache(self.__WB_MANIFEST);

const shellRouter = new Router();
shellRouter.registerRoute(new PrecacheRoute(precache));
// Every page of the app (e.g. /plans/x/targets/y) is the same index.html; the router in the page does the rest.
shellRouter.registerRoute(
  new NavigationRoute(precache.createHandlerBoundToURL('index.html'), {
    denylist: [new RegExp(`^${new URL('api/', self.registration.scope).pathname}`)],
  }),
);

// Registered before MSW's listeners, so these run first. A fetch the shell answers is not passed on:
// MSW's listener would otherwise call respondWith a second time for the same request.
self.addEventListener('fetch', (event) => {
  const response = shellRouter.handleRequest({ event, request: event.request });
  if (!response) return;
  event.respondWith(response);
  event.stopImmediatePropagation();
});

if (isDemoBuild) {
  // MSW's worker unregisters itself when its last page says goodbye ("CLIENT_CLOSED", sent on every
  // unload, so also on a reload). For a plain MSW worker that is tidy; for this one it would drop the
  // offline shell, and the next reload without a network fails. The message is therefore not passed on.
  self.addEventListener('message', (event) => {
    if (event.data === 'CLIENT_CLOSED') event.stopImmediatePropagation();
  });
  // Fetched and stored with this worker's script at install, so it also loads offline.
  importScripts(new URL('mockServiceWorker.js', self.registration.scope).href);
}
