import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { watchReaderBeforeLoad } from '@/app/boot-notice';
import { persistence } from '@/stores/app-store';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The first render waits for the stored data (at once when nothing is stored; otherwise once the
// code that reads it has loaded), and runs as a transition: React renders it in slices, yielding to
// the browser between them, so opening a long page does not block input for its whole render.
// The code that reads stored data may be slow or fail to load: that is said at once, and retried.
watchReaderBeforeLoad();
void persistence.whenHydrated.then(() => {
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
});

// Offline: the service worker built by vite-plugin-pwa precaches every asset. Production only, so
// `vite dev` always serves fresh modules.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
