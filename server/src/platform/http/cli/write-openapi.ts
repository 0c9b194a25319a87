import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppModule } from '../../../app.module';
import { loadConfig } from '../../config/app-config';
import { buildOpenApiDocument } from '../openapi';
import { openApiToTypeScript, OpenApiDocument } from '../openapi-to-typescript';

export const OPENAPI_FILE = resolve(__dirname, '..', '..', '..', '..', 'openapi.json');
export const CLIENT_TYPES_FILE = resolve(__dirname, '..', '..', '..', '..', '..', 'client', 'src', 'api', 'schema.ts');

export async function generateOpenApiDocument(): Promise<OpenApiDocument> {
  // preview mode builds the module graph without instantiating providers: no database needed
  const config = loadConfig({ JWT_SECRET: 'openapi-only', DATABASE_URL: 'postgres://unused/unused', CLIENT_DIST: join('/nonexistent') });
  const app = await NestFactory.create(AppModule.forRoot(config, { url: config.databaseUrl!, poolMax: 1 }), {
    preview: true,
    logger: false,
  });
  app.setGlobalPrefix('api');
  const document = buildOpenApiDocument(app);
  await app.close();
  return document as unknown as OpenApiDocument;
}

export function serialiseOpenApi(document: OpenApiDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

async function main(): Promise<void> {
  const document = await generateOpenApiDocument();
  writeFileSync(OPENAPI_FILE, serialiseOpenApi(document));
  writeFileSync(CLIENT_TYPES_FILE, openApiToTypeScript(document));
  console.log(`Wrote ${OPENAPI_FILE} and ${CLIENT_TYPES_FILE}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
