import { defineConfig } from '@playwright/test';

/**
 * Browser journeys run against the real server (built app + sync server) started by the
 * global setup with a fresh, seeded data directory. Chromium is Debian's (/usr/bin/chromium);
 * Playwright's own browser download does not work on these machines.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: false,
	workers: 1,
	reporter: [['list']],
	outputDir: 'test-results',
	use: {
		baseURL: process.env.LOTSE_E2E_URL,
		locale: 'de-CH',
		timezoneId: 'Europe/Zurich',
		viewport: { width: 1360, height: 900 },
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	}
});
