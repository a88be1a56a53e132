/**
 * Runs the storage contract against PostgreSQL when LOTSE_TEST_PG_URL is set (CI sets it), each
 * test in a schema of its own that is dropped afterwards.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { PostgresStorage } from './postgres';
import { storageContract } from './storage.contract';

const url = process.env.LOTSE_TEST_PG_URL;

if (!url) {
	describe('DocStorage contract: PostgreSQL', () => {
		it.skip('skipped: set LOTSE_TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run it', () => undefined);
	});
} else {
	storageContract('PostgreSQL', async () => {
		const schema = `lotse_test_${crypto.randomBytes(6).toString('hex')}`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`CREATE SCHEMA ${schema}`);
		await admin.end();
		const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}`, max: 4 });
		return {
			storage: await PostgresStorage.open(pool),
			dispose: async () => {
				await pool.query(`DROP SCHEMA ${schema} CASCADE`);
				await pool.end();
			}
		};
	});
}
