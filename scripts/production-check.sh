#!/usr/bin/env bash
# CI: the production start the container image runs, against the PostgreSQL in DATABASE_URL
# (run it under scripts/with-postgres.sh, after `npm run build`): the operator's first steps
# through `npm run migrate`, `site:add` and `agent:add`, then `node packages/server/dist/main.js`
# with NODE_ENV=production, checked with the image's HEALTHCHECK and from outside.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?run this under scripts/with-postgres.sh}"

export NODE_ENV=production DEFAULT_SITE=ayto-ci HOST=127.0.0.1 PORT=${PRODUCTION_CHECK_PORT:-18480} LOG_LEVEL=info
work=$(mktemp -d /tmp/vn-production.XXXXXX)
server=
finish() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap finish EXIT

# A body's own site: the demo's directory under another id, allowed from its own origin only.
node -e '
  const site = JSON.parse(require("fs").readFileSync("packages/server/seed/sites/villaverde.json", "utf8"));
  Object.assign(site, { id: "ayto-ci", name: "Ayuntamiento de CI", allowedOrigins: ["https://www.ci.example"] });
  require("fs").writeFileSync(process.argv[1], JSON.stringify(site));
' "$work/site.json"

echo "Production start on $(node --version), PostgreSQL at $DATABASE_URL"
npm run --silent migrate
npm run --silent site:add -- "$work/site.json"
printf 'una-clave-de-ci-bastante-larga\n' | npm run --silent agent:add -- --email ana@ci.example --name "Ana CI" --site ayto-ci

node packages/server/dist/main.js >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  grep -q '"msg":"listening"' "$work/server.log" && break
  if ! kill -0 "$server" 2>/dev/null; then cat "$work/server.log"; echo "the server exited before listening" >&2; exit 1; fi
  sleep 0.5
done
grep -q '"msg":"listening"' "$work/server.log" || { cat "$work/server.log"; echo "the server did not listen in 60 s" >&2; exit 1; }
cat "$work/server.log"

node deploy/healthcheck.mjs
BASE="http://127.0.0.1:$PORT" node --input-type=module -e '
  const base = process.env.BASE;
  const expect = async (path, status, init) => {
    const response = await fetch(base + path, init);
    if (response.status !== status) throw new Error(`${path}: ${response.status}, expected ${status}`);
    return response;
  };
  const health = await (await expect("/v1/health", 200)).json();
  if (health.database !== "postgresql") throw new Error(`health says ${JSON.stringify(health)}`);
  await expect("/gallery/", 404);
  await expect("/", 404);
  await expect("/ventanilla.js", 200);
  const { channels } = await (await expect("/v1/channels", 200)).json();
  if (channels.length !== 7) throw new Error(`${channels.length} channels`);
  await expect("/v1/channels?site=villaverde", 404);
  await expect("/v1/agent/session", 201, { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "ana@ci.example", password: "una-clave-de-ci-bastante-larga" }) });
  console.log("production start checked: health, no demo page, the kit, the site, the agent");
'

kill -TERM "$server"
wait "$server"
server=
