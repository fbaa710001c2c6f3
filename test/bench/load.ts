// Load benchmark: the real server on loopback (a child process, as `npm start` runs it) under
// autocannon, for the channel directory and the FAQ search (the tuning set's real queries in
// turn), at concurrency 10 and 50, each for a bounded time. On the embedded database (PGlite in
// memory), then on PostgreSQL when DATABASE_URL is set. Prints requests/s, p50 and p99 and
// PASS/FAIL against the targets; exits 1 when one fails. Not part of `npm test`.
//
//   npm run bench:load                     (-- --seconds 5: shorter runs)
//
// The client runs on the same machine and takes its share of the cores: figures are a floor.
import autocannon from 'autocannon';
import { startServer } from '../../scripts/server-process.mjs';
import { here, readJson } from './bench-data.ts';

const TARGETS = { directory: 2_000, search: 500, p99Ms: 50 };
const CONCURRENCIES = [10, 50];
const secondsArgument = process.argv.indexOf('--seconds');
const SECONDS = secondsArgument > 0 ? Number(process.argv[secondsArgument + 1]) : 10;
if (!Number.isFinite(SECONDS) || SECONDS <= 0 || SECONDS > 120) throw new Error('--seconds must be between 0 and 120');

interface Scenario {
  name: 'directory' | 'search';
  paths: string[];
}

const queries = readJson<{ q: string }[]>(here('queries-tuning-es.json')).map((query) => query.q);
const scenarios: Scenario[] = [
  { name: 'directory', paths: ['/v1/channels'] },
  { name: 'search', paths: queries.map((q) => `/v1/faq/search?lang=es&q=${encodeURIComponent(q)}`) },
];

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

async function run(url: string, scenario: Scenario, connections: number, seconds: number): Promise<Figures> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: scenario.paths[next++ % scenario.paths.length]! }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

async function benchmark(label: string, env: Record<string, string>): Promise<boolean> {
  // The one client would otherwise meet the per-address limit at once.
  const server = await startServer({ env: { HOST: '127.0.0.1', RATE_LIMIT_MAX: '1000000000', ...env } });
  let passed = true;
  try {
    if (!/^http:\/\/(127\.0\.0\.1|\[::1\]|localhost)(:|\/|$)/.test(server.url)) throw new Error(`not loopback: ${server.url}`);
    console.log(`\n${label} — ${server.url}, ${SECONDS} s per run`);
    console.log(`${'route'.padEnd(12)}${'conc.'.padStart(6)}${'req/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'failed'.padStart(8)}  verdict`);
    for (const scenario of scenarios) {
      // Warm-up: the first searches load the index; the first directory fills its cache.
      await run(server.url, scenario, 10, 1);
      for (const connections of CONCURRENCIES) {
        const figures = await run(server.url, scenario, connections, SECONDS);
        const target = TARGETS[scenario.name];
        const checks = [figures.rps >= target, figures.failed === 0, connections !== 10 || figures.p99 <= TARGETS.p99Ms];
        const ok = checks.every(Boolean);
        passed &&= ok;
        const goal = `≥ ${target} req/s${connections === 10 ? `, p99 ≤ ${TARGETS.p99Ms} ms` : ''}, none failed`;
        console.log(
          `${scenario.name.padEnd(12)}${String(connections).padStart(6)}${figures.rps.toFixed(0).padStart(10)}` +
            `${figures.p50.toFixed(1).padStart(9)}${figures.p99.toFixed(1).padStart(9)}${String(figures.failed).padStart(8)}  ${ok ? 'PASS' : 'FAIL'} (${goal})`,
        );
      }
    }
  } finally {
    await server.stop();
  }
  return passed;
}

let passed = await benchmark('PGlite in memory', { DATA_DIR: 'memory', DATABASE_URL: '' });
if (process.env.DATABASE_URL) passed = (await benchmark('PostgreSQL (DATABASE_URL)', { DATABASE_URL: process.env.DATABASE_URL })) && passed;
process.exitCode = passed ? 0 : 1;
