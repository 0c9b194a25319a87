import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';

/**
 * Schemas that are not classes (a union of JSON shapes, such as a candidate's answer) but deserve a
 * name in the OpenAPI document, so the client's generated types name them too. A DTO file declares
 * one with namedSchema() and points properties at the returned reference; buildOpenApiDocument adds
 * every declared schema to the document's components.
 */
const declared = new Map<string, SchemaObject>();

export function namedSchema(name: string, schema: SchemaObject): ReferenceObject {
  const existing = declared.get(name);
  if (existing && JSON.stringify(existing) !== JSON.stringify(schema))
    throw new Error(`OpenAPI schema ${name} declared twice, differently`);
  declared.set(name, schema);
  return { $ref: `#/components/schemas/${name}` };
}

export function namedSchemas(): Record<string, SchemaObject> {
  return Object.fromEntries(declared);
}
