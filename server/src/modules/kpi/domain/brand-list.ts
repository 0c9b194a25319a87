/** A brand on the department's list for a year (预测准确率): a national key brand, or a new brand (新品牌). */
export type BrandKind = 'key' | 'new';
export const BRAND_KINDS: readonly BrandKind[] = ['key', 'new'];

export interface ListedBrand {
  brand: string;
  kind: BrandKind;
}

const MAX_BRAND_LENGTH = 64;

/** Brand names as the forecast import reads them: trimmed, inner whitespace collapsed. */
export function brandName(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Every problem of a submitted list (empty or over-long names, a brand twice), or none. */
export function brandListProblems(brands: readonly ListedBrand[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  brands.forEach(({ brand }, i) => {
    const name = brandName(brand);
    if (!name) problems.push(`第 ${i + 1} 个品牌：名称不能为空`);
    else if (name.length > MAX_BRAND_LENGTH) problems.push(`第 ${i + 1} 个品牌：名称不能超过 ${MAX_BRAND_LENGTH} 个字符`);
    else if (seen.has(name)) problems.push(`「${name}」出现了两次`);
    seen.add(name);
  });
  return problems;
}
