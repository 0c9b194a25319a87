/**
 * Turns the API's OpenAPI document into the client's TypeScript types: one interface per schema
 * and one `ApiOperations` map keyed by 'METHOD /path'. Covers the subset @nestjs/swagger emits.
 */
interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  nullable?: boolean;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  additionalProperties?: boolean | SchemaObject;
  description?: string;
}

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
  responses?: Record<string, { content?: Record<string, { schema?: SchemaObject }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

export function openApiToTypeScript(doc: OpenApiDocument): string {
  const out: string[] = ['// Generated from server/openapi.json by `npm run openapi`. Do not edit.', ''];
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (schema.description) out.push(`/** ${schema.description.replace(/\*\//g, '*\\/')} */`);
    out.push(
      schema.type === 'object' || schema.properties
        ? `export interface ${name} ${objectType(schema, '')}`
        : `export type ${name} = ${typeOf(schema, '')};`,
      '',
    );
  }
  out.push('export interface ApiOperations {');
  for (const [path, item] of Object.entries(doc.paths).sort(([a], [b]) => a.localeCompare(b))) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = (where: Parameter['in']) => (op.parameters ?? []).filter((p) => p.in === where);
      const fields: string[] = [];
      const paramBlock = (list: Parameter[]) =>
        `{ ${list.map((p) => `${safeKey(p.name)}${p.required ? '' : '?'}: ${typeOf(p.schema ?? {}, '    ')}`).join('; ')} }`;
      if (params('path').length) fields.push(`path: ${paramBlock(params('path'))}`);
      if (params('query').length) fields.push(`query: ${paramBlock(params('query'))}`);
      const body = op.requestBody?.content?.['application/json']?.schema;
      if (body) fields.push(`body: ${typeOf(body, '    ')}`);
      else if (op.requestBody?.content?.['multipart/form-data']) fields.push('body: FormData');
      const ok = Object.entries(op.responses ?? {}).find(([status]) => status.startsWith('2'));
      const response = ok?.[1].content?.['application/json']?.schema;
      fields.push(`response: ${response ? typeOf(response, '    ') : ok?.[1].content ? 'Blob' : 'void'}`);
      out.push(`  '${method.toUpperCase()} ${path}': {`, ...fields.map((f) => `    ${f};`), '  };');
    }
  }
  out.push('}', '');
  return out.join('\n');
}

function typeOf(schema: SchemaObject, indent: string): string {
  const base = baseType(schema, indent);
  return schema.nullable ? `${base} | null` : base;
}

function baseType(schema: SchemaObject, indent: string): string {
  if (schema.$ref) return schema.$ref.split('/').pop()!;
  if (schema.allOf) return schema.allOf.map((s) => typeOf(s, indent)).join(' & ');
  if (schema.oneOf ?? schema.anyOf) return (schema.oneOf ?? schema.anyOf)!.map((s) => typeOf(s, indent)).join(' | ');
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  switch (schema.type ?? 'unknown') {
    case 'string':
      return schema.format === 'binary' ? 'Blob' : 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return `Array<${typeOf(schema.items ?? {}, indent)}>`;
    case 'object':
      return objectType(schema, indent);
    default:
      return schema.properties ? objectType(schema, indent) : 'unknown';
  }
}

function objectType(schema: SchemaObject, indent: string): string {
  const props = Object.entries(schema.properties ?? {});
  const extra = schema.additionalProperties;
  if (props.length === 0)
    return extra && typeof extra === 'object' ? `Record<string, ${typeOf(extra, indent)}>` : 'Record<string, unknown>';
  const required = new Set(schema.required ?? []);
  const lines = props.map(([key, value]) => {
    const doc = value.description ? `${indent}  /** ${value.description.replace(/\*\//g, '*\\/')} */\n` : '';
    return `${doc}${indent}  ${safeKey(key)}${required.has(key) ? '' : '?'}: ${typeOf(value, indent + '  ')};`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function safeKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
