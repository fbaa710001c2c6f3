// The channel directory asked without `at` is the same for every citizen of a site and language
// until a channel's status next changes; only its window moves with the clock. So it is read once,
// with timelines reaching MAX_AGE_MS further, kept until that next change (at most MAX_AGE_MS),
// and each answer is cut from it to the window starting now: what a fresh reading would give.
import { createHash } from 'node:crypto';
import type { ChannelDirectory, Lang } from '@ventanilla/protocol';
import type { Queryable } from '../db/database.ts';
import type { SiteRecord } from '../sites/storage.ts';
import { channelDirectory, TIMELINE_MS, yearIn } from './storage.ts';

/** Hours, holidays or closures changed outside this process (a seed, another server) show within this. */
export const MAX_AGE_MS = 300_000;

interface Entry {
  read: ChannelDirectory;
  readAt: number;
  /** Each channel's period starts, in ms. */
  starts: number[][];
  expires: number;
  /** The content's hash, from and until left out: equal for equal hours, holidays and closures. */
  content: string;
  etags: Map<string, string>;
}

export interface Validity {
  /** A weak validator: two answers with it say the same, whatever instant they start from. */
  etag: string;
  /** Seconds until the entry it was cut from expires: never past the next status change. */
  maxAgeSeconds: number;
}

/** The first instant after `readAt` at which the directory would read otherwise. */
function nextChange(read: ChannelDirectory, starts: number[][], readAt: number): number {
  let next = readAt + MAX_AGE_MS;
  for (const channelStarts of starts) if (channelStarts.length > 1) next = Math.min(next, channelStarts[1]!);
  // A closure that ends leaves the list.
  for (const closure of read.closures) next = Math.min(next, Date.parse(closure.ends));
  // The holidays listed are this year's and next year's: a new year reads them again.
  if (yearIn(read.timeZone, new Date(next)) !== yearIn(read.timeZone, new Date(readAt))) next = readAt;
  return next;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

export class DirectoryCache {
  readonly #db: Queryable;
  readonly #slots = new Map<string, { entry: Promise<Entry>; expires: number }>();
  readonly #validity = new WeakMap<ChannelDirectory, Validity>();

  constructor(db: Queryable) {
    this.#db = db;
  }

  /** The directory from `now`, as channelDirectory would read it, from the cache when it holds. */
  async directory(site: SiteRecord, lang: Lang, now: Date): Promise<ChannelDirectory> {
    // Sites and languages are checked before: the keys are bounded by the sites that exist.
    const key = `${site.id}/${lang}`;
    let slot = this.#slots.get(key);
    if (!slot || slot.expires <= now.getTime()) {
      const fresh = { entry: this.#read(site, lang, now), expires: Infinity };
      this.#slots.set(key, fresh);
      fresh.entry.then(
        (entry) => (fresh.expires = entry.expires),
        () => this.#slots.get(key) === fresh && this.#slots.delete(key),
      );
      slot = fresh;
    }
    return this.#cut(await slot.entry, now.getTime());
  }

  /** Drops what is kept for a site (or every site), for whoever changes its hours, holidays or closures. */
  forget(siteId?: string): void {
    for (const key of [...this.#slots.keys()]) if (siteId === undefined || key.startsWith(`${siteId}/`)) this.#slots.delete(key);
  }

  /** The ETag and freshness of an answer this cache gave; undefined for any other. */
  validity(answer: ChannelDirectory): Validity | undefined {
    return this.#validity.get(answer);
  }

  async #read(site: SiteRecord, lang: Lang, now: Date): Promise<Entry> {
    const read = await channelDirectory(this.#db, site, lang, now, TIMELINE_MS + MAX_AGE_MS);
    const readAt = now.getTime();
    const starts = read.channels.map((channel) => channel.timeline.map((period) => Date.parse(period.from)));
    const content = hash(JSON.stringify(read, (key, value: unknown) => (key === 'from' || key === 'until' ? undefined : value)));
    return { read, readAt, starts, expires: nextChange(read, starts, readAt), content, etags: new Map() };
  }

  #cut(entry: Entry, nowMs: number): ChannelDirectory {
    // A request that started while the entry was being read gets the entry's own instant.
    const at = Math.max(nowMs, entry.readAt);
    const from = new Date(at).toISOString();
    const until = at + TIMELINE_MS;
    const counts: number[] = [];
    const channels = entry.read.channels.map((channel, index) => {
      const count = entry.starts[index]!.filter((start, position) => position === 0 || start < until).length;
      counts.push(count);
      const [first, ...rest] = channel.timeline.slice(0, count);
      return { ...channel, timeline: [{ ...first!, from }, ...rest] };
    });
    const answer: ChannelDirectory = { ...entry.read, from, until: new Date(until).toISOString(), channels };
    const shape = counts.join('.');
    let etag = entry.etags.get(shape);
    if (!etag) {
      etag = `W/"${hash(`${entry.content}/${shape}`)}"`;
      entry.etags.set(shape, etag);
    }
    this.#validity.set(answer, { etag, maxAgeSeconds: Math.max(0, Math.floor((entry.expires - at) / 1000)) });
    return answer;
  }
}
