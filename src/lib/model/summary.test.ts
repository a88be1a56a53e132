import { expect, it } from 'vitest';
import * as Y from 'yjs';
import * as conference from './conference';
import * as plan from './plan';
import * as situation from './situation';
import { summarize } from './summary';
import * as tasks from './tasks';

it('carries a task’s source and its conference date, so task lists link back without the case doc', () => {
	const doc = new Y.Doc();
	const meeting = conference.add(doc, { date: '2026-05-04', title: 'Fallkonferenz', createdBy: 'u-a' });
	const decision = conference.addDecision(doc, meeting, {
		text: 'RAV-Anmeldung',
		kind: 'task',
		agencyId: 'rav-solothurn',
		assigneeId: '',
		due: '2026-06-01',
		offerId: '',
		offerName: ''
	});
	conference.enact(doc, meeting, decision, { userId: 'u-a', today: '2026-05-04' });
	tasks.add(doc, { title: 'Von Hand', due: '2026-06-02' });
	tasks.add(doc, { title: 'Übergabe prüfen', source: 'handover:h1' });
	const summary = summarize('c-1', doc, Date.parse('2026-05-04T10:00:00Z'), { today: '2026-05-04' });
	const byTitle = new Map(summary.tasks.map((t) => [t.title, t]));
	expect(byTitle.get('RAV-Anmeldung')).toMatchObject({
		source: conference.sourceOf(meeting, decision),
		sourceDate: '2026-05-04'
	});
	expect(byTitle.get('Von Hand')?.source).toBeUndefined();
	expect(byTitle.get('Übergabe prüfen')).toMatchObject({ source: 'handover:h1' });
	expect(byTitle.get('Übergabe prüfen')?.sourceDate).toBeUndefined();
});

it('gives the Ampel the training step of a situation and the type of an open measure', () => {
	const doc = new Y.Doc();
	situation.add(doc, { kind: 'apprenticeship', from: '2025-08-01', apprenticeship: 'EFZ', employer: 'Bäckerei' });
	situation.add(doc, { kind: 'ravRegistered', from: '2025-01-01' });
	plan.addMeasure(doc, { offerId: 'rav-amm', offerName: 'RAV', offerType: 'rav', status: 'registered' });
	const summary = summarize('c-1', doc, Date.parse('2026-05-04T10:00:00Z'), { today: '2026-05-04' });
	expect(summary.situations).toEqual([
		{ kind: 'ravRegistered', from: '2025-01-01', to: '' },
		{ kind: 'apprenticeship', from: '2025-08-01', to: '', apprenticeship: 'EFZ' }
	]);
	expect(summary.measures[0]).toMatchObject({ offerId: 'rav-amm', offerType: 'rav', status: 'registered' });
});
