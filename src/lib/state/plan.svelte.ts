/**
 * The integration plan of an open case: reactive goals and measures, the facts offer criteria
 * are checked against, and writes tagged LOCAL. Sits beside CaseView (same doc) rather than in
 * it, and joins the case's undo manager so Ctrl+Z also takes back plan edits.
 */
import * as assessment from '$lib/model/assessment';
import * as criteria from '$lib/model/criteria';
import * as plan from '$lib/model/plan';
import { caseRoots } from '$lib/model/schema';
import type { CaseView } from '$lib/state/caseview.svelte';
import { LOCAL } from '$lib/sync/origin';

export class PlanView {
	readonly view: CaseView;
	#version = $state(0);

	constructor(view: CaseView) {
		this.view = view;
		view.undo.addToScope([caseRoots.goals(view.doc), caseRoots.measures(view.doc)]);
		view.doc.on('update', this.#bump);
	}

	get goals(): plan.Goal[] {
		void this.#version;
		return plan.goals(this.view.doc);
	}

	get measures(): plan.Measure[] {
		void this.#version;
		return plan.measures(this.view.doc);
	}

	get latestAssessment(): assessment.Assessment | undefined {
		void this.#version;
		return assessment.latest(assessment.list(this.view.doc));
	}

	facts(on: string): criteria.PersonFacts {
		void this.#version;
		return criteria.factsOf(this.view.doc, on);
	}

	addGoal(values: Partial<Omit<plan.Goal, 'id'>>): string {
		this.view.undo.stopCapturing();
		return plan.addGoal(this.view.doc, values, LOCAL);
	}

	updateGoal(id: string, values: Partial<Omit<plan.Goal, 'id'>>): void {
		plan.updateGoal(this.view.doc, id, values, LOCAL);
	}

	removeGoal(id: string): void {
		this.view.undo.stopCapturing();
		plan.removeGoal(this.view.doc, id, LOCAL);
	}

	addMeasure(values: Parameters<typeof plan.addMeasure>[1]): string {
		this.view.undo.stopCapturing();
		return plan.addMeasure(this.view.doc, values, LOCAL);
	}

	updateMeasure(id: string, values: Partial<Omit<plan.Measure, 'id'>>): void {
		plan.updateMeasure(this.view.doc, id, values, LOCAL);
	}

	removeMeasure(id: string): void {
		this.view.undo.stopCapturing();
		plan.removeMeasure(this.view.doc, id, LOCAL);
	}

	#bump = () => {
		this.#version++;
	};

	destroy(): void {
		this.view.doc.off('update', this.#bump);
	}
}

/** Today in Switzerland as an ISO date: what "next" and "overdue" are measured against. */
export function swissToday(): string {
	return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Zurich' });
}
