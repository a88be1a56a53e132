/**
 * Agencies and user accounts (the `agencies` and `users` tables).
 */
import { isAgencyKind, isRole, type AgencyKind, type Role } from '../../src/lib/shared/roles';
import type { StaffSubject } from '../../src/lib/shared/access';
import type Database from 'better-sqlite3';
import type { Db } from '../db';

export interface Agency {
	id: string;
	name: string;
	kind: AgencyKind;
	canton: string;
	region: string;
}

export interface User {
	id: string;
	username: string;
	displayName: string;
	agencyId: string;
	roles: Role[];
	disabled: boolean;
	/** For reminders by e-mail; null if none is known. */
	email: string | null;
}

interface UserRow {
	id: string;
	username: string;
	display_name: string;
	password_hash: string;
	agency_id: string;
	roles: string;
	disabled: number;
	email: string | null;
}

function toUser(row: UserRow): User {
	const roles: unknown = JSON.parse(row.roles);
	return {
		id: row.id,
		username: row.username,
		displayName: row.display_name,
		agencyId: row.agency_id,
		roles: Array.isArray(roles) ? roles.filter(isRole) : [],
		disabled: row.disabled !== 0,
		email: row.email ?? null
	};
}

export class Accounts {
	#db: Db;
	#byId: Database.Statement<[string], UserRow> | undefined;

	constructor(db: Db) {
		this.#db = db;
	}

	addAgency(agency: Agency): void {
		if (!isAgencyKind(agency.kind)) throw new TypeError(`unknown agency kind ${agency.kind}`);
		this.#db
			.prepare('INSERT INTO agencies (id, name, kind, canton, region) VALUES (?, ?, ?, ?, ?)')
			.run(agency.id, agency.name, agency.kind, agency.canton, agency.region);
	}

	agency(id: string): Agency | undefined {
		const row = this.#db
			.prepare<[string], Agency>('SELECT id, name, kind, canton, region FROM agencies WHERE id = ?')
			.get(id);
		return row && isAgencyKind(row.kind) ? row : undefined;
	}

	agencies(): Agency[] {
		return this.#db.prepare<[], Agency>('SELECT id, name, kind, canton, region FROM agencies ORDER BY name').all();
	}

	addUser(
		user: Omit<User, 'disabled' | 'email'> & { passwordHash: string; disabled?: boolean; email?: string | null }
	): void {
		this.#db
			.prepare(
				'INSERT INTO users (id, username, display_name, email, password_hash, agency_id, roles, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
			)
			.run(
				user.id,
				user.username.toLowerCase(),
				user.displayName,
				user.email ?? null,
				user.passwordHash,
				user.agencyId,
				JSON.stringify(user.roles),
				user.disabled ? 1 : 0,
				Date.now()
			);
	}

	user(id: string): User | undefined {
		// Asked on every request and every audited change: prepared once.
		this.#byId ??= this.#db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
		const row = this.#byId.get(id);
		return row && toUser(row);
	}

	/** The user and their stored hash, for sign-in only. */
	credentials(username: string): { user: User; passwordHash: string } | undefined {
		const row = this.#db
			.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?')
			.get(username.trim().toLowerCase());
		return row && { user: toUser(row), passwordHash: row.password_hash };
	}

	users(): User[] {
		return this.#db.prepare<[], UserRow>('SELECT * FROM users ORDER BY display_name').all().map(toUser);
	}

	usersOfAgency(agencyId: string): User[] {
		return this.#db
			.prepare<[string], UserRow>('SELECT * FROM users WHERE agency_id = ? ORDER BY display_name')
			.all(agencyId)
			.map(toUser);
	}

	/** The access function's view of a user. */
	subject(user: User): StaffSubject | undefined {
		const agency = this.agency(user.agencyId);
		if (!agency) return undefined;
		return {
			kind: 'staff',
			userId: user.id,
			agencyId: agency.id,
			agencyKind: agency.kind,
			canton: agency.canton,
			region: agency.region,
			roles: user.roles
		};
	}

	/** Admin: change what a user is (display name, agency, roles). */
	updateUser(id: string, values: { displayName?: string; agencyId?: string; roles?: Role[] }): boolean {
		const current = this.user(id);
		if (!current) return false;
		// Only the given fields change: a spread would let an explicit `undefined` erase a field.
		const next = {
			displayName: values.displayName ?? current.displayName,
			agencyId: values.agencyId ?? current.agencyId,
			roles: values.roles ?? current.roles
		};
		this.#db
			.prepare('UPDATE users SET display_name = ?, agency_id = ?, roles = ? WHERE id = ?')
			.run(next.displayName, next.agencyId, JSON.stringify(next.roles.filter(isRole)), id);
		return true;
	}

	setDisabled(id: string, disabled: boolean): boolean {
		return this.#db.prepare('UPDATE users SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, id).changes > 0;
	}

	setPasswordHash(id: string, passwordHash: string): boolean {
		return this.#db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, id).changes > 0;
	}

	count(): number {
		return this.#db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users').get()?.n ?? 0;
	}
}
