/**
 * Administration of users and agencies (the /admin screen). Only what the access rules allow
 * the `accounts` resource; disabling a user cuts them off at once: their sessions are deleted
 * and their open sync connections closed with 4401 (final for stock clients).
 */
import { isId } from '../../src/lib/shared/docname';
import { CLOSE } from '../../src/lib/shared/protocol';
import { isAgencyKind, isRole, type Role } from '../../src/lib/shared/roles';
import type { Access } from '../access';
import type { Accounts, Agency, User } from '../auth/accounts';
import * as password from '../auth/password';
import type { Sessions } from '../auth/sessions';
import type { SyncEndpoint } from '../sync/endpoint';
import type { Audit } from './audit';
import { ok, refuse, type Outcome } from './result';

export interface AdminDeps {
	access: Access;
	accounts: Accounts;
	sessions: Sessions;
	audit: Audit;
	endpoint: () => SyncEndpoint;
	/** Lower KDF cost in tests; production uses the default. */
	kdf?: password.KdfParams;
}

export interface NewUser {
	username: string;
	displayName: string;
	agencyId: string;
	roles: string[];
	password: string;
}

export const MIN_PASSWORD_LENGTH = 10;

export class Admin {
	#d: AdminDeps;

	constructor(deps: AdminDeps) {
		this.#d = deps;
	}

	#guard(user: User): Outcome<true> {
		const decision = this.#d.access.checkResource(user, { kind: 'accounts' }, 'manage');
		return decision.allow ? ok(true) : refuse(403, decision.reason);
	}

	#log(user: User, summary: string): void {
		this.#d.audit.append({
			at: Date.now(),
			userId: user.id,
			agencyId: user.agencyId,
			doc: null,
			action: 'admin',
			summary
		});
	}

	directory(user: User): Outcome<{ users: User[]; agencies: Agency[] }> {
		const allowed = this.#guard(user);
		if (!allowed.ok) return allowed;
		return ok({ users: this.#d.accounts.users(), agencies: this.#d.accounts.agencies() });
	}

	async createUser(user: User, input: NewUser): Promise<Outcome<User>> {
		const allowed = this.#guard(user);
		if (!allowed.ok) return allowed;
		const username = input.username.trim().toLowerCase();
		if (!/^[a-z0-9][a-z0-9.-]{1,60}$/.test(username)) return refuse(400, 'username: letters, digits, dots and dashes');
		if (input.displayName.trim() === '') return refuse(400, 'display name is required');
		if (!this.#d.accounts.agency(input.agencyId)) return refuse(400, 'no such agency');
		const roles = input.roles.filter(isRole);
		if (roles.length === 0 || roles.length !== input.roles.length) return refuse(400, 'at least one known role');
		if (input.password.length < MIN_PASSWORD_LENGTH)
			return refuse(400, `initial password needs ${MIN_PASSWORD_LENGTH} characters or more`);
		if (this.#d.accounts.credentials(username)) return refuse(409, 'username taken');
		const id = `u-${username.replace(/\./g, '-')}`;
		if (this.#d.accounts.user(id)) return refuse(409, 'user id taken');
		const passwordHash = await password.hash(input.password, this.#d.kdf);
		this.#d.accounts.addUser({
			id,
			username,
			displayName: input.displayName.trim(),
			agencyId: input.agencyId,
			roles,
			passwordHash
		});
		this.#log(user, `Benutzer ${id} erstellt (${roles.join(', ')} bei ${input.agencyId})`);
		return ok(this.#d.accounts.user(id)!);
	}

	updateUser(
		user: User,
		id: string,
		values: { agencyId?: string; roles?: string[]; disabled?: boolean }
	): Outcome<User> {
		const allowed = this.#guard(user);
		if (!allowed.ok) return allowed;
		const target = this.#d.accounts.user(id);
		if (!target) return refuse(404, 'no such user');
		if (values.agencyId !== undefined && !this.#d.accounts.agency(values.agencyId))
			return refuse(400, 'no such agency');
		let roles: Role[] | undefined;
		if (values.roles !== undefined) {
			roles = values.roles.filter(isRole);
			if (roles.length === 0 || roles.length !== values.roles.length) return refuse(400, 'at least one known role');
		}
		if (values.disabled === true && id === user.id) return refuse(400, 'you cannot disable yourself');
		this.#d.accounts.updateUser(id, { agencyId: values.agencyId, roles });
		if (values.disabled !== undefined) this.#d.accounts.setDisabled(id, values.disabled);
		if (values.disabled === true) {
			// Ending the sessions closes their sync sockets in the same tick (SyncEndpoint listens).
			this.#d.sessions.revokeAllOf(id, 'account disabled');
			this.#d.endpoint().closeWhere((c) => c.userId === id, CLOSE.unauthorized, 'account disabled');
		}
		// Agency or roles changed: every socket of the user was decided under the old ones. They are
		// closed at once (transient: the client reconnects and is decided anew), not only those
		// whose read or write permission a re-check would find changed.
		const moved = values.agencyId !== undefined && values.agencyId !== target.agencyId;
		const regranted = roles !== undefined && [...roles].sort().join() !== [...target.roles].sort().join();
		if (moved || regranted)
			this.#d.endpoint().closeWhere((c) => c.userId === id, CLOSE.reload, 'roles changed, please reconnect');
		this.#d.endpoint().recheck();
		const changes = [
			values.agencyId && `Stelle ${values.agencyId}`,
			roles && `Rollen ${roles.join(', ')}`,
			values.disabled !== undefined && (values.disabled ? 'gesperrt' : 'entsperrt')
		].filter(Boolean);
		this.#log(user, `Benutzer ${id}: ${changes.join('; ')}`);
		return ok(this.#d.accounts.user(id)!);
	}

	createAgency(user: User, agency: Omit<Agency, 'kind'> & { kind: string }): Outcome<Agency> {
		const allowed = this.#guard(user);
		if (!allowed.ok) return allowed;
		if (!isId(agency.id) || !isId(agency.region) || !/^[a-z]{2}$/.test(agency.canton))
			return refuse(400, 'id and region are slugs, canton two letters');
		const kind = agency.kind;
		if (!isAgencyKind(kind)) return refuse(400, 'unknown agency kind');
		if (agency.name.trim() === '') return refuse(400, 'name is required');
		if (this.#d.accounts.agency(agency.id)) return refuse(409, 'agency id taken');
		this.#d.accounts.addAgency({ ...agency, kind, name: agency.name.trim() });
		this.#log(user, `Stelle ${agency.id} erstellt`);
		return ok(this.#d.accounts.agency(agency.id)!);
	}
}
