/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the generated service worker (vite.config.ts) in production builds only: in
 * `npm run dev` there is none, so nothing cached ever hides a code change. With
 * `autoUpdate`, a new build's worker takes over on its own and reloads open pages.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
