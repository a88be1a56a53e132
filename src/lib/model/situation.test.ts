import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as situation from './situation';

describe('situation history', () => {
	it('lists entries by start date with defaults', () => {
		const doc = new Y.Doc();
		situation.add(
			doc,
			{ kind: 'employed', from: '2025-03-01', workload: 60, labourMarket: 'primary', employer: 'Bäckerei Studer' },
			null,
			'job'
		);
		situation.add(doc, { kind: 'ravRegistered', from: '2024-09-01', to: '2025-02-28' }, null, 'rav');
		expect(situation.list(doc).map((s) => s.id)).toEqual(['rav', 'job']);
		expect(situation.list(doc)[0]).toMatchObject({ workload: null, employer: '', completed: false });
	});

	it('knows what is in effect on a date, open entries included', () => {
		const doc = new Y.Doc();
		situation.add(doc, { kind: 'ravRegistered', from: '2024-09-01', to: '2025-02-28' }, null, 'rav');
		situation.add(doc, { kind: 'employed', from: '2025-03-01' }, null, 'job');
		const all = situation.list(doc);
		expect(situation.activeAt(all, '2025-02-28').map((s) => s.id)).toEqual(['rav']);
		expect(situation.activeAt(all, '2025-03-01').map((s) => s.id)).toEqual(['job']);
		expect(situation.activeAt(all, '2024-08-31')).toEqual([]);
	});

	it('combines situations and residence periods, most recent first', () => {
		const doc = new Y.Doc();
		situation.add(doc, { kind: 'employed', from: '2025-03-01' }, null, 'job');
		const items = situation.combined(situation.list(doc), [
			{ id: 'n', status: 'N', from: '2023-01-01', to: '2023-06-30' },
			{ id: 'f', status: 'F', from: '2023-07-01', to: '' }
		]);
		expect(items.map((i) => `${i.source}:${i.id}`)).toEqual(['situation:job', 'residence:f', 'residence:n']);
	});
});
