// Reading sites: the public bodies this server answers for.
import type { Lang, Site } from '@ventanilla/protocol';
import type { Queryable } from '../db/database.ts';

export interface SiteRecord extends Site {
  allowedOrigins: string[];
}

interface SiteRow {
  id: string;
  name: string;
  time_zone: string;
  languages: string[];
  allowed_origins: string[];
}

function toRecord(row: SiteRow): SiteRecord {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    languages: row.languages as Lang[],
    allowedOrigins: row.allowed_origins,
  };
}

export async function findSite(db: Queryable, id: string): Promise<SiteRecord | undefined> {
  const rows = await db.query<SiteRow>(
    'select id, name, time_zone, languages, allowed_origins from sites where id = $1',
    [id],
  );
  return rows[0] && toRecord(rows[0]);
}

