/** Entry point: reads the environment, starts Lotse, stops cleanly on SIGINT/SIGTERM. */
import * as app from './app';
import { ConfigError, fromEnv } from './config';

// The handlers are in place before the server says it listens: a supervisor (or a test) that
// sends SIGTERM the moment it reads "listening" must get a clean stop, not the default kill.
let lotse: app.Lotse | undefined;
let stopping = false;
let closing = false;
const stop = () => {
	stopping = true;
	// Still starting: the start-up path below closes once it has something to close.
	if (!lotse || closing) return;
	closing = true;
	lotse.close().then(
		() => process.exit(0),
		() => process.exit(1)
	);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

try {
	lotse = await app.create(fromEnv());
	const { host, port } = await lotse.listen();
	process.stdout.write(`Lotse läuft auf http://${host}:${port}\n`);
	if (stopping) stop();
} catch (error) {
	process.stderr.write(
		`${error instanceof ConfigError ? 'Configuration error' : 'Lotse could not start'}: ${error instanceof Error ? error.message : String(error)}\n`
	);
	process.exit(1);
}
