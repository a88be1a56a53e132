/**
 * Starts one Lotse server for the whole browser suite and hands its URL to the tests through
 * the environment. Returns the teardown that stops it.
 */
import { startServer } from '../support/server';

export default async function globalSetup(): Promise<() => Promise<void>> {
	const server = await startServer();
	process.env.LOTSE_E2E_URL = server.url;
	process.env.LOTSE_E2E_DATA_DIR = server.dataDir;
	return () => server.kill();
}
