/**
 * The bridge between the Node server and the SvelteKit app it serves. SvelteKit's server code
 * is bundled separately from server/, so module state cannot be shared by import; the server
 * publishes its services once under a global symbol and hooks/endpoints read them from here.
 * This file must stay free of runtime imports of server modules (types only).
 */
import type { Access } from './access';
import type { Accounts } from './auth/accounts';
import type { Sessions } from './auth/sessions';
import type { SignIn } from './auth/signin';
import type { Cases } from './cases';
import type { Bookings } from './projections/bookings';
import type { Config } from './config';
import type { SavedFilters } from './filters';
import type { Log } from './log';
import type { Admin } from './privacy/admin';
import type { Audit } from './privacy/audit';
import type { Erasure } from './privacy/erasure';
import type { AssessorLinks } from './privacy/links';
import type { Notifications } from './privacy/notifications';
import type { Privacy } from './privacy/service';
import type { SyncEndpoint } from './sync/endpoint';
import type { FactsProjection } from './projections/facts';
import type { Documents } from './documents/documents';
import type { RegisterImport } from './register/register';

export interface LotseContext {
	config: Config;
	log: Log;
	accounts: Accounts;
	sessions: Sessions;
	signIn: SignIn;
	cases: Cases;
	access: Access;
	privacy: Privacy;
	erasure: Erasure;
	audit: Audit;
	links: AssessorLinks;
	notifications: Notifications;
	admin: Admin;
	endpoint: SyncEndpoint;
	/** Person facts for indicators and client lists (see projections/facts.ts). */
	facts: FactsProjection;
	filters: SavedFilters;
	bookings: Bookings;
	documents: Documents;
	register: RegisterImport;
}

const KEY = Symbol.for('lotse.context');
type Holder = { [KEY]?: LotseContext };

export function provide(context: LotseContext): void {
	(globalThis as Holder)[KEY] = context;
}

export function context(): LotseContext {
	const found = (globalThis as Holder)[KEY];
	if (!found)
		throw new Error('Lotse server context missing: start the app with server/main.ts, not the bare SvelteKit handler');
	return found;
}

export const SESSION_COOKIE = 'lotse_session';
