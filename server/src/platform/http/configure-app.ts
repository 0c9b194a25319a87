import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { json } from 'express';
import { randomUUID } from 'node:crypto';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from '../config/app-config';
import { DomainErrorFilter } from './domain-error.filter';
import { refuseDeepJson } from './json-depth';
import { setUpOpenApi } from './openapi';
import { createValidationPipe } from './validation';

export const JSON_BODY_LIMIT = '1mb';

/** Everything about the HTTP edge that tests and production must share. */
export function configureApp(app: INestApplication, config: AppConfig, logger: Logger): void {
  const express = app as NestExpressApplication;
  if (config.trustProxy) express.set('trust proxy', true);
  express.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
        },
      },
    }),
  );
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/api/health' },
    }),
  );
  // express's own parser rather than useBodyParser, whose options leave out `verify` (Nest keeps it for
  // rawBody, which this app does not use); Nest sees a jsonParser in place and adds none of its own
  express.use(json({ limit: JSON_BODY_LIMIT, verify: refuseDeepJson }));
  express.useBodyParser('urlencoded', { limit: JSON_BODY_LIMIT, extended: false });
  app.setGlobalPrefix('api', { exclude: [] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainErrorFilter());
  setUpOpenApi(app);
}
