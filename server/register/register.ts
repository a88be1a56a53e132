/**
 * The person-register import: the one core behind `npm run import` and POST /api/register/import.
 * Creates or completes cases by ZEMIS number, idempotently (see merge.ts for what it writes).
 *
 * Nothing half-written: each row is one server change of its case doc (one stored update,
 * all or nothing), followed by the summary into the case registry and the agency's index. A new
 * case's id is derived from its ZEMIS number, so should the process die between the two writes,
 * importing again reaches the same doc, finds nothing to add, and completes the registry entry.
 * The id is a hash prefix rather than the number itself, so doc names, URLs and logs do not
 * carry the ZEMIS number (pseudonymous, not secret).
 *
 * New cases go to: the row's "Stelle" if given, else the agency serving the row's municipality
 * (the canton's table, server/seed/canton.ts CASE_HOLDERS for the demo canton), else the
 * default agency of the run (CLI --agency). A user may only create or complete cases of their
 * own agency (administration: any); the CLI runs as the system and may all.
 */
import { createHash } from 'node:crypto';
import * as docname from '../../src/lib/shared/docname';
import { mayImportForAnyAgency, type ImportReport } from '../../src/lib/shared/registerimport';
import type { IsoDate } from '../../src/lib/model/schema';
import type { Access } from '../access';
import type { Accounts, User } from '../auth/accounts';
import type { CaseRow, Cases } from '../cases';
import type { Log } from '../log';
import type { Audit } from '../privacy/audit';
import type { Notifications } from '../privacy/notifications';
import type { Summaries } from '../projections/summaries';
import { CASE_HOLDERS } from '../seed/canton';
import type { Rooms } from '../sync/rooms';
import { merge, type Outcome } from './merge';
import { normalizeHeader, parse, type RegisterRow } from './parse';

export { FileError } from './parse';
export type { ImportReport, Rejected } from '../../src/lib/shared/registerimport';

/** Agency kinds that hold cases. */
const CASE_HOLDING = new Set(['social_region', 'municipality']);

export interface RegisterDeps {
	accounts: Accounts;
	cases: Cases;
	access: Access;
	rooms: () => Rooms;
	summaries: Summaries;
	log?: Log;
	/** Where a row naming another agency's person is reported (the server; the CLI runs as the system). */
	audit?: Audit;
	notifications?: Notifications;
}

/**
 * The answer to a user whose row names a person with a case at an agency they may not write
 * to. It must not say which agency (nor that it is another one): the canton office, which is
 * told separately, sorts it out.
 */
export const ALREADY_REGISTERED = 'Die Person ist bereits erfasst — wenden Sie sich an die kantonale Stelle';

/** Roles at the canton office that are told about such rows (see #tellCanton). */
const CANTON_NOTICE_ROLES = new Set(['team_lead', 'integration_officer']);

export interface ImportOptions {
	/** Who imports; null for the CLI (the operator of the server). */
	actor: User | null;
	today: IsoDate;
	now: number;
	/** For new cases whose row names no agency and whose municipality maps to none. */
	defaultAgency?: string;
	/** Municipality → agency id; default: the demo canton's CASE_HOLDERS. */
	municipalities?: ReadonlyMap<string, string>;
}

export const DEMO_MUNICIPALITIES: ReadonlyMap<string, string> = new Map(
	CASE_HOLDERS.flatMap((holder) =>
		holder.municipalities.map((name) => [normalizeHeader(name), holder.agencyId] as const)
	)
);

/** A new case's id: stable per ZEMIS number (see the module comment). */
export function caseIdFor(zemis: string): string {
	return `c-${createHash('sha256').update(`zemis:${zemis}`).digest('hex').slice(0, 12)}`;
}

class RowRejected extends Error {}

export class RegisterImport {
	#deps: RegisterDeps;

	constructor(deps: RegisterDeps) {
		this.#deps = deps;
	}

	/** Imports a whole extract; throws FileError when the file cannot be read at all. */
	async run(text: string, options: ImportOptions): Promise<ImportReport> {
		const parsed = parse(text, options.today);
		const report: ImportReport = {
			rows: parsed.rows.length + parsed.rejected.length,
			created: 0,
			updated: 0,
			unchanged: 0,
			rejected: [...parsed.rejected]
		};
		for (const row of parsed.rows) {
			try {
				report[await this.#importRow(row, options)]++;
			} catch (error) {
				if (!(error instanceof RowRejected)) throw error;
				report.rejected.push({ line: row.line, zemis: row.zemis, reason: error.message });
			}
		}
		report.rejected.sort((a, b) => a.line - b.line);
		this.#deps.log?.info('register.imported', {
			actor: options.actor?.id ?? 'cli',
			...report,
			rejected: report.rejected.length
		});
		return report;
	}

	async #importRow(row: RegisterRow, options: ImportOptions): Promise<Outcome> {
		const { cases, access, rooms, summaries } = this.#deps;
		const existing = cases.byZemis(row.zemis);
		let caseId: string;
		let agencyId: string;
		if (existing) {
			caseId = existing.id;
			agencyId = existing.agencyId;
			if (options.actor && !access.check(options.actor, docname.caseDoc(caseId), 'write').allow) {
				this.#tellCanton(options.actor, row, existing, options.now);
				throw new RowRejected(ALREADY_REGISTERED);
			}
		} else {
			agencyId = this.#agencyFor(row, options);
			caseId = caseIdFor(row.zemis);
			const taken = cases.get(caseId);
			if (taken && taken.summary.zemis && taken.summary.zemis !== row.zemis)
				throw new RowRejected(`Fallnummer ${caseId} ist bereits vergeben`);
		}
		const room = await rooms().get(docname.caseDoc(caseId));
		let outcome: Outcome = 'unchanged';
		await room.change((doc) => {
			outcome = merge(doc, row, { agencyId, today: options.today });
		});
		await summaries.refreshNow(caseId, room);
		return outcome;
	}

	#agencyFor(row: RegisterRow, options: ImportOptions): string {
		const municipalities = options.municipalities ?? DEMO_MUNICIPALITIES;
		const agencyId = row.agency || municipalities.get(normalizeHeader(row.municipality)) || options.defaultAgency || '';
		if (!agencyId) {
			throw new RowRejected(
				`Keine zuständige Stelle: Gemeinde «${row.municipality}» ist keiner Stelle zugeordnet und die Spalte «Stelle» ist leer`
			);
		}
		const agency = this.#deps.accounts.agency(agencyId);
		if (!agency) throw new RowRejected(`Stelle «${agencyId}» gibt es nicht`);
		if (!CASE_HOLDING.has(agency.kind)) throw new RowRejected(`Stelle «${agency.name}» führt keine Fälle`);
		const actor = options.actor;
		if (actor && actor.agencyId !== agencyId && !mayImportForAnyAgency(actor.roles)) {
			throw new RowRejected(
				`Der neue Fall gehört zur Stelle «${agency.name}»; Sie können nur Fälle Ihrer eigenen Stelle anlegen`
			);
		}
		return agencyId;
	}

	#agencyName(id: string): string {
		return this.#deps.accounts.agency(id)?.name ?? id;
	}

	/**
	 * Puts the attempt on the record for the canton office: an audit entry (the data protection
	 * officer's view) and a notification to the canton office's staff, who may tell the two
	 * agencies about each other. The importing user learns nothing about the existing case.
	 */
	#tellCanton(actor: User, row: RegisterRow, existing: CaseRow, now: number): void {
		const { accounts, audit, notifications } = this.#deps;
		const from = this.#agencyName(actor.agencyId);
		const holder = this.#agencyName(existing.agencyId);
		audit?.append({
			at: now,
			userId: actor.id,
			agencyId: actor.agencyId,
			caseId: existing.id,
			doc: null,
			action: 'import',
			summary: `Import: Person bereits erfasst (Zeile ${row.line}); Fall bei ${existing.agencyId}, Anfrage von ${actor.agencyId}`
		});
		if (!notifications) return;
		const canton = accounts.agency(actor.agencyId)?.canton;
		const offices = accounts.agencies().filter((a) => a.kind === 'canton_office' && a.canton === canton);
		const text = `Personenregister-Import: ${actor.displayName} (${from}) hat die Person mit ZEMIS-Nr ${row.zemis} angegeben, die bereits einen Fall bei ${holder} hat. Die Zeile wurde nicht importiert.`;
		for (const office of offices)
			for (const staff of accounts.usersOfAgency(office.id))
				if (!staff.disabled && staff.roles.some((r) => CANTON_NOTICE_ROLES.has(r)))
					notifications.add(staff.id, 'import', existing.id, text, now);
	}
}
