// Whether a browser Origin matches one of a site's allowlist patterns: an exact origin
// (`https://www.example.org`) or a host with any port (`http://localhost:*`).

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

interface ParsedOrigin {
  protocol: string;
  hostname: string;
  port: string;
}

function parseOrigin(origin: string): ParsedOrigin | undefined {
  if (!/^https?:\/\/[^/?#@]+$/i.test(origin)) return undefined;
  try {
    const url = new URL(origin);
    return { protocol: url.protocol, hostname: url.hostname, port: url.port || DEFAULT_PORTS[url.protocol] || '' };
  } catch {
    return undefined;
  }
}

export function originMatches(origin: string, pattern: string): boolean {
  const candidate = parseOrigin(origin);
  if (!candidate) return false;
  const anyPort = pattern.endsWith(':*');
  const expected = parseOrigin(anyPort ? pattern.slice(0, -2) : pattern);
  if (!expected) return false;
  return (
    candidate.protocol === expected.protocol &&
    candidate.hostname === expected.hostname &&
    (anyPort || candidate.port === expected.port)
  );
}

export function originAllowed(origin: string | undefined, patterns: readonly string[]): boolean {
  return origin !== undefined && patterns.some((pattern) => originMatches(origin, pattern));
}
