/**
 * The potential-assessment screens' view of a case: assessments, situation history and the
 * allocation suggestions, read reactively from the case doc and the canton's offer catalogue;
 * writes are tagged LOCAL so the case page's per-user undo covers them.
 */
import * as assessment from '$lib/model/assessment';
import * as offers from '$lib/model/offers';
import * as plan from '$lib/model/plan';
import { caseRoots, type IsoDate } from '$lib/model/schema';
import * as situation from '$lib/model/situation';
import * as allocation from '$lib/rules/allocation';
import { decide } from '$lib/shared/access';
import * as docname from '$lib/shared/docname';
import { LOCAL } from '$lib/sync/origin';
import { subjectOf, type Me } from '$lib/sync/session';
import type { CaseView } from './caseview.svelte';
import { LiveDoc } from './livedoc.svelte';

/** Today in Switzerland, whatever the device's time zone (sv-SE formats as YYYY-MM-DD). */
export function swissToday(): IsoDate {
	return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });
}

export class AssessmentState {
	readonly view: CaseView;
	readonly me: Me;
	readonly #case: LiveDoc;
	readonly #offers: LiveDoc;

	constructor(view: CaseView, me: Me) {
		this.view = view;
		this.me = me;
		this.#case = new LiveDoc(docname.caseDoc(view.caseId));
		this.#offers = new LiveDoc(docname.offersDoc(me.agency.canton));
		const doc = view.doc;
		view.undo.addToScope([caseRoots.assessments(doc), caseRoots.situations(doc), caseRoots.measures(doc)]);
	}

	get assessments(): assessment.Assessment[] {
		return this.#case.read(assessment.list);
	}

	get situations(): situation.Situation[] {
		return this.#case.read(situation.list);
	}

	get measures(): plan.Measure[] {
		return this.#case.read(plan.measures);
	}

	get catalogue(): offers.Offer[] {
		return this.#offers.read(offers.list);
	}

	facts(today: IsoDate): allocation.Facts {
		return allocation.factsFrom({
			birthDate: this.view.person.birthDate,
			residence: this.view.residence,
			latest: assessment.latest(this.assessments),
			situations: this.situations,
			measures: this.measures,
			today
		});
	}

	/** The catalogue entry for an offer id, or the rule's own reference when the catalogue lacks it. */
	offer(ref: allocation.OfferRef): { id: string; name: string; type: string; provider: string; inCatalogue: boolean } {
		const found = this.catalogue.find((o) => o.id === ref.id);
		return found
			? { id: found.id, name: found.name, type: found.type, provider: found.provider, inCatalogue: true }
			: { ...ref, provider: '', inCatalogue: false };
	}

	isAccepted(ruleId: string, offerId: string): boolean {
		return this.measures.some((m) => m.offerId === offerId && m.source === allocation.source(ruleId));
	}

	/** A measure on this offer is planned already (attended or completed ones are never suggested). */
	inPlan(offerId: string): boolean {
		return this.measures.some((m) => m.offerId === offerId && m.status === 'planned');
	}

	accept(ruleId: string, ref: allocation.OfferRef): string {
		this.view.undo.stopCapturing();
		const offer = this.offer(ref);
		return plan.addMeasure(
			this.view.doc,
			{
				offerId: offer.id,
				offerName: offer.name,
				offerType: offer.type,
				provider: offer.provider,
				status: 'planned',
				source: allocation.source(ruleId)
			},
			LOCAL
		);
	}

	addAssessment(date: IsoDate): string {
		this.view.undo.stopCapturing();
		const carried = assessment.carriedOver(assessment.latest(this.assessments));
		return assessment.add(this.view.doc, { ...carried, date, assessor: this.me.displayName }, LOCAL);
	}

	updateAssessment(id: string, values: Partial<Omit<assessment.Assessment, 'id'>>): void {
		assessment.update(this.view.doc, id, values, LOCAL);
	}

	removeAssessment(id: string): void {
		assessment.remove(this.view.doc, id, LOCAL);
	}

	addSituation(values: Pick<situation.Situation, 'kind' | 'from'> & Partial<situation.Situation>): string {
		this.view.undo.stopCapturing();
		return situation.add(this.view.doc, values, LOCAL);
	}

	updateSituation(id: string, values: Partial<Omit<situation.Situation, 'id'>>): void {
		situation.update(this.view.doc, id, values, LOCAL);
	}

	removeSituation(id: string): void {
		situation.remove(this.view.doc, id, LOCAL);
	}

	/**
	 * Whether the server would let this user read the confidential part, decided with the same
	 * rules the server applies (the server still refuses on its own; this only avoids asking).
	 */
	get mayReadConfidential(): boolean {
		const info = this.view.caseInfo;
		const subject = subjectOf(this.me);
		return decide(subject, { kind: 'confidential', caseId: this.view.caseId }, 'read', {
			case: { agencyId: info.agencyId, managerId: info.managerId || null }
		}).allow;
	}

	destroy(): void {
		this.#case.destroy();
		this.#offers.destroy();
	}
}
