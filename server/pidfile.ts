/**
 * A pid file in the data dir while a server runs on it. Tools that write the database directly
 * (`npm run import`) refuse to run beside a live server: a room the server has loaded would not
 * see their writes, and its next compaction would fold them away (it snapshots its own state
 * and drops every logged update up to its last sequence number). A stale file left by a killed
 * server is recognized by its dead process id.
 */
import fs from 'node:fs';
import path from 'node:path';

const FILE = 'server.pid';

export function claim(dataDir: string): void {
	fs.writeFileSync(path.join(dataDir, FILE), String(process.pid));
}

export function release(dataDir: string): void {
	const file = path.join(dataDir, FILE);
	if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').trim() === String(process.pid))
		fs.rmSync(file, { force: true });
}

/** The pid of a live server using `dataDir`, or null. */
export function runningServer(dataDir: string): number | null {
	let pid: number;
	try {
		pid = Number(fs.readFileSync(path.join(dataDir, FILE), 'utf8').trim());
	} catch {
		return null;
	}
	if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
	try {
		process.kill(pid, 0);
		return pid;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else — still a live server.
		return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
	}
}
