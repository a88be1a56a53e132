/** Seeds what the cockpit boards need beyond the caseload: the employer boards. */
import type { IsoDate } from '../../src/lib/model/schema';
import type { DocStorage } from '../storage/storage';
import { seedEmployers } from './employers';

export async function seedBoards(
	storage: DocStorage,
	options: { seed: number; today: IsoDate; at: number }
): Promise<void> {
	await seedEmployers(storage, options.seed, options.today, options.at);
}
