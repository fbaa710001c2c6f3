// The FAQ's articles as readers browse them (topics, lists, one article), their feedback, and
// the settled searches that found nothing. Search itself is in search.ts and search/.
import { randomUUID } from 'node:crypto';
import type {
  Article,
  ArticleFeedbackInput,
  ArticleFeedbackReceipt,
  ArticleSummary,
  HelpfulnessReport,
  Lang,
  Topic,
  UnansweredSearchReport,
} from '@ventanilla/protocol';
import type { Queryable } from '../db/database.ts';

const ORIGINAL: Lang = 'es';

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

/** The departments that have articles, named in `lang` (Spanish when not translated), in the site's order. */
export async function listTopics(db: Queryable, site: string, lang: Lang): Promise<Topic[]> {
  const rows = await db.query<{ id: string; name: string; count: number }>(
    `select d.id, coalesce(d.names ->> $2, d.names ->> 'es') as name, count(distinct a.id)::int as count
       from departments d join faq_articles a on a.site_id = d.site_id and a.topic = d.id
      where d.site_id = $1
      group by d.id, d.names, d.position
      order by d.position`,
    [site, lang],
  );
  return rows;
}

export interface ArticleListOptions {
  topic?: string | undefined;
  sort: 'popular' | 'title';
  limit: number;
}

/**
 * Article summaries in `lang`, completed with the Spanish articles not translated to it (marked
 * `fallback`), most consulted first or by title.
 */
export async function listArticles(db: Queryable, site: string, lang: Lang, options: ArticleListOptions): Promise<ArticleSummary[]> {
  const rows = await db.query<{ id: string; title: string; topic: string; fallback: boolean }>(
    `select a.id, a.title, a.topic, a.lang <> $2 as fallback
       from faq_articles a
       left join faq_article_views v on v.site_id = a.site_id and v.article_id = a.id
      where a.site_id = $1 and ($3::text is null or a.topic = $3)
        and (a.lang = $2 or (a.lang = $4 and not exists (
              select 1 from faq_articles t where t.site_id = a.site_id and t.lang = $2 and t.id = a.id)))
      order by case when $5 = 'popular' then coalesce(v.views, 0) else 0 end desc,
               regexp_replace(lower(unaccent(a.title)), '^[^a-z0-9]+', ''), a.id
      limit $6`,
    [site, lang, options.topic ?? null, ORIGINAL, options.sort, options.limit],
  );
  return rows.map((row) => (row.fallback ? row : { id: row.id, title: row.title, topic: row.topic }));
}

interface ArticleRow {
  id: string;
  lang: Lang;
  title: string;
  topic: string;
  tags: string[];
  body: string;
  updated: string;
}

/** One article in `lang`, or in Spanish (`fallback`) when it is not translated; counts a view. */
export async function readArticle(db: Queryable, site: string, lang: Lang, id: string): Promise<Article | undefined> {
  const [row] = await db.query<ArticleRow>(
    `select id, lang, title, topic, tags, body, updated::text as updated
       from faq_articles where site_id = $1 and id = $2 and lang in ($3, $4)
      order by lang = $3 desc limit 1`,
    [site, id, lang, ORIGINAL],
  );
  if (!row) return undefined;
  await db.query(
    `insert into faq_article_views (site_id, article_id, views) values ($1, $2, 1)
     on conflict (site_id, article_id) do update set views = faq_article_views.views + 1`,
    [site, id],
  );
  return { ...row, fallback: row.lang !== lang };
}

export async function articleExists(db: Queryable, site: string, id: string): Promise<boolean> {
  const rows = await db.query('select 1 from faq_articles where site_id = $1 and id = $2 limit 1', [site, id]);
  return rows.length > 0;
}

export async function insertFeedback(db: Queryable, site: string, articleId: string, input: ArticleFeedbackInput): Promise<ArticleFeedbackReceipt> {
  const comment = input.comment?.trim() || null;
  const [row] = await db.query<{ id: string; created_at: Date | string }>(
    `insert into faq_feedback (id, site_id, article_id, helpful, comment, lang) values ($1, $2, $3, $4, $5, $6)
     returning id, created_at`,
    [randomUUID(), site, articleId, input.helpful, comment, input.lang ?? null],
  );
  return { id: row!.id, articleId, helpful: input.helpful, createdAt: iso(row!.created_at) };
}

/** Counts a settled search that found nothing, by its normalized words and the site's day. */
export async function recordUnansweredSearch(db: Queryable, site: string, timeZone: string, lang: Lang, query: string): Promise<void> {
  await db.query(
    `insert into faq_unanswered_searches (site_id, lang, query, day) values ($1, $2, $3, (now() at time zone $4)::date)
     on conflict (site_id, day, lang, query) do update
       set searches = faq_unanswered_searches.searches + 1, last_seen = now()`,
    [site, lang, query, timeZone],
  );
}

export async function unansweredSearches(db: Queryable, site: string, timeZone: string, days: number, limit: number): Promise<UnansweredSearchReport> {
  const [window] = await db.query<{ since: Date | string; first_day: string }>(
    `select now() - make_interval(days => $1) as since, ((now() - make_interval(days => $1)) at time zone $2)::date::text as first_day`,
    [days, timeZone],
  );
  const rows = await db.query<{ query: string; lang: Lang; count: number; last_seen: Date | string }>(
    `select query, lang, sum(searches)::int as count, max(last_seen) as last_seen
       from faq_unanswered_searches
      where site_id = $1 and day >= $2::date
      group by query, lang
      order by count desc, last_seen desc, query
      limit $3`,
    [site, window!.first_day, limit],
  );
  return {
    since: iso(window!.since),
    searches: rows.map((row) => ({ query: row.query, lang: row.lang, count: row.count, lastSeen: iso(row.last_seen) })),
  };
}

/** How many readers said each article helped, and the latest comments of those it did not. */
export async function helpfulnessReport(db: Queryable, site: string, days: number, comments = 5): Promise<HelpfulnessReport> {
  const [window] = await db.query<{ since: Date | string }>('select now() - make_interval(days => $1) as since', [days]);
  const rows = await db.query<{ id: string; title: string | null; helpful: number; not_helpful: number; comments: string[] | null }>(
    `select f.article_id as id,
            (select title from faq_articles a where a.site_id = f.site_id and a.id = f.article_id order by a.lang = $4 desc limit 1) as title,
            count(*) filter (where f.helpful)::int as helpful,
            count(*) filter (where not f.helpful)::int as not_helpful,
            (array_agg(f.comment order by f.created_at desc) filter (where not f.helpful and f.comment is not null))[1:$3] as comments
       from faq_feedback f
      where f.site_id = $1 and f.created_at >= $2
      group by f.site_id, f.article_id
      order by not_helpful desc, count(*) desc, f.article_id`,
    [site, window!.since, comments, ORIGINAL],
  );
  return {
    since: iso(window!.since),
    articles: rows.map((row) => ({
      id: row.id,
      title: row.title ?? row.id,
      helpful: row.helpful,
      notHelpful: row.not_helpful,
      comments: row.comments ?? [],
    })),
  };
}
