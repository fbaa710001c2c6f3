// What a production start checks in its database before serving, and what it tells the operator
// to do next while the default site or its first agent is missing.
import type { Queryable } from '../db/database.ts';

// The demo's agent, whose password is published; seeded by the demo start only.
const DEMO_AGENT_EMAIL = 'agente@villaverdedelrio.example';

/** A browser origin on the machine itself (`http://localhost:*`, 127.x, [::1]): the demo's, never a citizen's. */
export function isLocalOrigin(origin: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:|\/|$)/i.test(origin);
}

/** Reasons this database must not be served in production: what the demo start left in it. */
export async function demoLeftovers(db: Queryable): Promise<string[]> {
  const faults: string[] = [];
  const [agent] = await db.query('select 1 from agents where lower(email) = $1', [DEMO_AGENT_EMAIL]);
  if (agent) faults.push(`the demo agent ${DEMO_AGENT_EMAIL} (whose password is published) is in this database: it was used by the demo; start on a new one`);
  const sites = await db.query<{ id: string; allowed_origins: string[] }>('select id, allowed_origins from sites order by id');
  for (const site of sites) {
    const local = site.allowed_origins.filter(isLocalOrigin);
    if (local.length) faults.push(`site "${site.id}" allows origins on this machine (${local.join(', ')}); remove them: update sites set allowed_origins = … where id = '${site.id}'`);
  }
  return faults;
}

/** The commands that make a new deployment useful, for what is still missing; empty once it has a site and an agent. */
export async function firstSteps(db: Queryable, defaultSite: string): Promise<string[]> {
  const steps: string[] = [];
  const [site] = await db.query('select 1 from sites where id = $1', [defaultSite]);
  if (!site) {
    steps.push(`create the site "${defaultSite}" from a site file (the format of packages/server/seed/sites/villaverde.json): npm run site:add -- site.json`);
  }
  const [agent] = await db.query("select 1 from agents where active and $1 = any(site_ids)", [defaultSite]);
  if (!agent) {
    steps.push(`create its first agent (the password is asked for, or read from AGENT_PASSWORD): npm run agent:add -- --email you@example.org --name "Your Name" --site ${defaultSite}`);
    steps.push(`import its FAQ: npm run faq:import -- --site ${defaultSite} --lang es articles/ (see docs/faq-content.md)`);
  }
  return steps;
}
