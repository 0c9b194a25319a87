import { brandName, type BrandKind, type ListedBrand } from './brand-list';
import type { KpiImportError, KpiSheetRow } from './kpi-import-rows';

/** The brand-list workbook's columns: the brand, and whether it is a national key brand or a new brand. */
export const BRAND_LIST_COLUMNS = { brand: '品牌', kind: '类别' } as const;
export const MAX_BRAND_LIST_ROWS = 500;

const KIND_WORDS: Record<string, BrandKind> = {
  全国重点品牌: 'key',
  重点品牌: 'key',
  重点: 'key',
  key: 'key',
  新品牌: 'new',
  新品: 'new',
  新: 'new',
  new: 'new',
};
const MAX_BRAND_LENGTH = 64;

/**
 * A year's brand list from a sheet, all or nothing: every row names a brand and its kind (全国重点品牌 or
 * 新品牌); any row error refuses the whole file, each error saying its row and column.
 */
export function brandListRows(
  headers: readonly string[],
  rows: readonly KpiSheetRow[],
): { brands: ListedBrand[]; errors: KpiImportError[] } {
  const missing = Object.values(BRAND_LIST_COLUMNS).filter((column) => !headers.includes(column));
  if (missing.length) return { brands: [], errors: [{ row: 1, field: missing.join('、'), message: `表头缺少列：${missing.join('、')}` }] };
  if (rows.length === 0) return { brands: [], errors: [{ row: 2, field: BRAND_LIST_COLUMNS.brand, message: '表格中没有数据行' }] };
  if (rows.length > MAX_BRAND_LIST_ROWS)
    return {
      brands: [],
      errors: [{ row: 0, field: 'file', message: `一次最多 ${MAX_BRAND_LIST_ROWS} 个品牌，这个文件有 ${rows.length} 行` }],
    };
  const brands: ListedBrand[] = [];
  const errors: KpiImportError[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, values } of rows) {
    const name = brandName(values[BRAND_LIST_COLUMNS.brand] ?? '');
    const kindText = (values[BRAND_LIST_COLUMNS.kind] ?? '').trim();
    const kind = KIND_WORDS[kindText.toLowerCase()] ?? KIND_WORDS[kindText];
    const before = errors.length;
    if (!name) errors.push({ row, field: BRAND_LIST_COLUMNS.brand, message: '品牌名称不能为空' });
    else if (name.length > MAX_BRAND_LENGTH)
      errors.push({ row, field: BRAND_LIST_COLUMNS.brand, message: `品牌名称不能超过 ${MAX_BRAND_LENGTH} 个字符` });
    else if (firstRow.has(name))
      errors.push({ row, field: BRAND_LIST_COLUMNS.brand, message: `「${name}」与第 ${firstRow.get(name)} 行重复` });
    if (!kind)
      errors.push({
        row,
        field: BRAND_LIST_COLUMNS.kind,
        message: `类别须为“全国重点品牌”或“新品牌”${kindText ? `，不能是“${kindText}”` : ''}`,
      });
    if (name && !firstRow.has(name)) firstRow.set(name, row);
    if (errors.length === before && kind) brands.push({ brand: name, kind });
  }
  return { brands: errors.length ? [] : brands, errors };
}
