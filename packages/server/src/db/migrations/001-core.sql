-- The server's core: sites, their departments, channels, holidays and closures, and the
-- remembered responses of idempotent creates. Localized texts are jsonb maps by language
-- ({"es": "...", "en": "..."}); Spanish is always present.

create table sites (
  id text primary key,
  name text not null,
  time_zone text not null,
  languages text[] not null,
  -- Exact origins (https://www.example.org) or port wildcards (http://localhost:*).
  allowed_origins text[] not null default '{}',
  created_at timestamptz not null default now()
);

create table departments (
  site_id text not null references sites (id) on delete cascade,
  id text not null,
  position integer not null,
  names jsonb not null,
  primary key (site_id, id)
);

create table channels (
  site_id text not null references sites (id) on delete cascade,
  id text not null,
  position integer not null,
  kind text not null,
  names jsonb not null,
  descriptions jsonb,
  href text,
  href_label text,
  -- {street, locality, postalCode, mapUrl?}
  address jsonb,
  always_open boolean not null default false,
  observes_holidays boolean not null default true,
  -- [{day, opens, closes}] in the site's time zone, as the contract's WeeklyInterval.
  weekly jsonb not null default '[]',
  primary key (site_id, id)
);

create index channels_by_position on channels (site_id, position);

create table holidays (
  site_id text not null references sites (id) on delete cascade,
  day date not null,
  names jsonb not null,
  primary key (site_id, day)
);

create table closures (
  site_id text not null references sites (id) on delete cascade,
  id text not null,
  starts timestamptz not null,
  ends timestamptz not null,
  reasons jsonb not null,
  -- Empty: every channel that observes holidays.
  channels text[] not null default '{}',
  primary key (site_id, id),
  check (ends > starts)
);

create table idempotency_keys (
  key text primary key,
  -- The operation and what it acts on (site, path parameters); a key answers one scope only.
  scope text not null,
  request_hash text not null,
  status integer,
  -- The response body exactly as first sent.
  body text,
  created_at timestamptz not null default now()
);

create index idempotency_keys_by_age on idempotency_keys (created_at);
