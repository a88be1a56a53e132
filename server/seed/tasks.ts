/**
 * Demo tasks (Pendenzen) for open cases, so that the cockpit, the task overview and the Ampel
 * have something to show: a few open tasks around `today` (some overdue, some due soon) and
 * some done ones. Deterministic: each case draws from its own stream (seed, 4, index).
 */
import type * as Y from 'yjs';
import * as tasks from '../../src/lib/model/tasks';
import type { IsoDate } from '../../src/lib/model/schema';
import * as days from '../../src/lib/rules/calendar';
import type { SeedCase } from './persons';
import * as random from './random';

const TITLES = [
	'Anmeldung Deutschkurs bestätigen',
	'Standortgespräch vereinbaren',
	'Arbeitsbestätigung einholen',
	'Kita-Platz abklären',
	'RAV-Anmeldung begleiten',
	'Bericht Praxisassessment nachfragen',
	'Kostengutsprache beantragen',
	'Zwischenbericht Kursanbieter anfordern'
] as const;

export function addDemoTasks(
	doc: Y.Doc,
	item: SeedCase,
	today: IsoDate,
	seed: number,
	index: number,
	origin: unknown
): void {
	if (item.info.closedAt !== '') return;
	const rng = random.create(random.derive(seed, 4, index));
	const count = rng.int(0, 3);
	for (let i = 0; i < count; i++) {
		const due = days.addDays(today, rng.int(-25, 30));
		const done = due < today && rng.chance(0.4);
		tasks.add(
			doc,
			{
				title: rng.pick(TITLES),
				due,
				assigneeId: item.info.managerId,
				agencyId: item.info.agencyId,
				done,
				doneAt: done ? due : '',
				createdAt: days.addDays(due, -rng.int(7, 40)),
				createdBy: item.info.managerId
			},
			origin,
			`${item.id}-t${i + 1}`
		);
	}
}
