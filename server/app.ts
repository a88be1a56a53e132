/**
 * Assembles a Lotse server from its parts: database, storage, accounts, sessions, rooms, the
 * sync endpoint, projections, and the SvelteKit handler for pages and /api. `main.ts` calls
 * this with the environment's config; tests call it with their own.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_UPLOAD_BYTES } from '../src/lib/shared/filetypes';
import { CLOSE } from '../src/lib/shared/protocol';
import { Access } from './access';
import { Accounts } from './auth/accounts';
import { clientAddress } from './auth/address';
import { Sessions } from './auth/sessions';
import { SignIn } from './auth/signin';
import { Cases } from './cases';
import type { Config } from './config';
import { provide } from './context';
import * as db from './db';
import { drainAfterResponse } from './drain';
import { BlobStore } from './documents/blobs';
import { Documents } from './documents/documents';
import * as log from './log';
import { Bookings } from './projections/bookings';
import { Summaries } from './projections/summaries';
import { FactsProjection } from './projections/facts';
import { registryAuthority } from './projections/owned';
import { SavedFilters } from './filters';
import * as mailer from './reminders/mailer';
import { ReminderScheduler } from './reminders/scheduler';
import { ReminderStore } from './reminders/store';
import * as pidfile from './pidfile';
import { RegisterImport } from './register/register';
import { seedDemo } from './seed/seed';
import { Checkpointer } from './storage/checkpointer';
import { SqliteStorage } from './storage/sqlite';
import { Admin } from './privacy/admin';
import { Audit } from './privacy/audit';
import { describeTransaction } from './privacy/describe';
import { Consents } from './privacy/consents';
import { Erasure } from './privacy/erasure';
import { RoleGrants } from './privacy/grants';
import { Handovers } from './privacy/handovers';
import { AssessorLinks } from './privacy/links';
import { Notifications } from './privacy/notifications';
import { Privacy } from './privacy/service';
import { auditChange } from './privacy/trail';
import { SyncEndpoint } from './sync/endpoint';
import { Rooms } from './sync/rooms';

const PROTOCOL_HEADER = 'x-lotse-forwarded-proto';
/** The client address as Lotse decided it (see auth/address.ts), for SvelteKit's getClientAddress. */
const ADDRESS_HEADER = 'x-lotse-client-address';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next?: () => void) => void;

export interface Lotse {
	server: http.Server;
	rooms: Rooms;
	endpoint: SyncEndpoint;
	listen(): Promise<{ host: string; port: number }>;
	close(): Promise<void>;
}

export async function create(config: Config): Promise<Lotse> {
	const logger = log.create(config.logLevel);
	const database = db.open(config.dataDir, config.durability);
	const storage = new SqliteStorage(database);
	// Without it SQLite checkpoints by itself, inside a commit; the checkpointer logs why it stopped.
	const checkpointer = await Checkpointer.start(database, config.durability, logger).catch(() => null);
	const accounts = new Accounts(database);
	const cases = new Cases(database);
	const sessions = new Sessions(database, accounts, { maxAgeMs: config.sessionMaxAgeMs, idleMs: config.sessionIdleMs });
	const signIn = new SignIn(accounts, sessions, logger);
	const consents = new Consents(database);
	const handovers = new Handovers(database);
	const links = new AssessorLinks(database);
	const audit = new Audit(database);
	const notifications = new Notifications(database);
	const access = new Access({ accounts, cases, consents, handovers });

	if (config.seedDemo && accounts.count() === 0) {
		const report = await seedDemo({ db: database, accounts, cases, storage, log: logger });
		logger.info('seed.demo', { ...report });
	}

	// Agency, manager and ZEMIS number of a case come from the registry in every projection.
	const authority = registryAuthority(cases, accounts);
	const facts = new FactsProjection(database, logger, 250, authority);
	await facts.fill(storage);
	const filters = new SavedFilters(database);
	const bookings = new Bookings(database, logger, 250, authority);
	const backfillStarted = performance.now();
	const backfilled = await bookings.backfill(storage);
	if (backfilled > 0)
		logger.info('projection.bookings_backfilled', {
			cases: backfilled,
			ms: Math.round(performance.now() - backfillStarted)
		});

	let endpoint: SyncEndpoint;
	const summaries = new Summaries(cases, () => rooms, logger, { delayMs: 250, authority });
	const rooms = new Rooms(storage, {
		idleMs: config.idleUnloadMs,
		compaction: { maxUpdates: config.compactAfterUpdates, maxBytes: config.compactAfterBytes },
		events: {
			changed: (room, origin, described) => {
				summaries.changed(room);
				facts.changed(room);
				bookings.changed(room);
				auditChange(audit, accounts, room.name, origin, described);
			},
			describe: describeTransaction
		},
		onEvict: (room, reason) => {
			logger.warn('sync.evicted', { doc: room.name, reason });
			endpoint.closeWhere((c) => c.docName === room.name, CLOSE.storageFailed, 'document reloaded, please reconnect');
		}
	});
	await summaries.start([...new Set(accounts.agencies().map((a) => a.canton))]);
	const reminderStore = new ReminderStore(database);
	const reminders = new ReminderScheduler(
		cases,
		reminderStore,
		mailer.create(config.smtpUrl, accounts, logger, { from: config.mailFrom, publicUrl: config.publicUrl }),
		logger,
		{ intervalMs: config.reminderIntervalMs }
	);
	reminders.start();
	endpoint = new SyncEndpoint({
		rooms,
		sessions,
		access,
		log: logger,
		maxMessageBytes: config.maxMessageBytes,
		recheckMs: config.accessRecheckMs,
		allowedOrigins: config.allowedOrigins,
		maxSocketsPerSession: config.maxSocketsPerSession,
		maxBufferedBytes: config.maxBufferedBytes,
		opened: (doc, user) => {
			// Every opening of a confidential doc is on the record, not only changes to it.
			if (doc.endsWith('/confidential'))
				audit.append({
					at: Date.now(),
					userId: user.id,
					agencyId: user.agencyId,
					doc,
					action: 'open',
					summary: 'Vertrauliches Dokument geöffnet'
				});
		}
	});
	const shared = {
		db: database,
		access,
		accounts,
		cases,
		consents,
		handovers,
		links,
		audit,
		notifications,
		rooms: () => rooms,
		endpoint: () => endpoint
	};
	const privacy = new Privacy(shared);
	const erasure = new Erasure({
		...shared,
		storage,
		log: logger,
		holders: () => [facts, bookings, summaries, reminderStore, documents]
	});
	const admin = new Admin({
		access,
		accounts,
		sessions,
		audit,
		grants: new RoleGrants(database),
		notifications,
		endpoint: () => endpoint
	});
	const retention =
		config.retentionYears > 0
			? setInterval(
					() =>
						void erasure
							.retention(config.retentionYears)
							.catch((error: unknown) => logger.error('retention.failed', { error: String(error) })),
					config.retentionIntervalMs
				)
			: undefined;
	retention?.unref();

	const blobs = new BlobStore(path.join(config.dataDir, 'blobs'));
	const swept = blobs.sweep();
	if (swept > 0) logger.info('documents.swept_temp_files', { count: swept });
	const documents = new Documents(database, blobs, () => rooms);

	const register = new RegisterImport({
		accounts,
		cases,
		access,
		rooms: () => rooms,
		summaries,
		log: logger,
		audit,
		notifications
	});

	provide({
		config,
		log: logger,
		accounts,
		sessions,
		signIn,
		cases,
		access,
		privacy,
		erasure,
		audit,
		links,
		notifications,
		admin,
		endpoint,
		facts,
		filters,
		bookings,
		documents,
		register
	});
	const pages = await loadPages(config.buildDir, logger);

	const server = http.createServer((req, res) => {
		if (endpoint.handles(req)) {
			res
				.writeHead(426, { 'Content-Type': 'application/json' })
				.end(JSON.stringify({ error: 'websocket upgrade required' }));
			return;
		}
		if (!pages) {
			res
				.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
				.end('Lotse pages are not built: run `npm run build`.');
			return;
		}
		// SvelteKit's CSRF check compares the Origin header with the URL it derives from the
		// request; adapter-node assumes https unless told. We tell it what we know, overwriting
		// whatever a client sent in this header.
		req.headers[PROTOCOL_HEADER] = config.behindTls ? 'https' : 'http';
		// Likewise the client's address (sign-in limits): decided here, whatever a client sent.
		req.headers[ADDRESS_HEADER] = clientAddress(
			req.socket.remoteAddress ?? '',
			req.headers['x-forwarded-for'],
			config.trustProxy
		);
		drainAfterResponse(req, res);
		pages(req, res);
	});
	server.on('upgrade', (req, socket, head) => {
		socket.on('error', () => socket.destroy());
		if (endpoint.handles(req)) endpoint.upgrade(req, socket, head);
		else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
	});

	return {
		server,
		rooms,
		endpoint,
		listen: () =>
			new Promise((resolve, reject) => {
				server.once('error', reject);
				server.listen(config.port, config.host, () => {
					const address = server.address();
					const port = typeof address === 'object' && address ? address.port : config.port;
					// Tells `npm run import` that this data dir is in use (see server/pidfile.ts).
					pidfile.claim(config.dataDir);
					logger.info('server.listening', { host: config.host, port });
					resolve({ host: config.host, port });
				});
			}),
		close: async () => {
			clearInterval(retention);
			endpoint.close();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			summaries.stop();
			reminders.stop();
			await summaries.flush();
			facts.flush();
			await bookings.flush(rooms);
			await rooms.close();
			await checkpointer?.stop();
			database.close();
			pidfile.release(config.dataDir);
		}
	};
}

/** The SvelteKit app built by adapter-node (build/handler.js), if present. */
async function loadPages(buildDir: string, logger: log.Log): Promise<Handler | null> {
	const file = path.join(buildDir, 'handler.js');
	// Read by adapter-node when its handler module loads.
	process.env.PROTOCOL_HEADER ??= PROTOCOL_HEADER;
	process.env.ADDRESS_HEADER ??= ADDRESS_HEADER;
	// adapter-node's default body limit (512 KB) would refuse document uploads; the upload
	// endpoint enforces the exact limit itself while streaming, this is only the outer guard.
	process.env.BODY_SIZE_LIMIT ??= String(MAX_UPLOAD_BYTES + 1024 * 1024);
	if (!fs.existsSync(file)) {
		logger.warn('server.no_pages', { buildDir });
		return null;
	}
	const module = (await import(pathToFileURL(file).href)) as { handler: Handler };
	return module.handler;
}
