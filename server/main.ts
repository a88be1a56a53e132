/** Entry point: reads the environment, starts Lotse, stops cleanly on SIGINT/SIGTERM. */
import * as app from './app';
import { ConfigError, fromEnv } from './config';

try {
	const lotse = await app.create(fromEnv());
	const { host, port } = await lotse.listen();
	process.stdout.write(`Lotse läuft auf http://${host}:${port}\n`);
	const stop = () => {
		lotse.close().then(
			() => process.exit(0),
			() => process.exit(1)
		);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
} catch (error) {
	process.stderr.write(`${error instanceof ConfigError ? 'Configuration error' : 'Lotse could not start'}: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
}
