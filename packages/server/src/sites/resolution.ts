// Which site a request is for (`?site=`, else the default site), with a short cache so that
// CORS and the route do not each ask the database. An unknown site is a 404 problem.
import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../db/database.ts';
import { findSite, type SiteRecord } from './storage.ts';
import { HttpProblem } from '../http/problems.ts';
import { contractSchema } from '../http/contract.ts';

// CORS asks before the query is validated, so an id that cannot be a site never reaches the database.
const SLUG = new RegExp(String(contractSchema('Slug').pattern));

const TTL_MS = 5_000;

export class SiteDirectory {
  readonly #db: Queryable;
  readonly #defaultSite: string;
  readonly #cache = new Map<string, { site: SiteRecord | undefined; at: number }>();

  constructor(db: Queryable, defaultSite: string) {
    this.#db = db;
    this.#defaultSite = defaultSite;
  }

  /** The site by id, or undefined when there is none. */
  async find(id: string): Promise<SiteRecord | undefined> {
    if (!SLUG.test(id)) return undefined;
    const cached = this.#cache.get(id);
    if (cached && Date.now() - cached.at < TTL_MS) return cached.site;
    const site = await findSite(this.#db, id);
    // Bounded: ids come from the query string, so never keep more than a few hundred.
    if (this.#cache.size > 500) this.#cache.clear();
    this.#cache.set(id, { site, at: Date.now() });
    return site;
  }

  /** The id a request asks for; the default site's when it names none. */
  requestedId(request: FastifyRequest): string {
    // Read before validation too (CORS asks first), so the query is looked at, not trusted.
    const { query } = request;
    const site = query && typeof query === 'object' && 'site' in query ? query.site : undefined;
    return typeof site === 'string' && site !== '' ? site : this.#defaultSite;
  }

  /** The request's site; throws a 404 problem when it does not exist. */
  async resolve(request: FastifyRequest): Promise<SiteRecord> {
    const id = this.requestedId(request);
    const site = await this.find(id);
    if (!site) throw new HttpProblem(404, { type: 'unknown-site', title: 'Unknown site', detail: `There is no site "${id}" on this server.` });
    return site;
  }

  forget(): void {
    this.#cache.clear();
  }
}
