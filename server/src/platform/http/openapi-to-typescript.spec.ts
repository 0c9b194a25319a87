import { openApiToTypeScript } from './openapi-to-typescript';

describe('OpenAPI to TypeScript', () => {
  const output = openApiToTypeScript({
    paths: {
      '/api/things/{id}': {
        patch: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateThingDto' } } } },
          responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingDto' } } } } },
        },
      },
    },
    components: {
      schemas: {
        ThingDto: {
          type: 'object',
          required: ['id', 'kind', 'tags', 'parentId'],
          properties: {
            id: { type: 'string' },
            kind: { type: 'string', enum: ['a', 'b'] },
            tags: { type: 'array', items: { type: 'string' } },
            parentId: { type: 'string', nullable: true },
            score: { type: 'number', description: 'out of 100' },
          },
        },
        UpdateThingDto: { type: 'object', properties: { kind: { type: 'string' } } },
      },
    },
  });

  it('emits an interface per schema with required, optional, nullable, enum and array members', () => {
    expect(output).toContain(`export interface ThingDto {
  id: string;
  kind: "a" | "b";
  tags: Array<string>;
  parentId: string | null;
  /** out of 100 */
  score?: number;
}`);
  });

  it('emits one typed entry per operation', () => {
    expect(output).toContain(`  'PATCH /api/things/{id}': {
    path: { id: string };
    body: UpdateThingDto;
    response: ThingDto;
  };`);
  });
});
