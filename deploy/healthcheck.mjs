// The container's HEALTHCHECK (slim images have no curl): exits 0 when the server's liveness
// route answers 200. HEALTH_URL overrides the address; else it asks 127.0.0.1 on PORT (8080).
const url = process.env.HEALTH_URL || `http://127.0.0.1:${process.env.PORT || 8080}/v1/health`;
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4000) });
  if (!response.ok) console.error(`${url} answered ${response.status}`);
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  console.error(`${url}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
