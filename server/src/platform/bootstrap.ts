import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AppModule, DatabaseConnection } from '../app.module';
import type { AppConfig } from './config/app-config';
import { configureApp } from './http/configure-app';
import { createRootLogger, JsonLogger } from './logging/json-logger';

/** Builds the fully configured app; main.ts listens on it, tests drive it with supertest. */
export async function createApp(
  config: AppConfig,
  database: DatabaseConnection,
  logger: Logger = createRootLogger(),
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
    logger: new JsonLogger(logger),
    bufferLogs: false,
  });
  configureApp(app, config, logger);
  await app.init();
  return app;
}
