/**
 * Configuration from the environment. Every variable Lotse reads is listed here (and in the
 * README's configuration table); nothing else reads process.env.
 */
import path from 'node:path';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../src/lib/shared/protocol';
import type { Durability } from './db';
import type { Level } from './log';

export interface Config {
	host: string;
	port: number;
	dataDir: string;
	durability: Durability;
	maxMessageBytes: number;
	/** Unload a doc nobody has open after this long. */
	idleUnloadMs: number;
	compactAfterUpdates: number;
	compactAfterBytes: number;
	sessionMaxAgeMs: number;
	sessionIdleMs: number;
	/** Seed the demo canton when the database has no users. */
	seedDemo: boolean;
	/** Served over https (directly or behind a TLS proxy): Secure cookies, https origin. */
	behindTls: boolean;
	logLevel: Level;
	buildDir: string;
	/** Re-decide open sync connections this often (consent expiry, session idle). */
	accessRecheckMs: number;
	/** Erase closed cases this many years after closing (0 = never). */
	retentionYears: number;
	/** How often the retention rule runs. */
	retentionIntervalMs: number;
	/** SMTP server for reminder e-mails (smtp://user:pass@host:port); '' = reminders go to the log. */
	smtpUrl: string;
	/** Sender address of reminder e-mails. */
	mailFrom: string;
	/** Public address of this Lotse, for links in e-mails. */
	publicUrl: string;
	/** How often the reminder scheduler runs. */
	reminderIntervalMs: number;
	/** Weighted caseload points above which the team lead view warns (see rules/caseload.ts). */
	caseloadLimit: number;
	/** Reverse proxies in front of Lotse whose X-Forwarded-For is believed (0 = none). */
	trustProxy: number;
	/**
	 * Origins (scheme://host[:port]) besides the request's own that may open sync sockets: the
	 * public address behind a reverse proxy that rewrites Host. A browser always sends Origin;
	 * a request without one (Node or Yrs client) is not a cross-site page and is let through.
	 */
	allowedOrigins: string[];
	/** Open sync sockets one session may hold at once. */
	maxSocketsPerSession: number;
	/** Bytes queued for one socket above which the server stops sending and closes it (slow reader). */
	maxBufferedBytes: number;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < min)
		throw new ConfigError(`${name} must be an integer ≥ ${min}, got "${raw}"`);
	return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
	if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
	throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** LOTSE_TRUST_PROXY: a number of proxy hops; true/false as 1/0 for the common single proxy. */
function trustProxy(env: NodeJS.ProcessEnv): number {
	const raw = env.LOTSE_TRUST_PROXY;
	if (raw !== undefined && /^(true|yes|false|no)$/i.test(raw)) return bool(env, 'LOTSE_TRUST_PROXY', false) ? 1 : 0;
	return int(env, 'LOTSE_TRUST_PROXY', 0, 0);
}

/** `LOTSE_ORIGIN` (comma-separated) and adapter-node's `ORIGIN`, each checked to be a bare origin. */
function origins(env: NodeJS.ProcessEnv): string[] {
	const listed = [...(env.LOTSE_ORIGIN ?? '').split(','), env.ORIGIN ?? ''].map((o) => o.trim()).filter(Boolean);
	return [
		...new Set(
			listed.map((raw) => {
				let url: URL | null = null;
				try {
					url = new URL(raw);
				} catch {
					// reported below
				}
				const bare = raw.replace(/\/$/, '');
				if (!url || !/^https?:$/.test(url.protocol) || url.origin !== bare)
					throw new ConfigError(`LOTSE_ORIGIN and ORIGIN take origins like https://lotse.example.ch, got "${raw}"`);
				return url.origin;
			})
		)
	];
}

export function fromEnv(env: NodeJS.ProcessEnv = process.env): Config {
	const durability = env.LOTSE_DURABILITY ?? 'normal';
	if (durability !== 'full' && durability !== 'normal')
		throw new ConfigError(`LOTSE_DURABILITY must be full or normal, got "${durability}"`);
	const logLevel = env.LOTSE_LOG_LEVEL ?? 'info';
	if (!['debug', 'info', 'warn', 'error'].includes(logLevel))
		throw new ConfigError(`LOTSE_LOG_LEVEL must be debug, info, warn or error`);
	return {
		host: env.HOST || '127.0.0.1',
		port: int(env, 'PORT', 3000, 0),
		dataDir: path.resolve(env.LOTSE_DATA_DIR || './data'),
		durability,
		maxMessageBytes: int(env, 'LOTSE_MAX_MESSAGE_BYTES', DEFAULT_MAX_MESSAGE_BYTES, 1024),
		idleUnloadMs: int(env, 'LOTSE_IDLE_UNLOAD_MS', 30_000, 10),
		compactAfterUpdates: int(env, 'LOTSE_COMPACT_AFTER_UPDATES', 500, 1),
		compactAfterBytes: int(env, 'LOTSE_COMPACT_AFTER_BYTES', 1024 * 1024, 1),
		sessionMaxAgeMs: int(env, 'LOTSE_SESSION_MAX_AGE_HOURS', 12, 1) * 3600_000,
		sessionIdleMs: int(env, 'LOTSE_SESSION_IDLE_MINUTES', 60, 1) * 60_000,
		seedDemo: bool(env, 'LOTSE_SEED_DEMO', true),
		behindTls: bool(env, 'LOTSE_BEHIND_TLS', false),
		logLevel: logLevel as Level,
		buildDir: path.resolve(env.LOTSE_BUILD_DIR || './build'),
		accessRecheckMs: int(env, 'LOTSE_ACCESS_RECHECK_SECONDS', 30, 1) * 1000,
		retentionYears: int(env, 'LOTSE_RETENTION_YEARS', 10, 0),
		retentionIntervalMs: int(env, 'LOTSE_RETENTION_INTERVAL_HOURS', 24, 1) * 3600_000,
		smtpUrl: env.LOTSE_SMTP_URL ?? '',
		mailFrom: env.LOTSE_MAIL_FROM || 'lotse@localhost',
		publicUrl: env.ORIGIN || `http://${env.HOST || '127.0.0.1'}:${env.PORT || '3000'}`,
		reminderIntervalMs: int(env, 'LOTSE_REMINDER_INTERVAL_MINUTES', 15, 1) * 60_000,
		caseloadLimit: int(env, 'LOTSE_CASELOAD_LIMIT', 90, 1),
		trustProxy: trustProxy(env),
		allowedOrigins: origins(env),
		maxSocketsPerSession: int(env, 'LOTSE_MAX_SOCKETS_PER_SESSION', 50, 1),
		maxBufferedBytes: int(env, 'LOTSE_MAX_BUFFERED_BYTES', 8 * 1024 * 1024, 64 * 1024)
	};
}
