-- Requests counted per client and limit (http/rate-limit-store.ts), so that every server process
-- on this database counts against the same limit. A window starts at a client's first request;
-- rows whose window has ended are deleted now and then by the store itself.
create table rate_limit_hits (
  -- The limit's scope (all routes, or one route's own) and the client's address.
  key text primary key,
  count integer not null,
  window_end timestamptz not null
);

create index rate_limit_hits_by_window_end on rate_limit_hits (window_end);
