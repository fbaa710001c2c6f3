// Browser tests run in the system's Chromium (Debian's `chromium`), driven by Playwright, against
// the REAL reference server, started once for the whole run (never a stand-in backend).
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { startServer } from './scripts/server-process.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Where the tests find the backend; filled when the dev server starts. */
const backend = { endpoint: '', downEndpoint: '', limitedEndpoint: '' };

/** The test site (test/fixtures/sites/pruebas.json), seeded beside the demo's for the FAQ search's tests. */
const testSites = { SEED_SITES: fileURLToPath(new URL('test/fixtures/sites/', import.meta.url)) };
/** Requests a client may make to the limited server per minute before it answers 429 with Retry-After. */
const LIMITED_REQUESTS = '5';

/** An address where nothing listens: a port the OS just handed out and we released. */
function unusedPortUrl() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(`http://127.0.0.1:${port}`));
    });
  });
}

/**
 * Starts `packages/server` (PORT=0, DATA_DIR=memory) before the first test and stops it after the
 * last, and a second one with a tiny rate limit, for the tests of 429 and Retry-After.
 */
function realServerPlugin() {
  let servers = [];
  return {
    name: 'ventanilla-real-server',
    async serverStart() {
      // Both seed the demo's FAQ at start, which takes long on a busy machine: a generous limit.
      const timeoutMs = 180_000;
      const started = await Promise.allSettled([
        startServer({ env: testSites, timeoutMs }),
        startServer({ env: { ...testSites, RATE_LIMIT_MAX: LIMITED_REQUESTS }, timeoutMs }),
      ]);
      servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      const failed = started.find((result) => result.status === 'rejected');
      if (failed) {
        await Promise.all(servers.map((server) => server.stop()));
        throw failed.reason;
      }
      const [main, limited] = servers;
      backend.endpoint = main.url;
      backend.limitedEndpoint = limited.url;
      backend.downEndpoint = await unusedPortUrl();
    },
    async serverStop() {
      await Promise.all(servers.map((server) => server.stop()));
    },
  };
}

/** The axe checks counted across every test file, printed when the run ends. */
const axeTally = { run: 0, passed: 0 };

/** Commands the test helpers call through executeServerCommand. */
function ventanillaCommandsPlugin() {
  return {
    name: 'ventanilla-commands',
    async executeCommand({ command, payload, session }) {
      // Prints a line in the runner's output at once (to follow a long file as it runs).
      if (command === 'vn-log') {
        console.log(`[${new Date().toISOString().slice(11, 19)}] ${payload}`);
        return true;
      }
      // Requests for paths ending so fail as a lost connection would, until unblocked: how a
      // test makes one lazy chunk unreachable while the page keeps talking to the runner.
      if (command === 'vn-block-requests') {
        await session.browser.getPage(session.id).route((url) => url.pathname.endsWith(payload.pathEnd), (route) => route.abort('internetdisconnected'));
        return true;
      }
      // The next `times` requests for paths ending so get `status` with `headers` as a problem
      // document: the 5xx the real server never gives on demand. CORS headers as ours sends them.
      if (command === 'vn-fail-requests') {
        const { pathEnd, status, headers = {}, times } = payload;
        await session.browser.getPage(session.id).route(
          (url) => url.pathname.endsWith(pathEnd),
          (route) =>
            route.fulfill({
              status,
              contentType: 'application/problem+json',
              headers: { 'access-control-allow-origin': route.request().headers().origin ?? '*', 'access-control-expose-headers': 'Retry-After', vary: 'Origin', ...headers },
              body: JSON.stringify({ type: 'about:blank', title: 'Server error', status }),
            }),
          { times },
        );
        return true;
      }
      if (command === 'vn-unblock-requests') {
        await session.browser.getPage(session.id).unrouteAll();
        return true;
      }
      if (command === 'vn-axe-tally') {
        axeTally.run += 1;
        if (payload?.passed) axeTally.passed += 1;
        return true;
      }
      return undefined;
    },
  };
}

function axeTallyReporter() {
  return {
    onTestRunFinished() {
      if (axeTally.run > 0) console.log(`\naxe: ${axeTally.run} checks run, ${axeTally.passed} without violations`);
    },
  };
}

/**
 * Pages under test/browser/fixtures/csp/ get a strict Content-Security-Policy header, with
 * Trusted Types enforced and only the kit's policies allowed, as docs/deploy.md asks of a page.
 */
function strictCsp() {
  return async (context, next) => {
    await next();
    if (context.path.startsWith('/test/browser/fixtures/csp/') && context.path.endsWith('.html')) {
      context.set(
        'Content-Security-Policy',
        `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${backend.endpoint} ${backend.downEndpoint}; ` +
          "require-trusted-types-for 'script'; trusted-types lit-html dompurify",
      );
    }
  };
}

export default {
  nodeResolve: true,
  files: ['packages/widgets/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  middleware: [strictCsp()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), realServerPlugin(), ventanillaCommandsPlugin()],
  // Exposes the backend to every test page (read it through test/browser/helpers/env.ts).
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="es">
  <head><meta charset="utf-8"><script>window.__VN_TEST__ = ${JSON.stringify(backend)};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
      // A citizen in the demo body's own zone and language; tests of other zones say so explicitly.
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: 'Europe/Madrid', locale: 'es-ES' }),
    }),
  ],
  reporters: [defaultReporter(), axeTallyReporter()],
  concurrency: 2,
  // A file that runs the contract suite checks dozens of states; it needs more than the default 2 minutes.
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 10000 } },
};
