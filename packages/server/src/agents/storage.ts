// Agents and their sessions. A password is kept as an scrypt hash; a session token is handed to
// the agent once and kept only as its SHA-256, with an expiry.
import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Queryable } from '../db/database.ts';

export interface AgentRecord {
  id: string;
  name: string;
  email: string;
  siteIds: string[];
}

const SCRYPT = { N: 16_384, r: 8, p: 1, keyLength: 64 };
const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p }, SCRYPT.keyLength);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) }, expected.length);
  return timingSafeEqual(key, expected);
}

// Checked against when the e-mail is unknown, so that a wrong address takes as long as a wrong password.
let decoy: Promise<string> | undefined;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface AgentRow {
  id: string;
  name: string;
  email: string;
  site_ids: string[];
  password_hash: string;
}

const toRecord = (row: Omit<AgentRow, 'password_hash'>): AgentRecord => ({ id: row.id, name: row.name, email: row.email, siteIds: row.site_ids });

export async function createAgent(db: Queryable, agent: { email: string; name: string; password: string; siteIds: string[] }): Promise<AgentRecord> {
  const [row] = await db.query<AgentRow>(
    `insert into agents (id, email, name, password_hash, site_ids) values ($1, $2, $3, $4, $5)
     returning id, email, name, site_ids`,
    [randomUUID(), agent.email.trim(), agent.name, await hashPassword(agent.password), agent.siteIds],
  );
  return toRecord(row!);
}

/** A new session for the agent with these credentials, or undefined when they are wrong. */
export async function signIn(db: Queryable, email: string, password: string): Promise<{ token: string; agent: AgentRecord } | undefined> {
  const [row] = await db.query<AgentRow>(
    'select id, email, name, site_ids, password_hash from agents where lower(email) = lower($1) and active',
    [email.trim()],
  );
  if (!row) {
    decoy ??= hashPassword(randomBytes(12).toString('hex'));
    await verifyPassword(password, await decoy);
    return undefined;
  }
  if (!(await verifyPassword(password, row.password_hash))) return undefined;
  const token = randomBytes(32).toString('base64url');
  await db.query(`insert into agent_sessions (token_hash, agent_id, expires_at) values ($1, $2, now() + make_interval(secs => $3))`, [
    tokenHash(token),
    row.id,
    SESSION_TTL_MS / 1000,
  ]);
  // Expired sessions are of no use to anyone: sweep them as new ones begin.
  await db.query('delete from agent_sessions where expires_at < now()');
  return { token, agent: toRecord(row) };
}

/** The agent a bearer token belongs to, while its session lasts. */
export async function agentForToken(db: Queryable, token: string): Promise<AgentRecord | undefined> {
  const [row] = await db.query<Omit<AgentRow, 'password_hash'>>(
    `select a.id, a.email, a.name, a.site_ids
       from agent_sessions s join agents a on a.id = s.agent_id
      where s.token_hash = $1 and s.expires_at > now() and a.active`,
    [tokenHash(token)],
  );
  return row && toRecord(row);
}
