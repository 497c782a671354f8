import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
// The code that reads stored data loads on demand in the app (src/stores/user-data-shape.ts); tests
// that put data in storage before the store is made read it at once, as a returning visit does
// once that code has arrived. The deferred path has its own tests (lazy-codec.test.ts).
import '@/stores/user-data';

// Views and their text load lazily; on a busy 2-core machine the first render of a view can take
// longer than Testing Library’s default 1 s wait.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
