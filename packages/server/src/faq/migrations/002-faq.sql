-- FAQ search: articles per site and language, their search index, the vocabulary used to correct
-- typos, per-site synonyms, readers' feedback and the searches that found nothing.
--
-- Words are folded with unaccent (so "padron" finds "padrón" and "ano" finds "año") and stemmed
-- with the Snowball dictionary of the language's text search configuration (spanish, english,
-- portuguese), so "empadrono", "empadronarse" and "empadronamiento" meet. Each article keeps
-- its stems twice: as a tsvector with positions and field weights (`search`, GIN-indexed: what
-- phrase matching for synonyms reads) and as occurrence counts per field (`terms`: what exact
-- scoring reads). `faq_postings` is derived from them at every import (faq/import.ts):
-- per stem, the articles holding it, strongest first, so that a query reads a few short rows.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- One search corpus per site and language, with the statistics ranking needs.
create table faq_corpora (
  id integer generated always as identity primary key,
  site_id text not null references sites (id) on delete cascade,
  lang text not null check (lang in ('es', 'en', 'pt')),
  articles integer not null default 0,
  -- Mean indexed words per field, for length normalization.
  avg_title real not null default 1,
  avg_tags real not null default 1,
  avg_body real not null default 1,
  -- The synonym sets as query expansion reads them: [{id, articles, headline, terms: [[stem, ...]]}].
  synonyms jsonb not null default '[]',
  -- Bumped at every import or synonym change; lets a server drop what it cached.
  version integer not null default 0,
  unique (site_id, lang)
);

create table faq_articles (
  -- A compact key for the index tables; `id` is the article's public slug.
  doc integer generated always as identity primary key,
  corpus integer not null references faq_corpora (id) on delete cascade,
  site_id text not null,
  lang text not null,
  id text not null,
  topic text not null,
  title text not null,
  tags text[] not null default '{}',
  -- Markdown as written; `body_text` is its plain text, for snippets.
  body text not null,
  body_text text not null,
  updated date not null,
  -- Indexed (non-stop) words per field.
  title_len integer not null,
  tags_len integer not null,
  body_len integer not null,
  -- Unaccented stems with positions; weight A title, B tags, C body.
  search tsvector not null,
  -- The same stems with their occurrences per field, as JSON: {"padron": [title, tags, body], ...}.
  -- Kept as text: only the server reads it, whole, and text costs nothing to hand over.
  terms text not null,
  -- Synonym sets the article holds, as JSON {"~<set id>": [title, tags, body]}; set at import.
  concepts text not null default '{}',
  -- The article's distinct unaccented words and their stems, for the corpus vocabulary.
  words text[] not null default '{}',
  word_lexemes text[] not null default '{}',
  unique (site_id, lang, id),
  foreign key (site_id, topic) references departments (site_id, id) on delete cascade
);

create index faq_articles_search on faq_articles using gin (search);
create index faq_articles_by_topic on faq_articles (corpus, topic);
create index faq_articles_by_id on faq_articles (site_id, id);

-- Per stem (or synonym set, `~<id>`): how many articles hold it (in their title or tags), and
-- those articles with the stem's BM25F weight in each (0..1), strongest first. A query reads
-- the head of each list; a long list costs no more than a short one.
create table faq_postings (
  corpus integer not null references faq_corpora (id) on delete cascade,
  lexeme text collate "C" not null,
  articles integer not null,
  headline_articles integer not null,
  docs integer[] not null,
  weights real[] not null,
  primary key (corpus, lexeme)
);

-- Every distinct unaccented word of a corpus and its stem: typo correction looks for the
-- nearest words by trigram similarity (and, for two swapped letters, which trigrams miss in
-- short words, by the word's letters in order), and an unfinished last word is completed from it.
create table faq_vocabulary (
  corpus integer not null references faq_corpora (id) on delete cascade,
  word text collate "C" not null,
  lexeme text collate "C" not null,
  articles integer not null,
  -- The word's letters sorted: "padron" and "pardon" share "adnopr".
  letters text collate "C" not null,
  primary key (corpus, word)
);

create index faq_vocabulary_trigrams on faq_vocabulary using gin (word gin_trgm_ops);
create index faq_vocabulary_by_letters on faq_vocabulary (corpus, letters);

-- Equivalent terms a site declares (one row per set), e.g. {dni, carné, documento de identidad}.
-- A term may be several words. Editing them takes effect at the next import or reindex.
create table faq_synonyms (
  id integer generated always as identity primary key,
  site_id text not null references sites (id) on delete cascade,
  lang text not null check (lang in ('es', 'en', 'pt')),
  terms text[] not null check (cardinality(terms) >= 2)
);

create index faq_synonyms_by_site on faq_synonyms (site_id, lang);

-- Views per article, shared by its language versions; "most consulted" sorts on it.
create table faq_article_views (
  site_id text not null references sites (id) on delete cascade,
  article_id text not null,
  views bigint not null default 0,
  primary key (site_id, article_id)
);

-- "Was this helpful?": nothing about the reader is kept, not even an address.
create table faq_feedback (
  id uuid primary key,
  site_id text not null references sites (id) on delete cascade,
  article_id text not null,
  helpful boolean not null,
  comment text check (char_length(comment) <= 1000),
  lang text check (lang in ('es', 'en', 'pt')),
  created_at timestamptz not null default now()
);

create index faq_feedback_by_site on faq_feedback (site_id, created_at);

-- Settled searches that found nothing, counted per normalized query and day: words only.
create table faq_unanswered_searches (
  site_id text not null references sites (id) on delete cascade,
  lang text not null,
  query text not null,
  day date not null,
  searches integer not null default 1,
  last_seen timestamptz not null default now(),
  primary key (site_id, day, lang, query)
);

-- The queries every search makes, as functions: PL/pgSQL keeps their plans for the session, and
-- planning them anew would cost more than running them (the stages of faq/search/ call these; faq/search/pipeline.ts says which stage uses which).
-- Their plans are all index look-ups whatever the words: one generic plan serves every call.

-- The corpus of a site and language, and for each query word: unaccented form, stop word or
-- not, its stem and rarity when the corpus knows the word (or its stem), and its stem anyway.
create function faq_analyze(p_site text, p_lang text, p_words text[], p_stem_inputs text[], p_dictionary regdictionary)
returns table (corpus integer, articles integer, version integer, avg_title real, avg_tags real, avg_body real,
               word_position integer, folded text, stop boolean, lexeme text, word_articles integer,
               headline integer, guess text)
language plpgsql stable set plan_cache_mode = force_generic_plan as $$
#variable_conflict use_column
begin
  return query
    select c.id, c.articles, c.version, c.avg_title, c.avg_tags, c.avg_body,
           (t.pos - 1)::integer, unaccent(t.word),
           coalesce(cardinality(s.stems), 0) = 0 or coalesce(cardinality(s.folded_stems), 0) = 0,
           coalesce(v.lexeme, l.lexeme)::text, coalesce(lv.articles, l.articles),
           coalesce(lv.headline_articles, l.headline_articles), s.guess
      from faq_corpora c
      cross join unnest(p_words, p_stem_inputs) with ordinality as t(word, stem_input, pos)
      cross join lateral (select ts_lexize(p_dictionary, t.word) as stems,
                                 ts_lexize(p_dictionary, unaccent(t.word)) as folded_stems,
                                 unaccent((ts_lexize(p_dictionary, t.stem_input))[1]) as guess) as s
      left join faq_vocabulary v on v.corpus = c.id and v.word = unaccent(t.word)
      left join faq_postings lv on lv.corpus = c.id and lv.lexeme = v.lexeme
      left join faq_postings l on v.lexeme is null and l.corpus = c.id and l.lexeme = s.guess
     where c.site_id = p_site and c.lang = p_lang and c.articles > 0
     order by t.pos;
end
$$;

-- The first `p_length` articles of each stem's postings, as text lists ("{3,17,5}").
create function faq_posting_heads(p_corpus integer, p_lexemes text[], p_length integer)
returns table (lexeme text, docs text, weights text)
language plpgsql stable set plan_cache_mode = force_generic_plan as $$
#variable_conflict use_column
begin
  return query
    select p.lexeme::text, p.docs[1:p_length]::text, p.weights[1:p_length]::text
      from faq_postings p where p.corpus = p_corpus and p.lexeme = any(p_lexemes);
end
$$;

-- What exact scoring reads of each candidate; `translated` when the article also exists in
-- `p_translated_in` (then its Spanish version does not stand in for it).
create function faq_candidates(p_docs integer[], p_translated_in text)
returns table (doc integer, id text, title text, tags text[], topic text, title_len integer, tags_len integer,
               body_len integer, terms text, concepts text, translated boolean)
language plpgsql stable set plan_cache_mode = force_generic_plan as $$
#variable_conflict use_column
begin
  return query
    select a.doc, a.id, a.title, a.tags, a.topic, a.title_len, a.tags_len, a.body_len, a.terms, a.concepts,
           p_translated_in is not null and exists (
             select 1 from faq_articles b where b.site_id = a.site_id and b.lang = p_translated_in and b.id = a.id)
      from faq_articles a where a.doc = any(p_docs);
end
$$;

-- The texts snippets are cut from, and each article's words carrying one of the matched stems.
create function faq_snippet_sources(p_docs integer[], p_lexemes text[])
returns table (doc integer, body_text text, forms text[])
language plpgsql stable set plan_cache_mode = force_generic_plan as $$
#variable_conflict use_column
begin
  return query
    select a.doc, a.body_text,
           array(select w.word from unnest(a.words, a.word_lexemes) as w(word, lexeme) where w.lexeme = any(p_lexemes))
      from faq_articles a where a.doc = any(p_docs);
end
$$;

-- Vocabulary words a misspelt word may have meant: those sharing enough trigrams with it, and
-- those with the same letters (two swapped letters); nearest first. `p_words[i]` is searched
-- with `p_letters[i]`, its letters sorted; `word_index` says which.
create function faq_corrections(p_corpus integer, p_words text[], p_letters text[])
returns table (word_index integer, word text, lexeme text, articles integer, headline integer)
language plpgsql stable set plan_cache_mode = force_generic_plan as $$
#variable_conflict use_column
begin
  for i in 1 .. coalesce(array_length(p_words, 1), 0) loop
    return query
      select i, n.word::text, n.lexeme::text, p.articles, p.headline_articles
        from (select near.word, near.lexeme from (
                select v.word, v.lexeme from faq_vocabulary v where v.word % p_words[i] and v.corpus = p_corpus
                union
                select v.word, v.lexeme from faq_vocabulary v where v.corpus = p_corpus and v.letters = p_letters[i]) as near
               order by similarity(near.word, p_words[i]) desc limit 16) as n
        join faq_postings p on p.corpus = p_corpus and p.lexeme = n.lexeme;
  end loop;
end
$$;

-- The stems completing an unfinished word, most common first (by their most common word).
create function faq_completions(p_corpus integer, p_prefix text)
returns table (word text, lexeme text, articles integer, headline integer)
language plpgsql stable set plan_cache_mode = force_generic_plan as $$
#variable_conflict use_column
begin
  return query
    select min(v.word)::text, v.lexeme::text, min(p.articles), min(p.headline_articles)
      from (select word, lexeme from faq_vocabulary
             where corpus = p_corpus and word > p_prefix and word < p_prefix || chr(1114111)
             order by articles desc limit 40) as v
      join faq_postings p on p.corpus = p_corpus and p.lexeme = v.lexeme
     group by v.lexeme order by min(p.articles) desc limit 12;
end
$$;
