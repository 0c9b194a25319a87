/**
 * The values of a union type from the generated schema (client/src/api/schema.ts) as a list, for
 * menus, filters and checks, in the order written. Written as a record so that a value the server
 * adds or drops fails type-checking here instead of silently missing from a menu.
 */
export function schemaValues<T extends string>(values: Record<T, true>): readonly T[] {
  return Object.keys(values) as T[]
}
