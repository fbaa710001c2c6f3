-- "Not our service": what a site's citizens ask about that another administration or a company
-- handles (a passport, the income tax return, changing electricity company). A search holding one
-- of an entry's phrases, when no candidate article holds that phrase in its title or tags, answers
-- with the entry instead of poor matches (faq/referrals.ts; the refer stage, faq/search/refer.ts).
create table faq_referrals (
  id integer generated always as identity primary key,
  site_id text not null references sites (id) on delete cascade,
  lang text not null check (lang in ('es', 'en', 'pt')),
  -- The position in the list as imported: the first of two equally good entries wins.
  position integer not null,
  -- As the editor wrote them ("declaración de la renta", "irpf").
  phrases text[] not null check (cardinality(phrases) >= 1),
  -- Who handles it, a page of theirs, and one sentence for the citizen.
  name text not null check (char_length(name) between 1 and 200),
  url text check (url ~ '^https://'),
  text text not null check (char_length(text) between 1 and 500),
  -- The phrases as search compares them, set at import: per phrase, per indexed word, its
  -- possible stems (written and unaccented): [[["declar"], ["rent"]], [["irpf"]]].
  stems jsonb not null default '[]'
);

create index faq_referrals_by_site on faq_referrals (site_id, lang, position);
