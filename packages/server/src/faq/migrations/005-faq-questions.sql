-- Questions citizens asked that an article answers, in their own words ("me van a cortar la luz y
-- no puedo pagar" for the emergency grants): a search close to one of them finds the article
-- even when it shares few words with it (faq/search/asked-questions.ts; the match stage). Imported with the articles.
create table faq_questions (
  doc integer not null references faq_articles (doc) on delete cascade,
  corpus integer not null references faq_corpora (id) on delete cascade,
  position integer not null,
  text text not null check (char_length(text) between 1 and 500),
  -- The question's indexed words as search compares them, set at import: stems, unaccented.
  lexemes text[] not null,
  primary key (doc, position)
);

create index faq_questions_by_corpus on faq_questions (corpus);
