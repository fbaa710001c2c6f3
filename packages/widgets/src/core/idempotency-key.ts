// Keys that make a create safe to retry (see ApiClient.post).

/** A fresh idempotency key for one create, reused by all its retries. */
export function idempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID only exists in secure contexts; plain-http pages still need unique keys.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
