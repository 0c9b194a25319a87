import { describe, expect, it } from 'vitest'
import schemaSource from '@/api/schema.ts?raw'
import { KPI_IMPORT_KINDS } from '@/modules/kpi/api'
import { EXPORT_FORMATS, IMPORT_FORMATS } from '@/modules/question-bank/import-format'

/** The values of a named union in the generated schema, as the server sends them. */
function unionOf(name: string): string[] {
  const union = new RegExp(`export type ${name} = ([^;]+);`).exec(schemaSource)
  if (!union) throw new Error(`client/src/api/schema.ts has no ${name}: run npm run openapi`)
  return [...union[1].matchAll(/"([^"]+)"/g)].map((m) => m[1])
}

/**
 * Type-checking already refuses a list that misses a value; this fails the test run too, so a value
 * the server adds (a new export format, a new KPI import) cannot reach a menu the client does not know.
 */
describe('lists taken from the generated schema', () => {
  it.each([
    ['KpiImportKind', KPI_IMPORT_KINDS],
    ['QuestionExportFormat', EXPORT_FORMATS],
    ['QuestionImportFormat', IMPORT_FORMATS],
  ])('%s: the client knows every value the server has, and no other', (name, values) => {
    expect([...values].sort()).toEqual(unionOf(name).sort())
  })
})
