import 'reflect-metadata';
import { loadConfig } from './platform/config/app-config';
import { openDatabaseTarget } from './platform/database/database-target';
import { runMigrations } from './platform/database/run-migrations';
import { createApp } from './platform/bootstrap';
import { createRootLogger } from './platform/logging/json-logger';
import { seedDemoIfEmpty } from './demo/demo-seed';

async function main(): Promise<void> {
  const logger = createRootLogger();
  const config = loadConfig();
  const database = await openDatabaseTarget(config).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    logger.error({ msg: message });
    // the person starting the app reads this line, not the JSON log
    process.stderr.write(`\n${message}\n\n`);
    process.exit(1);
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ msg: 'shutting down', signal });
    await app?.close().catch((error: unknown) => logger.error({ msg: 'close failed', err: String(error) }));
    await database.close();
    process.exit(0);
  };
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  try {
    const applied = await runMigrations(database.url);
    if (applied.length) logger.info({ msg: 'migrations applied', applied });
    if (config.seedDemo) {
      const seeded = await seedDemoIfEmpty(database.url);
      if (seeded) logger.info({ msg: 'demo organisation seeded', ...seeded });
    }
    app = await createApp(config, database, logger);
    // longer than a load balancer's or a phone's idle keep-alive, so a connection is never closed
    // under a request that is already on its way (Node's default of 5 s loses such requests)
    const server = app.getHttpServer() as import('node:http').Server;
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    await app.listen(config.port);
    logger.info({
      msg: `Kaoping listening on http://localhost:${config.port}`,
      engine: database.embedded ? `embedded (${config.dataDir})` : 'postgres',
    });
  } catch (error) {
    logger.error({ msg: 'start-up failed', err: error instanceof Error ? error.message : String(error) });
    await database.close();
    process.exit(1);
  }
}

void main();
