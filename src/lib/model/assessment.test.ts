import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as assessment from './assessment';

describe('assessment', () => {
	it('keeps every assessment, ordered by date, with defaults for fields never set', () => {
		const doc = new Y.Doc();
		assessment.add(doc, { date: '2025-06-01', kind: 'deep' }, null, 'b');
		assessment.add(
			doc,
			{ date: '2024-02-10', localLanguage: { listening: 'A1', reading: 'A1', speaking: 'A1', writing: 'A0' } },
			null,
			'a'
		);
		const all = assessment.list(doc);
		expect(all.map((a) => a.id)).toEqual(['a', 'b']);
		expect(all[1]).toMatchObject({ kind: 'deep', employable: '', diplomas: [], healthLimited: false });
		expect(assessment.latest(all)?.id).toBe('b');
		expect(assessment.previous(all)?.id).toBe('a');
	});

	it('ignores undated drafts for latest and previous', () => {
		const doc = new Y.Doc();
		assessment.add(doc, { date: '2025-06-01' }, null, 'dated');
		assessment.add(doc, { date: '' }, null, 'draft');
		const all = assessment.list(doc);
		expect(assessment.latest(all)?.id).toBe('dated');
		expect(assessment.previous(all)).toBeUndefined();
	});

	it('merges concurrent edits of different fields of the same assessment', () => {
		const one = new Y.Doc();
		assessment.add(one, { date: '2025-06-01' }, null, 'x');
		const two = new Y.Doc();
		Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
		assessment.update(one, 'x', { employable: 'yes', placeable: 'no' });
		assessment.update(two, 'x', { goals: 'Pflegehelferin SRK', employable: 'yes' });
		Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
		Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
		expect(assessment.list(one)[0]).toMatchObject({ employable: 'yes', placeable: 'no', goals: 'Pflegehelferin SRK' });
		expect(assessment.list(two)).toEqual(assessment.list(one));
	});

	it('takes the lowest assessed skill as the overall level', () => {
		expect(
			assessment.overallLevel({ localLanguage: { listening: 'B1', reading: 'A2', speaking: 'B2', writing: '' } })
		).toBe('A2');
		expect(assessment.overallLevel({ localLanguage: { listening: '', reading: '', speaking: '', writing: '' } })).toBe(
			''
		);
	});

	it('carries over background but not levels or results into a new assessment', () => {
		const base: assessment.Assessment = {
			...assessment.EMPTY,
			id: 'a',
			date: '2024-01-01',
			firstLanguage: 'Tigrinya',
			schoolingYears: 9,
			employable: 'yes',
			localLanguage: { listening: 'A2', reading: 'A2', speaking: 'A2', writing: 'A1' }
		};
		const next = assessment.carriedOver(base);
		expect(next).toMatchObject({ firstLanguage: 'Tigrinya', schoolingYears: 9 });
		expect(next).not.toHaveProperty('employable');
		expect(next).not.toHaveProperty('localLanguage');
		expect(next).not.toHaveProperty('date');
	});

	it('keeps health limits in the confidential doc only, one per assessment', () => {
		const shared = new Y.Doc();
		const confidential = new Y.Doc();
		const id = assessment.add(shared, { date: '2025-01-01', healthLimited: true });
		assessment.setHealthLimit(confidential, id, { workCapacityPercent: 50 });
		assessment.setHealthLimit(confidential, id, { limits: 'kein Heben über 10 kg' });
		expect(assessment.healthLimits(confidential)).toEqual([
			expect.objectContaining({ assessmentId: id, workCapacityPercent: 50, limits: 'kein Heben über 10 kg' })
		]);
		expect(JSON.stringify(shared.toJSON())).not.toContain('10 kg');
	});
});
