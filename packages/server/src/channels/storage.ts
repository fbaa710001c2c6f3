// Reading a site's channel directory: channels in their stable order, holidays and closures,
// with texts in the asked language and Spanish where a translation is missing, and each
// channel's status timeline for the next two days.
import type { Address, Channel, ChannelDirectory, ChannelKind, Closure, Holiday, Lang, WeeklyInterval } from '@ventanilla/protocol';
import { statusTimeline } from '@ventanilla/protocol/opening-hours';
import type { Queryable } from '../db/database.ts';
import type { SiteRecord } from '../sites/storage.ts';

export type Localized = Partial<Record<Lang, string>> & { es: string };

/** The text in `lang`, else Spanish (always present). */
export function localize(texts: Localized, lang: Lang): string {
  return texts[lang] ?? texts.es;
}

interface ChannelRow {
  id: string;
  kind: ChannelKind;
  names: Localized;
  descriptions: Localized | null;
  href: string | null;
  href_label: string | null;
  address: Address | null;
  always_open: boolean;
  observes_holidays: boolean;
  weekly: WeeklyInterval[];
}

/**
 * How far the timelines reach. Short, so the response stays small; a page open longer asks again,
 * and the instant a period names ("abre el lunes…") is exact whatever its distance.
 */
export const TIMELINE_MS = 48 * 3600_000;

function toChannel(row: ChannelRow, lang: Lang): Omit<Channel, 'timeline'> {
  const channel: Omit<Channel, 'timeline'> = {
    id: row.id,
    kind: row.kind,
    name: localize(row.names, lang),
    schedule: { alwaysOpen: row.always_open, weekly: row.weekly, observesHolidays: row.observes_holidays },
  };
  if (row.descriptions) channel.description = localize(row.descriptions, lang);
  if (row.href) channel.href = row.href;
  if (row.href_label) channel.hrefLabel = row.href_label;
  if (row.address) channel.address = row.address;
  return channel;
}

/** The calendar year now in a time zone. */
export function yearIn(timeZone: string, now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(now));
}

/** The directory from `now`; `reach` is how far its timelines go (the cache asks a little more). */
export async function channelDirectory(db: Queryable, site: SiteRecord, lang: Lang, now = new Date(), reach = TIMELINE_MS): Promise<ChannelDirectory> {
  const year = yearIn(site.timeZone, now);
  const [channels, holidays, closures] = await Promise.all([
    db.query<ChannelRow>(
      `select id, kind, names, descriptions, href, href_label, address, always_open, observes_holidays, weekly
         from channels where site_id = $1 order by position, id`,
      [site.id],
    ),
    db.query<{ day: string; names: Localized }>(
      `select to_char(day, 'YYYY-MM-DD') as day, names from holidays
        where site_id = $1 and extract(year from day) between $2 and $3 order by day`,
      [site.id, year, year + 1],
    ),
    db.query<{ id: string; starts: Date; ends: Date; reasons: Localized; channels: string[] }>(
      `select id, starts, ends, reasons, channels from closures
        where site_id = $1 and ends > $2 order by starts, id`,
      [site.id, now.toISOString()],
    ),
  ]);
  const context = {
    timeZone: site.timeZone,
    holidays: holidays.map((row): Holiday => ({ date: row.day, name: localize(row.names, lang) })),
    closures: closures.map(
      (row): Closure => ({
        id: row.id,
        starts: new Date(row.starts).toISOString(),
        ends: new Date(row.ends).toISOString(),
        reason: localize(row.reasons, lang),
        channels: row.channels,
      }),
    ),
  };
  const until = new Date(now.getTime() + reach);
  return {
    site: site.id,
    lang,
    from: now.toISOString(),
    until: until.toISOString(),
    channels: channels.map((row) => {
      const channel = toChannel(row, lang);
      return { ...channel, timeline: statusTimeline(channel.id, channel.schedule, context, now, until) };
    }),
    ...context,
  };
}
