import { afterEach } from 'vitest';
// The code that reads stored data loads on demand in the app (src/stores/user-data-shape.ts); tests
// that put data in storage before the store is made read it at once, as a returning visit does
// once that code has arrived. The deferred path has its own tests (lazy-codec.test.ts).
import '@/stores/user-data';

// Pure logic runs in the node environment, without a DOM or Testing Library; the few `.ts` tests
// that need a DOM say `// @vitest-environment jsdom` and get a clean localStorage after each test.
afterEach(() => {
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
