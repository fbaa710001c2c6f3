// A site described in one JSON file (the format of packages/server/seed/sites/*.json): its name,
// time zone, languages, allowed origins, departments, channels, holidays, closures and, optionally,
// its FAQ per language. `npm run site:add` and the demo seed both insert sites through addSite.
import { readFile } from 'node:fs/promises';
import type { Address, ChannelKind, Lang, WeeklyInterval } from '@ventanilla/protocol';
import type { Database, Queryable } from '../db/database.ts';
import type { Localized } from '../channels/storage.ts';
import { importArticles, replaceSynonyms, type ArticleInput } from '../faq/import.ts';
import { replaceReferrals, type ReferralInput } from '../faq/referrals.ts';

/** A site's own FAQ in one language, imported with the site (the demo's is seeded from its files). */
export interface FaqSeed {
  articles: ArticleInput[];
  synonyms?: string[][];
  referrals?: ReferralInput[];
}

export interface SiteSeed {
  id: string;
  name: string;
  timeZone: string;
  languages: string[];
  allowedOrigins: string[];
  departments: { id: string; names: Localized }[];
  channels: {
    id: string;
    kind: ChannelKind;
    names: Localized;
    descriptions?: Localized;
    href?: string;
    hrefLabel?: string;
    address?: Address;
    alwaysOpen: boolean;
    observesHolidays: boolean;
    weekly: WeeklyInterval[];
  }[];
  holidays: { date: string; names: Localized }[];
  closures: { id: string; starts: string; ends: string; reasons: Localized; channels: string[] }[];
  faq?: Partial<Record<Lang, FaqSeed>>;
}

export async function readSiteFile(path: string | URL): Promise<SiteSeed> {
  return JSON.parse(await readFile(path, 'utf8')) as SiteSeed;
}

/** Inserts the site with its FAQ when no site has its id; returns false, changing nothing, when one has. */
export async function addSite(db: Database, site: SiteSeed): Promise<boolean> {
  if (!(await db.transaction((tx) => insertSite(tx, site)))) return false;
  await importSiteFaq(db, site);
  return true;
}

async function importSiteFaq(db: Database, site: SiteSeed): Promise<void> {
  for (const [lang, faq] of Object.entries(site.faq ?? {}) as [Lang, FaqSeed][]) {
    // Synonyms first: importing then indexes the articles with them.
    if (faq.synonyms) await replaceSynonyms(db, site.id, lang, faq.synonyms);
    await importArticles(db, site.id, lang, faq.articles);
    if (faq.referrals) await replaceReferrals(db, site.id, lang, faq.referrals);
  }
}

async function insertSite(tx: Queryable, site: SiteSeed): Promise<boolean> {
  const inserted = await tx.query(
    `insert into sites (id, name, time_zone, languages, allowed_origins) values ($1, $2, $3, $4, $5)
     on conflict (id) do nothing returning id`,
    [site.id, site.name, site.timeZone, site.languages, site.allowedOrigins],
  );
  if (!inserted.length) return false;
  for (const [position, department] of site.departments.entries()) {
    await tx.query('insert into departments (site_id, id, position, names) values ($1, $2, $3, $4)', [
      site.id,
      department.id,
      position,
      json(department.names),
    ]);
  }
  for (const [position, channel] of site.channels.entries()) {
    await tx.query(
      `insert into channels (site_id, id, position, kind, names, descriptions, href, href_label, address,
                             always_open, observes_holidays, weekly)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        site.id,
        channel.id,
        position,
        channel.kind,
        json(channel.names),
        json(channel.descriptions),
        channel.href ?? null,
        channel.hrefLabel ?? null,
        json(channel.address),
        channel.alwaysOpen,
        channel.observesHolidays,
        json(channel.weekly),
      ],
    );
  }
  for (const holiday of site.holidays) {
    await tx.query('insert into holidays (site_id, day, names) values ($1, $2, $3)', [site.id, holiday.date, json(holiday.names)]);
  }
  for (const closure of site.closures) {
    await tx.query('insert into closures (site_id, id, starts, ends, reasons, channels) values ($1, $2, $3, $4, $5, $6)', [
      site.id,
      closure.id,
      closure.starts,
      closure.ends,
      json(closure.reasons),
      closure.channels,
    ]);
  }
  return true;
}

// Both drivers would turn a JavaScript array into a PostgreSQL array; jsonb wants JSON text.
function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
