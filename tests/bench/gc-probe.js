// @ts-check
/**
 * Preloaded with `--import` into the server processes of the memory benchmark, and only those.
 * On SIGUSR2 it runs a full garbage collection and prints one JSON line with the process's
 * memory figures. Without it, "memory per doc" would mostly measure garbage the collector has
 * not got round to yet, and "released after unload" could not be told apart from "not yet
 * collected".
 *
 * Plain JavaScript on purpose: for Lotse it is loaded through NODE_OPTIONS, and NODE_OPTIONS
 * preloads run before the command line's `--import tsx`, so no TypeScript loader exists yet.
 * It changes nothing else in the process: no flags are set at start-up, and the signal is
 * unused by Node and by the servers.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

// `--expose-gc` at run time: the flag makes `gc` visible in contexts created after it is set.
v8.setFlagsFromString('--expose-gc');
const gc = /** @type {() => void} */ (vm.runInNewContext('gc'));

let seq = 0;
process.on('SIGUSR2', () => {
	// Twice: the first pass can leave objects that only become unreachable once finalizers ran.
	gc();
	gc();
	const memory = process.memoryUsage();
	seq += 1;
	process.stdout.write(
		JSON.stringify({
			event: 'bench.gc',
			seq,
			rss: memory.rss,
			heapUsed: memory.heapUsed,
			heapTotal: memory.heapTotal,
			external: memory.external,
			arrayBuffers: memory.arrayBuffers
		}) + '\n'
	);
});
