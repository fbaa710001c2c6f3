// Everything an operator can tune, with defaults that suit the demo. main.ts fills it from the
// environment; tests build it with `configFor({...})` and lower the limits they exercise.
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface RateLimit {
  /** Requests allowed per client IP within `windowMs`. */
  max: number;
  windowMs: number;
}

export interface Config {
  /** The site that answers when a request names none. */
  defaultSite: string;
  /** Every request, per client IP. */
  globalLimit: RateLimit;
  /** Stricter, for POST operations (creates, look-ups, sign-ins), per route and client IP. */
  writeLimit: RateLimit;
  /** Largest JSON body accepted, in bytes. */
  bodyLimit: number;
  /** Sources allowed by the demo pages' `connect-src` besides 'self'. */
  connectSources: string[];
  /** How long an Idempotency-Key is remembered. */
  idempotencyTtlMs: number;
  /** Whether the demo pages (`/`, `/gallery/`…) are served; a production start serves only the API and the kit. */
  serveDemo: boolean;
  /** Folders of the static files. */
  demoDir: string;
  widgetsDistDir: string;
  /** Sent by GET /v1/health. */
  version: string;
  /**
   * Proxies in front of the server whose X-Forwarded-For is believed (Fastify's `trustProxy`):
   * all (true), none (false), the last N hops, or the proxies' addresses and CIDR ranges.
   */
  trustProxy: boolean | number | string[];
}

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const defaultConfig: Config = {
  defaultSite: 'villaverde',
  globalLimit: { max: 600, windowMs: 60_000 },
  writeLimit: { max: 30, windowMs: 60_000 },
  bodyLimit: 64 * 1024,
  connectSources: ['http://localhost:*', 'http://127.0.0.1:*'],
  idempotencyTtlMs: 24 * 60 * 60 * 1000,
  serveDemo: true,
  demoDir: fileURLToPath(new URL('demo/', `file://${repoRoot}`)),
  widgetsDistDir: fileURLToPath(new URL('packages/widgets/dist/', `file://${repoRoot}`)),
  version: '0.1.0',
  trustProxy: false,
};

export function configFor(overrides: Partial<Config> = {}): Config {
  return { ...defaultConfig, ...overrides };
}

/** Reads the tunables an operator may set in the environment; the rest keeps its default. */
export function configFromEnv(env: NodeJS.ProcessEnv): Config {
  const overrides: Partial<Config> = {};
  if (env.DEFAULT_SITE) overrides.defaultSite = env.DEFAULT_SITE;
  if (env.RATE_LIMIT_MAX) overrides.globalLimit = { ...defaultConfig.globalLimit, max: positive(env.RATE_LIMIT_MAX, 'RATE_LIMIT_MAX') };
  if (env.WRITE_RATE_LIMIT_MAX) overrides.writeLimit = { ...defaultConfig.writeLimit, max: positive(env.WRITE_RATE_LIMIT_MAX, 'WRITE_RATE_LIMIT_MAX') };
  if (env.CSP_CONNECT_SRC) overrides.connectSources = env.CSP_CONNECT_SRC.split(/\s+/).filter(Boolean);
  if (env.TRUST_PROXY) overrides.trustProxy = trustProxyFrom(env.TRUST_PROXY);
  return configFor(overrides);
}

function positive(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive integer, not "${value}"`);
  return number;
}

// The names proxy-addr (Fastify's) knows for the usual private ranges.
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `true`, `false`, a number of proxies (`1`), or a comma-separated list of addresses and CIDR ranges. */
export function trustProxyFrom(value: string): Config['trustProxy'] {
  const text = value.trim();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text) || false;
  const entries = text.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !RANGE_NAMES.has(entry) && !isAddressOrRange(entry));
  if (wrong !== undefined) {
    throw new Error(
      `TRUST_PROXY must be true, false, a number of proxies (1) or a comma-separated list of addresses and CIDR ranges (10.0.0.0/8, ::1, loopback); "${wrong}" in "${value}" is none of these`,
    );
  }
  return entries;
}

/**
 * Fastify's own reading of a hop count trusts nothing (it cannot check the nearest peer), so the
 * count becomes the rule it stands for: the nearest N hops are proxies.
 */
export function trustProxyOption(trust: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}
