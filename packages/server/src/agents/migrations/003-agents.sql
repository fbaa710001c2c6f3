-- Agents (civil servants) who sign in to the console, and their sessions. Passwords are kept
-- only as scrypt hashes, tokens only as SHA-256 hashes: a copy of the database signs no one in.

create table agents (
  id uuid primary key,
  email text not null,
  name text not null,
  -- scrypt$<N>$<r>$<p>$<salt base64url>$<hash base64url>
  password_hash text not null,
  -- The sites whose chats, requests and reports the agent may see.
  site_ids text[] not null default '{}',
  active boolean not null default true,
  created_at timestamptz not null default now()
);

create unique index agents_by_email on agents (lower(email));

create table agent_sessions (
  token_hash text primary key,
  agent_id uuid not null references agents (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create index agent_sessions_by_expiry on agent_sessions (expires_at);
