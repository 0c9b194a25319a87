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

  it('names a union of JSON shapes, and a discriminated union of objects, as a type the client can narrow', () => {
    const unions = openApiToTypeScript({
      paths: {},
      components: {
        schemas: {
          Answer: {
            oneOf: [
              { type: 'string' },
              { type: 'array', items: { type: 'string' } },
              { type: 'object', additionalProperties: { type: 'string' } },
            ],
            nullable: true,
          },
          Shape: { oneOf: [{ $ref: '#/components/schemas/Circle' }, { $ref: '#/components/schemas/Square' }] },
          Circle: {
            type: 'object',
            required: ['kind', 'radius'],
            properties: { kind: { type: 'string', enum: ['circle'] }, radius: { type: 'number' } },
          },
          Square: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['square'] } } },
          Drawing: { type: 'object', required: ['shape'], properties: { shape: { allOf: [{ $ref: '#/components/schemas/Shape' }] } } },
        },
      },
    });
    expect(unions).toContain('export type Answer = string | Array<string> | Record<string, string> | null;');
    expect(unions).toContain('export type Shape = Circle | Square;');
    expect(unions).toContain('  kind: "circle";');
    expect(unions).toContain('  shape: Shape;');
  });
});
