import { expect, it } from 'vitest';
import * as Y from 'yjs';
import * as assessment from './assessment';
import * as caseinfo from './caseinfo';
import { fromDoc } from './facts';
import * as journal from './journal';
import * as person from './person';
import * as plan from './plan';
import * as residence from './residence';
import * as situation from './situation';

it('projects a case doc into dated person facts', () => {
	const doc = new Y.Doc();
	person.setAll(doc, {
		birthDate: '1990-05-01',
		sex: 'f',
		nationality: 'UA',
		entryDate: '2022-04-01',
		municipality: 'Olten'
	});
	person.setExtra(doc, 'householdId', 'h-7');
	person.setExtra(doc, 'leftCantonDate', '2026-05-01');
	caseinfo.setAll(doc, { agencyId: 'sr-olten', managerId: 'u-lea-kaufmann', openedAt: '2022-04-20' });
	residence.change(doc, 'S', '2022-04-01');
	residence.change(doc, 'B', '2026-03-01');
	assessment.add(doc, {
		date: '2023-01-10',
		localLanguage: { listening: 'A2', reading: 'A1', speaking: 'A2', writing: '' },
		literateFirstLanguage: 'no',
		workExperience: [
			{ occupation: 'Verkauf', sector: '', years: 2 },
			{ occupation: 'Pflege', sector: '', years: 1.5 }
		],
		employable: 'partly',
		socialContacts: 'yes'
	});
	assessment.add(doc, { date: '' }); // an unfinished draft is not a fact
	situation.add(doc, { kind: 'employed', from: '2024-01-01', labourMarket: 'primary', workload: 60 });
	plan.addMeasure(doc, {
		offerId: 'o-1',
		offerName: 'Deutsch B1',
		offerType: 'language',
		plannedStart: '2023-02-01',
		actualStart: '2023-02-06',
		status: 'completed'
	});

	const facts = fromDoc('c-1', doc);
	expect(facts).toMatchObject({
		id: 'c-1',
		householdId: 'h-7',
		leftCantonDate: '2026-05-01',
		agencyId: 'sr-olten',
		openedAt: '2022-04-20'
	});
	expect(facts.residence).toEqual([
		{ status: 'S', from: '2022-04-01', to: '2026-02-28' },
		{ status: 'B', from: '2026-03-01', to: '' }
	]);
	expect(facts.assessments).toEqual([
		{
			date: '2023-01-10',
			level: 'A1',
			employable: 'partly',
			placeable: '',
			socialContacts: 'yes',
			schoolingYears: null,
			literate: 'no',
			workYears: 3.5
		}
	]);
	expect(facts.situations[0]).toMatchObject({ kind: 'employed', from: '2024-01-01', to: '', labourMarket: 'primary' });
	expect(facts.measures).toEqual([
		{
			offerId: 'o-1',
			offerName: 'Deutsch B1',
			offerType: 'language',
			start: '2023-02-06',
			end: '',
			status: 'completed'
		}
	]);
});

it('exposes the typed journal and the systematic invitation as dated facts (KIP first information)', () => {
	const doc = new Y.Doc();
	caseinfo.setAll(doc, { agencyId: 'gemeinde-balsthal', openedAt: '2025-03-01', invitedAt: '2025-03-03' });
	const author = { authorId: 'u', authorName: 'U', now: 0 };
	journal.add(doc, { ...author, date: '2025-03-10', type: 'firstInformation' });
	journal.add(doc, { ...author, date: '2025-05-02', type: 'followUp' });
	journal.add(doc, { ...author, date: '' }); // undated: not a fact
	situation.add(doc, { kind: 'socialAssistance', from: '2025-03-01', to: '2025-09-30' });
	const facts = fromDoc('c-2', doc);
	expect(facts.invitedAt).toBe('2025-03-03');
	expect(facts.journal).toEqual([
		{ date: '2025-03-10', type: 'firstInformation' },
		{ date: '2025-05-02', type: 'followUp' }
	]);
	expect(facts.situations).toContainEqual(
		expect.objectContaining({ kind: 'socialAssistance', from: '2025-03-01', to: '2025-09-30' })
	);
});
