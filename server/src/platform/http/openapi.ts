import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { registeredErrorDefinitions } from '../errors/error-catalogue';
import { registeredIssueCodes } from '../errors/issue-catalogue';
import './platform-errors';
import { namedSchemas } from './named-schema';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Kaoping 考评 API')
    .setDescription('Training and examination platform for tobacco marketing departments')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  const components = document.components ?? {};
  components.schemas = { ...components.schemas, ...namedSchemas() };
  return withErrorContract({ ...document, components });
}

/**
 * Every code of every module's catalogue (loaded with the app's services) as the ErrorCode enum,
 * and the one error body every operation answers with, so the client's generated types hold both.
 */
function withErrorContract(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ?? {};
  document.components.schemas = schemas;
  schemas.ErrorCode = {
    type: 'string',
    description: 'Stable code of an error; the client translates by it (client/src/i18n/error-texts.*.ts)',
    enum: registeredErrorDefinitions().map((d) => d.code),
  };
  schemas.IssueCode = {
    type: 'string',
    description: 'Stable code of one problem in an import report or a question draft (client/src/i18n/issue-texts.*.ts)',
    enum: registeredIssueCodes(),
  };
  schemas.ErrorBody = {
    type: 'object',
    required: ['statusCode', 'error', 'code', 'message'],
    properties: {
      statusCode: { type: 'integer' },
      error: { type: 'string', description: 'The status reason phrase' },
      code: { $ref: '#/components/schemas/ErrorCode' },
      message: {
        description: 'The zh-CN text (a list for request validation): the fallback of a translation',
        oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      params: {
        type: 'object',
        description: 'What a translation of the code needs, by placeholder name',
        additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
      },
      details: { description: 'What the client acts on: line/row/field of import and answer problems, the reason of a refused answer' },
    },
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.put, item.post, item.patch, item.delete]) {
      if (operation)
        operation.responses.default = {
          description: 'Error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        };
    }
  }
  return document;
}

/** Browsable at /api/docs, raw at /api/docs-json. */
export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
