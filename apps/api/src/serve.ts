// Serve: start the product (start.ts) and stop it cleanly on SIGINT/SIGTERM. Any startup failure
// (a production start without ANTENA_JWT_SECRET, a port already taken, an unreachable database)
// is printed as one clear line and ends the process with code 1.
import { StartupError } from './auth/jwt-secret.js';
import { start } from './start.js';

try {
  const started = await start(process.env);
  const shutdown = () => void started.close().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  console.error(error instanceof StartupError ? `Antena cannot start: ${error.message}` : error);
  process.exit(1);
}
