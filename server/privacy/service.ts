/**
 * Data-protection operations on cases: consent, sharing, handover, assessor links, audit views.
 * Every operation asks the one access function first, writes the audit trail, and re-checks
 * open sync connections when access may have shrunk, so that a revocation takes effect at once.
 * Returns Outcome objects (see result.ts) for the routes to turn into HTTP answers.
 */
import type { Action } from '../../src/lib/shared/access';
import * as docname from '../../src/lib/shared/docname';
import * as caseinfo from '../../src/lib/model/caseinfo';
import * as caseindex from '../../src/lib/model/caseindex';
import * as journal from '../../src/lib/model/journal';
import * as tasks from '../../src/lib/model/tasks';
import * as assessment from '../../src/lib/model/assessment';
import * as entries from '../../src/lib/model/entries';
import { caseRoots } from '../../src/lib/model/schema';
import type { Access } from '../access';
import type { Accounts, User } from '../auth/accounts';
import type { CaseRow, Cases } from '../cases';
import type { Db } from '../db';
import type { SyncEndpoint } from '../sync/endpoint';
import type { Rooms } from '../sync/rooms';
import type { Audit, AuditAction } from './audit';
import type { Consent, Consents, NewConsent, Part, Share } from './consents';
import type { ChecklistItem, Handover, Handovers } from './handovers';
import type { AssessorLink, AssessorLinks } from './links';
import type { Notifications } from './notifications';
import { ok, refuse, type Outcome } from './result';
import { isoDay } from './schema';

export interface PrivacyDeps {
	db: Db;
	access: Access;
	accounts: Accounts;
	cases: Cases;
	consents: Consents;
	handovers: Handovers;
	links: AssessorLinks;
	notifications: Notifications;
	audit: Audit;
	rooms: () => Rooms;
	endpoint: () => SyncEndpoint;
}

export interface HandoverInput {
	toAgency: string;
	toManager: string | null;
	reason: string;
	note: string;
	checklist: ChecklistItem[];
}

/** Fields of the assessment form an external assessor may fill (no health details: those are confidential). */
export const ASSESSOR_FIELDS = [
	'firstLanguage',
	'schoolingYears',
	'vocationalTraining',
	'digitalSkills',
	'goals',
	'resources',
	'barriers',
	'employable',
	'placeable',
	'assessor'
] as const;
export type AssessorField = (typeof ASSESSOR_FIELDS)[number];

export class Privacy {
	#d: PrivacyDeps;

	constructor(deps: PrivacyDeps) {
		this.#d = deps;
	}

	/** The case if `user` may do `action` on it, else the refusal with the rule's reason. */
	guard(user: User, caseId: string, action: Action): Outcome<CaseRow> {
		const row = this.#d.cases.get(caseId);
		if (!row) return refuse(404, 'no such case');
		const decision = this.#d.access.check(user, docname.caseDoc(caseId), action);
		return decision.allow ? ok(row) : refuse(403, decision.reason);
	}

	#audit(user: User | null, caseId: string, action: AuditAction, summary: string): void {
		this.#d.audit.append({
			at: Date.now(),
			userId: user?.id ?? null,
			agencyId: user?.agencyId ?? null,
			caseId,
			doc: docname.caseDoc(caseId),
			action,
			summary
		});
	}

	overview(
		user: User,
		caseId: string
	): Outcome<{ consents: Consent[]; shares: Share[]; handovers: Handover[]; links: AssessorLink[] }> {
		const allowed = this.guard(user, caseId, 'share');
		if (!allowed.ok) return allowed;
		const { consents, handovers, links } = this.#d;
		return ok({
			consents: consents.consentsOf(caseId),
			shares: consents.sharesOf(caseId),
			handovers: handovers.of(caseId),
			links: links.of(caseId)
		});
	}

	recordConsent(user: User, caseId: string, input: NewConsent): Outcome<Consent> {
		const allowed = this.guard(user, caseId, 'share');
		if (!allowed.ok) return allowed;
		const result = this.#d.consents.record(caseId, input, user.id);
		if (result.ok) {
			const who = input.kind === 'general' ? 'alle beteiligten Stellen' : input.agencies.join(', ');
			this.#audit(
				user,
				caseId,
				'consent',
				`Einwilligung erfasst (${input.kind === 'general' ? 'generell' : 'spezifisch'}: ${who}; ${input.validFrom} bis ${input.validTo || 'Widerruf'})`
			);
		}
		return result;
	}

	revokeConsent(user: User, caseId: string, consentId: string): Outcome<Consent> {
		const allowed = this.guard(user, caseId, 'share');
		if (!allowed.ok) return allowed;
		const result = this.#d.consents.revokeConsent(caseId, consentId, user.id);
		if (result.ok) {
			this.#audit(user, caseId, 'consent', 'Einwilligung widerrufen');
			this.#d.endpoint().recheck();
		}
		return result;
	}

	share(user: User, caseId: string, agencyId: string, parts: Part[]): Outcome<Share> {
		const allowed = this.guard(user, caseId, 'share');
		if (!allowed.ok) return allowed;
		if (!this.#d.accounts.agency(agencyId)) return refuse(404, 'no such agency');
		if (agencyId === allowed.value.agencyId) return refuse(400, 'the responsible agency has access anyway');
		const result = this.#d.consents.share(caseId, agencyId, parts, user.id);
		this.#audit(
			user,
			caseId,
			'share',
			result.ok ? `Freigabe an ${agencyId} erteilt` : `Freigabe an ${agencyId} verweigert: ${result.reason}`
		);
		return result;
	}

	revokeShare(user: User, caseId: string, shareId: string): Outcome<Share> {
		const allowed = this.guard(user, caseId, 'share');
		if (!allowed.ok) return allowed;
		const result = this.#d.consents.revokeShare(caseId, shareId, user.id);
		if (result.ok) {
			this.#audit(user, caseId, 'share', `Freigabe an ${result.value.agencyId} widerrufen`);
			this.#d.endpoint().recheck();
		}
		return result;
	}

	/**
	 * Hands the case to another agency and manager. The registry (the access authority) moves
	 * first; the case doc follows with a server change (so every client sees the new agency), a
	 * journal entry puts the handover on the case's history, and a task waits for the receiver.
	 * The doc itself moves with the case: the whole history goes along, nothing is retyped.
	 */
	async handover(user: User, caseId: string, input: HandoverInput): Promise<Outcome<Handover>> {
		const allowed = this.guard(user, caseId, 'share');
		if (!allowed.ok) return allowed;
		const from = allowed.value;
		const target = this.#d.accounts.agency(input.toAgency);
		if (!target) return refuse(404, 'no such agency');
		if (target.id === from.agencyId) return refuse(400, 'the case is already held by this agency');
		const receiver = input.toManager ? this.#d.accounts.user(input.toManager) : undefined;
		if (input.toManager && (!receiver || receiver.agencyId !== target.id || receiver.disabled))
			return refuse(400, 'the receiving manager does not work at the receiving agency');
		if (input.reason.trim() === '') return refuse(400, 'a reason is required');
		const now = Date.now();
		const handover = this.#d.handovers.record({
			caseId,
			fromAgency: from.agencyId,
			fromManager: from.managerId,
			toAgency: target.id,
			toManager: input.toManager,
			reason: input.reason.slice(0, 200),
			note: input.note.slice(0, 5000),
			checklist: input.checklist.slice(0, 50),
			byUser: user.id,
			at: now
		});
		this.#d.cases.put({ ...from.summary, agencyId: target.id, managerId: input.toManager ?? '' });
		const rooms = this.#d.rooms();
		const room = await rooms.get(docname.caseDoc(caseId));
		const fromName = this.#d.accounts.agency(from.agencyId)?.name ?? from.agencyId;
		await room.change((doc) => {
			caseinfo.setAll(doc, { agencyId: target.id, managerId: input.toManager ?? '' });
			journal.add(doc, {
				date: isoDay(now),
				authorId: user.id,
				authorName: user.displayName,
				now,
				paragraphs: [
					`Fallübergabe von ${fromName} an ${target.name} (${input.reason}).`,
					...input.note.split('\n').filter(Boolean)
				]
			});
			// The timeline's handover mark (src/lib/charts/timeline-data.ts reads this array).
			entries.add(
				doc,
				caseRoots.handovers(doc),
				{ date: isoDay(now), reason: input.reason.slice(0, 200), fromAgency: from.agencyId, toAgency: target.id },
				undefined,
				handover.id
			);
			tasks.add(doc, {
				title: `Übernommenen Fall prüfen (Übergabe von ${fromName})`,
				due: isoDay(now + 7 * 86_400_000),
				assigneeId: input.toManager ?? '',
				agencyId: target.id,
				createdAt: isoDay(now),
				createdBy: user.id,
				source: `handover:${handover.id}`
			});
		});
		const summary = { ...from.summary, agencyId: target.id, managerId: input.toManager ?? '' };
		await (await rooms.get(docname.indexDoc(from.agencyId))).change((doc) => caseindex.remove(doc, caseId));
		await (await rooms.get(docname.indexDoc(target.id))).change((doc) => caseindex.put(doc, summary));
		if (receiver)
			this.#d.notifications.add(
				receiver.id,
				'handover',
				caseId,
				`Ihnen wurde ein Fall übergeben (von ${fromName}).`,
				now
			);
		// Without the reason: it is free text about the person, and audit rows outlive an erasure.
		this.#audit(user, caseId, 'handover', `Fallübergabe von ${from.agencyId} an ${target.id}`);
		// The former agency keeps read access only as the rules say: re-decide its connections now.
		this.#d.endpoint().recheck();
		return ok(handover);
	}

	/** Issues an assessor link for a new assessment form of the case. */
	async issueLink(
		user: User,
		caseId: string,
		expiresAt: number
	): Promise<Outcome<{ token: string; link: AssessorLink }>> {
		const allowed = this.guard(user, caseId, 'share');
		if (!allowed.ok) return allowed;
		const now = Date.now();
		if (!(expiresAt > now) || expiresAt > now + 90 * 86_400_000)
			return refuse(400, 'expiry must be in the next 90 days');
		const room = await this.#d.rooms().get(docname.caseDoc(caseId));
		let assessmentId = '';
		await room.change((doc) => (assessmentId = assessment.add(doc, { kind: 'practical', date: isoDay(now) })));
		const issued = this.#d.links.issue(caseId, assessmentId, user.id, expiresAt, now);
		this.#audit(
			user,
			caseId,
			'link',
			`Abklärungslink erstellt (gültig bis ${new Date(expiresAt).toISOString().slice(0, 10)})`
		);
		return ok(issued);
	}

	revokeLink(user: User, caseId: string, linkId: string): Outcome<true> {
		const allowed = this.guard(user, caseId, 'share');
		if (!allowed.ok) return allowed;
		if (!this.#d.links.revoke(caseId, linkId)) return refuse(404, 'no such active link');
		this.#audit(user, caseId, 'link', 'Abklärungslink widerrufen');
		return ok(true);
	}

	/** What the link holder sees: the one form, nothing else of the case. */
	async assessment(token: string): Promise<Outcome<{ link: AssessorLink; values: Record<AssessorField, unknown> }>> {
		const link = this.#d.links.resolve(token);
		if (!link) return refuse(410, 'link expired, revoked or unknown');
		const decision = this.#d.access.checkLink(link, docname.caseDoc(link.caseId), 'assess');
		if (!decision.allow) return refuse(403, decision.reason);
		const room = await this.#d.rooms().get(docname.caseDoc(link.caseId));
		const form = assessment.list(room.doc).find((a) => a.id === link.assessmentId);
		if (!form) return refuse(410, 'the assessment form was removed');
		const values = Object.fromEntries(ASSESSOR_FIELDS.map((f) => [f, form[f]])) as Record<AssessorField, unknown>;
		return ok({ link, values });
	}

	async fillAssessment(token: string, values: Partial<Record<AssessorField, unknown>>): Promise<Outcome<true>> {
		const current = await this.assessment(token);
		if (!current.ok) return current;
		const { link } = current.value;
		const clean: Record<string, string | number | null> = {};
		for (const field of ASSESSOR_FIELDS) {
			const value = values[field];
			if (value === undefined) continue;
			if (field === 'schoolingYears') clean[field] = typeof value === 'number' && Number.isFinite(value) ? value : null;
			else clean[field] = String(value).slice(0, 5000);
		}
		const room = await this.#d.rooms().get(docname.caseDoc(link.caseId));
		// Attributed to the link in storage and audit, though no socket belongs to it.
		const author = { userId: `link:${link.id}`, send: () => undefined };
		await room.change(
			(doc) => assessment.update(doc, link.assessmentId, clean as Partial<assessment.Assessment>),
			author
		);
		return ok(true);
	}
}
