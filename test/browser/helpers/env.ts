// The backend the browser tests talk to: the real reference server, started by
// web-test-runner.config.mjs for the whole run, a second one with a tiny rate limit, and an
// address where nothing listens.
interface TestEnvironment {
  endpoint: string;
  downEndpoint: string;
  limitedEndpoint: string;
}

declare global {
  interface Window {
    __VN_TEST__?: TestEnvironment;
  }
}

function environment(): TestEnvironment {
  const env = window.__VN_TEST__;
  if (!env?.endpoint) throw new Error('window.__VN_TEST__ is missing: run the browser tests with `npx wtr` (web-test-runner.config.mjs starts the server).');
  return env;
}

/** The real server's base URL (e.g. http://localhost:43121). */
export const endpoint: string = environment().endpoint;
/** A base URL where nothing listens: requests fail as the network would when the backend is down. */
export const downEndpoint: string = environment().downEndpoint;
/** The real server again, allowing only a few requests a minute: then 429 with a Retry-After of about a minute. */
export const limitedEndpoint: string = environment().limitedEndpoint;
/**
 * The site seeded for the FAQ search's tests (test/fixtures/sites/pruebas.json): a dozen
 * articles whose expected results follow from their words, not the demo's tuned corpus.
 */
export const testSite = 'pruebas';
