import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as conference from './conference';
import * as plan from './plan';
import * as tasks from './tasks';

function meeting(): { doc: Y.Doc; id: string } {
	const doc = new Y.Doc();
	const id = conference.add(doc, { date: '2026-03-02', title: 'Fallkonferenz', createdBy: 'u-anna-keller' });
	return { doc, id };
}

const base = { agencyId: 'rav-solothurn', assigneeId: '', due: '2026-04-01', offerId: '', offerName: '' };

describe('case conference', () => {
	it('records attendees once, by user id or by name and agency', () => {
		const { doc, id } = meeting();
		conference.attend(doc, id, [{ userId: 'u-anna-keller', name: 'Anna Keller', agencyId: 'sr-wasseramt', role: '' }]);
		conference.attend(doc, id, [
			{ userId: 'u-anna-keller', name: 'Anna Keller', agencyId: 'sr-wasseramt', role: '' },
			{ userId: '', name: 'Dolmetscherin', agencyId: '', role: 'Dolmetschen' },
			{ userId: '', name: 'Dolmetscherin', agencyId: '', role: 'Dolmetschen' }
		]);
		expect(conference.get(doc, id)!.attendees.map((a) => a.name)).toEqual(['Anna Keller', 'Dolmetscherin']);
	});

	it('turns a decision into a task for the agency, traceable both ways, only once', () => {
		const { doc, id } = meeting();
		const decisionId = conference.addDecision(doc, id, { ...base, text: 'RAV-Anmeldung prüfen', kind: 'task' });
		const taskId = conference.enact(doc, id, decisionId, { userId: 'u-anna-keller', today: '2026-03-02' });
		expect(conference.enact(doc, id, decisionId, { userId: 'u-anna-keller', today: '2026-03-02' })).toBe('');
		const [task] = tasks.list(doc);
		expect(task).toMatchObject({
			id: taskId,
			title: 'RAV-Anmeldung prüfen',
			agencyId: 'rav-solothurn',
			due: '2026-04-01',
			source: `conference:${id}:${decisionId}`
		});
		expect(conference.parseSource(task!.source)).toEqual({ conferenceId: id, decisionId });
		expect(conference.get(doc, id)!.decisions[0]!.createdTaskId).toBe(taskId);
		expect(tasks.list(doc)).toHaveLength(1);
	});

	it('turns a decision into a planned measure', () => {
		const { doc, id } = meeting();
		const decisionId = conference.addDecision(doc, id, {
			...base,
			agencyId: 'anbieter-arbeitsintegration',
			text: 'Praxisassessment',
			kind: 'measure',
			offerId: 'o-integration-arbeit',
			offerName: 'integration.arbeit'
		});
		const measureId = conference.enact(doc, id, decisionId, { userId: 'u-anna-keller', today: '2026-03-02' });
		expect(plan.measures(doc)).toMatchObject([
			{
				id: measureId,
				offerId: 'o-integration-arbeit',
				offerName: 'integration.arbeit',
				status: 'planned',
				plannedStart: '2026-04-01',
				source: `conference:${id}:${decisionId}`
			}
		]);
	});

	it('keeps minutes and decisions written by two agencies at the same time', () => {
		const { doc: one, id } = meeting();
		const two = new Y.Doc();
		Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
		conference.addDecision(one, id, { ...base, text: 'A', kind: 'task' });
		conference.addDecision(two, id, { ...base, text: 'B', kind: 'task' });
		Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
		Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
		expect(
			conference
				.get(one, id)!
				.decisions.map((d) => d.text)
				.sort()
		).toEqual(['A', 'B']);
		expect(conference.get(two, id)!.minutes).toBeInstanceOf(Y.XmlFragment);
	});
});

describe('conference links', () => {
	it('leads from a task source back to the decision', () => {
		expect(conference.linkOf('c-0007', 'conference:k1:d2')).toBe(
			'/cases/c-0007?tab=conference&conference=k1#decision-d2'
		);
		expect(conference.linkOf('c-0007', 'handover:h1')).toBeNull();
	});
});
