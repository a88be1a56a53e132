/**
 * Administration of users and agencies (the /admin screen). Only what the access rules allow
 * the `accounts` resource; disabling a user cuts them off at once: their sessions are deleted
 * and their open sync connections closed with 4401 (final for stock clients).
 *
 * Administrators cannot give themselves access to case content: nobody changes their own roles
 * or agency, and a change that would let an administrator account open cases waits for the data
 * protection officer's confirmation (two-person rule, src/lib/shared/grants.ts); request and
 * decision are both audited.
 */
import { isId } from '../../src/lib/shared/docname';
import { isCaseRole, needsSecondPerson } from '../../src/lib/shared/grants';
import { CLOSE } from '../../src/lib/shared/protocol';
import { isAgencyKind, isRole, type Role } from '../../src/lib/shared/roles';
import type { Access } from '../access';
import type { Accounts, Agency, User } from '../auth/accounts';
import * as password from '../auth/password';
import type { Sessions } from '../auth/sessions';
import type { SyncEndpoint } from '../sync/endpoint';
import type { Audit } from './audit';
import type { RoleGrant, RoleGrants } from './grants';
import type { Notifications } from './notifications';
import { ok, refuse, type Outcome } from './result';

export interface AdminDeps {
	access: Access;
	accounts: Accounts;
	sessions: Sessions;
	audit: Audit;
	grants: RoleGrants;
	notifications: Notifications;
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

/** What an account change did: applied at once, or waiting for the data protection officer. */
export interface UserChange {
	user: User;
	pending: RoleGrant | null;
}

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

	async createUser(user: User, input: NewUser): Promise<Outcome<UserChange>> {
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
		// An administrator with case roles starts without them; they wait for the second person.
		const gated = needsSecondPerson(null, { roles, agencyId: input.agencyId });
		const now = gated ? roles.filter((r) => !isCaseRole(r)) : roles;
		const passwordHash = await password.hash(input.password, this.#d.kdf);
		this.#d.accounts.addUser({
			id,
			username,
			displayName: input.displayName.trim(),
			agencyId: input.agencyId,
			roles: now,
			passwordHash
		});
		this.#log(user, `Benutzer ${id} erstellt (${now.join(', ')} bei ${input.agencyId})`);
		const pending = gated ? this.#request(user, id, input.agencyId, roles) : null;
		return ok({ user: this.#d.accounts.user(id)!, pending });
	}

	updateUser(
		user: User,
		id: string,
		values: { agencyId?: string; roles?: string[]; disabled?: boolean }
	): Outcome<UserChange> {
		const allowed = this.#guard(user);
		if (!allowed.ok) return allowed;
		const target = this.#d.accounts.user(id);
		if (!target) return refuse(404, 'no such user');
		const movesAgency = values.agencyId !== undefined && values.agencyId !== target.agencyId;
		const changesRoles = values.roles !== undefined && !sameSet(values.roles, target.roles);
		if (id === user.id && (movesAgency || changesRoles))
			return refuse(403, 'you cannot change your own roles or agency; ask another administrator', 'self');
		if (values.agencyId !== undefined && !this.#d.accounts.agency(values.agencyId))
			return refuse(400, 'no such agency');
		let roles: Role[] | undefined;
		if (values.roles !== undefined) {
			roles = values.roles.filter(isRole);
			if (roles.length === 0 || roles.length !== values.roles.length) return refuse(400, 'at least one known role');
		}
		if (values.disabled === true && id === user.id) return refuse(400, 'you cannot disable yourself', 'selfDisable');
		const after = { roles: roles ?? target.roles, agencyId: values.agencyId ?? target.agencyId };
		if ((movesAgency || changesRoles) && needsSecondPerson(target, after)) {
			if (values.disabled !== undefined) return refuse(400, 'change roles and the disabled flag separately');
			const pending = this.#request(user, id, after.agencyId, after.roles);
			return ok({ user: target, pending });
		}
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
		if (movesAgency || changesRoles) this.#reconnect(id);
		this.#d.endpoint().recheck();
		const changes = [
			values.agencyId && `Stelle ${values.agencyId}`,
			roles && `Rollen ${roles.join(', ')}`,
			values.disabled !== undefined && (values.disabled ? 'gesperrt' : 'entsperrt')
		].filter(Boolean);
		this.#log(user, `Benutzer ${id}: ${changes.join('; ')}`);
		return ok({ user: this.#d.accounts.user(id)!, pending: null });
	}

	/** Grants waiting for the second person: administrators and the data protection officer see them. */
	pendingGrants(user: User): Outcome<RoleGrant[]> {
		const { access } = this.#d;
		const may =
			access.checkResource(user, { kind: 'accounts' }, 'manage').allow ||
			access.checkResource(user, { kind: 'accounts' }, 'confirm').allow;
		return may ? ok(this.#d.grants.pending()) : refuse(403, 'administrators and the data protection officer only');
	}

	/** The data protection officer confirms (the change takes effect now) or rejects a pending grant. */
	decideGrant(user: User, grantId: string, decision: 'confirm' | 'reject'): Outcome<RoleGrant> {
		const { access, accounts, grants } = this.#d;
		const allowed = access.checkResource(user, { kind: 'accounts' }, 'confirm');
		if (!allowed.allow) return refuse(403, allowed.reason, 'notDpo');
		const grant = grants.get(grantId);
		if (!grant || grant.outcome !== null) return refuse(404, 'no such pending grant', 'noGrant');
		if (grant.requestedBy === user.id || grant.userId === user.id)
			return refuse(403, 'a second person must decide: not the requester, not the account concerned', 'samePerson');
		const target = accounts.user(grant.userId);
		if (!target || !accounts.agency(grant.agencyId)) return refuse(409, 'the account or agency no longer exists');
		const now = Date.now();
		const outcome = decision === 'confirm' ? 'confirmed' : 'rejected';
		if (!grants.decide(grant.id, outcome, user.id, now)) return refuse(404, 'no such pending grant', 'noGrant');
		if (decision === 'confirm') {
			accounts.updateUser(grant.userId, { agencyId: grant.agencyId, roles: grant.roles });
			this.#reconnect(grant.userId);
			this.#d.endpoint().recheck();
		}
		this.#log(
			user,
			`Rollenvergabe ${decision === 'confirm' ? 'bestätigt' : 'abgelehnt'} (Datenschutz): Benutzer ${grant.userId}, Rollen ${grant.roles.join(', ')} bei ${grant.agencyId}, beantragt von ${grant.requestedBy}`
		);
		this.#d.notifications.add(
			grant.requestedBy,
			'grant',
			null,
			`Die Rollenvergabe an ${target.displayName} wurde von der/dem Datenschutzbeauftragten ${decision === 'confirm' ? 'bestätigt' : 'abgelehnt'}.`,
			now
		);
		return ok(grants.get(grant.id)!);
	}

	/** The user's sockets were decided under the old roles or agency: closed (transient), decided anew on reconnect. */
	#reconnect(userId: string): void {
		this.#d.endpoint().closeWhere((c) => c.userId === userId, CLOSE.reload, 'roles changed, please reconnect');
	}

	/** Records a pending grant, audits the request and tells every data protection officer. */
	#request(user: User, userId: string, agencyId: string, roles: readonly Role[]): RoleGrant {
		const now = Date.now();
		const grant = this.#d.grants.request({ userId, agencyId, roles, requestedBy: user.id, at: now });
		this.#log(
			user,
			`Rollenvergabe beantragt: Benutzer ${userId}, Rollen ${roles.join(', ')} bei ${agencyId}; wartet auf Bestätigung durch Datenschutz`
		);
		const target = this.#d.accounts.user(userId);
		for (const dpo of this.#d.accounts.users())
			if (!dpo.disabled && dpo.roles.includes('dpo') && dpo.id !== user.id && dpo.id !== userId)
				this.#d.notifications.add(
					dpo.id,
					'grant',
					null,
					`${user.displayName} möchte ${target?.displayName ?? userId} (Administration) Rollen mit Zugriff auf Falldaten geben: bitte im Protokoll bestätigen oder ablehnen.`,
					now
				);
		return grant;
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

function sameSet(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x) => b.includes(x));
}
