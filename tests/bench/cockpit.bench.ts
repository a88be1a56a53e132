/**
 * `npm run bench:cockpit`: a team lead with 5,000 cases opens the cockpit from the local cache.
 *
 * 1. Seeds a fresh data dir with the demo canton, scaled so that the team lead's agency
 *    (Sozialregion Wasseramt, 40 % of all cases) holds about 5,000 cases.
 * 2. Starts the real server; signs in as regula.brunner (team lead) in Debian's chromium.
 * 3. Opens the cockpit once online: fills IndexedDB (index doc, Dexie mirror) and the service
 *    worker's offline shell.
 * 4. Reloads RUNS times online and RUNS times offline, and takes the time from navigation start
 *    to the first view with data (the element marked `data-ready`, seen by a MutationObserver
 *    installed before the page's own scripts run).
 *
 * Prints p50 / max per mode and writes tests/.artifacts/bench/cockpit-latest.json.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ROOT, startServer, tempDataDir } from '../support/server';
import { ms, summarize } from './stats';

const TARGET_CASES = 5000;
/** sr-wasseramt's share of the seeded caseload (server/seed/canton.ts CASE_HOLDERS). */
const SHARE = 0.4;
const RUNS = 7;
const RESULTS_FILE = path.join(ROOT, 'tests/.artifacts/bench/cockpit-latest.json');

/** Records when the first `[data-ready]` element appears, in ms since navigation start. */
const OBSERVE_READY = `
	window.__ready = new Promise((resolve) => {
		const check = () => {
			const el = document.querySelector('[data-ready]');
			if (el && el.querySelector('[data-manager]')) { resolve(performance.now()); return true; }
			return false;
		};
		new MutationObserver((_, observer) => { if (check()) observer.disconnect(); })
			.observe(document, { childList: true, subtree: true, attributes: true });
	});
`;

const phases: Record<string, number>[] = [];

async function readyTime(page: Page): Promise<number> {
	const ready = await page.evaluate(() => (window as unknown as { __ready: Promise<number> }).__ready);
	// Where the time went: the app's own performance marks, ms since navigation start.
	phases.push(
		await page.evaluate(() => {
			const out: Record<string, number> = {};
			for (const mark of performance.getEntriesByType('mark')) out[mark.name] ??= Math.round(mark.startTime);
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
			if (nav) out.domContentLoaded = Math.round(nav.domContentLoadedEventEnd);
			return out;
		})
	);
	return ready;
}

async function main(): Promise<void> {
	// BENCH_DATA_DIR keeps a seeded dir between runs (seeding takes about a minute).
	const keep = process.env.BENCH_DATA_DIR;
	const dataDir = keep ?? tempDataDir('lotse-bench-cockpit-');
	const persons = Math.ceil(TARGET_CASES / SHARE);
	const seedStarted = performance.now();
	if (!keep || !fs.existsSync(path.join(dataDir, 'lotse.db'))) {
		execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/seed/cli.ts'), `--persons=${persons}`], {
			cwd: ROOT,
			env: { ...process.env, LOTSE_DATA_DIR: dataDir, LOTSE_DURABILITY: 'normal' },
			stdio: 'ignore'
		});
	}
	const seedSeconds = (performance.now() - seedStarted) / 1000;
	const server = await startServer({ dataDir, env: { LOTSE_LOG_LEVEL: 'info' } }).catch(async (error: unknown) => {
		if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
		throw error;
	});
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	try {
		const context = await browser.newContext({
			baseURL: server.url,
			locale: 'de-CH',
			timezoneId: 'Europe/Zurich',
			viewport: { width: 1360, height: 900 }
		});
		await context.addInitScript(OBSERVE_READY);
		const page = await context.newPage();
		await page.goto('/login');
		await page.getByLabel('Benutzername').fill('regula.brunner');
		await page.getByLabel('Passwort').fill('lotse-demo');
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await page.waitForURL((url) => url.pathname === '/', { waitUntil: 'commit', timeout: 120_000 });
		const firstOnline = await readyTime(page);
		// Wait until the local index holds the whole agency (the first visit fills it).
		await page.waitForFunction(
			(n) => {
				const total = [...document.querySelectorAll('[data-testid="active"]')].reduce(
					(sum, el) => sum + Number(el.textContent?.match(/\d+/)?.[0] ?? 0),
					0
				);
				return total >= n;
			},
			TARGET_CASES * 0.9,
			{ timeout: 120_000 }
		);
		const cases = await page.evaluate(() => document.querySelectorAll('[data-testid="active"]').length);
		await page
			.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 })
			.catch(() => undefined);

		const online: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			await page.reload();
			online.push(await readyTime(page));
		}
		const offline: number[] = [];
		let offlineError = '';
		await context.setOffline(true);
		try {
			for (let i = 0; i < RUNS; i++) {
				await page.reload();
				offline.push(await readyTime(page));
			}
		} catch (error) {
			offlineError = String(error).split('\n')[0] ?? '';
		}
		await context.setOffline(false);

		const agencyCases = await page.evaluate(async () => {
			const response = await fetch('/api/cases');
			return ((await response.json()) as { cases: unknown[] }).cases.length;
		});
		const results = {
			date: new Date().toISOString(),
			machine: `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
			seededPersons: persons,
			seedSeconds: Number(seedSeconds.toFixed(1)),
			agencyCases,
			managerColumns: cases,
			firstVisitOnlineMs: firstOnline,
			online: summarize(online),
			offline: offline.length ? summarize(offline) : null,
			offlineError,
			phases
		};
		fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
		fs.writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2));
		const lines = [
			`Cockpit of a team lead (regula.brunner) with ${agencyCases} cases in the agency (${persons} seeded in ${results.seedSeconds} s)`,
			`machine: ${results.machine}`,
			`first visit (online, empty cache): ${ms(firstOnline)}`,
			`reload online,  from local cache: p50 ${ms(results.online.p50)}  max ${ms(results.online.max)}  (n=${RUNS})`,
			results.offline
				? `reload offline, from local cache: p50 ${ms(results.offline.p50)}  max ${ms(results.offline.max)}  (n=${results.offline.n})`
				: `reload offline: failed (${offlineError})`,
			`phases of the last online reload (ms since navigation start): ${JSON.stringify(phases[RUNS])}`,
			`written to ${path.relative(ROOT, RESULTS_FILE)}`
		];
		process.stdout.write(lines.join('\n') + '\n');
	} finally {
		await browser.close();
		await server.kill();
		if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
	}
}

await main();
