/** Seeds what the cockpit boards need beyond the caseload: employer boards and one late case. */
import type { IsoDate } from '../../src/lib/model/schema';
import type { DocStorage } from '../storage/storage';
import { seedEmployers } from './employers';
import { seedLate, type Candidate } from './late';
import * as random from './random';

export async function seedBoards(storage: DocStorage, cases: readonly Candidate[], options: { seed: number; today: IsoDate; at: number }): Promise<void> {
	await seedEmployers(storage, options.seed, options.today, options.at);
	await seedLate(storage, cases, options.today, options.at, random.derive(options.seed, 13, 0));
}
