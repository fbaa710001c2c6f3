-- Run once by the postgres image when it creates its database: the two extensions the FAQ
-- search needs, so that the server's role never needs the right to create them.
create extension if not exists unaccent;
create extension if not exists pg_trgm;
