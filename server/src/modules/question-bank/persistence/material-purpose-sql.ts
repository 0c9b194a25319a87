/**
 * SQL for the marking ('practice' | 'exam') of the question row aliased `q`: its category's own, else
 * its nearest marked ancestor's, else its bank's — `effectivePurpose` in the database.
 */
export function materialPurposeSql(q: string): string {
  return `coalesce(
    (SELECT mc.purpose FROM question_category qc
       JOIN question_category mc ON mc.bank_id = qc.bank_id AND mc.purpose IS NOT NULL AND (mc.path = qc.path OR starts_with(qc.path, mc.path || '/'))
      WHERE qc.id = ${q}.category_id ORDER BY length(mc.path) DESC LIMIT 1),
    (SELECT mb.purpose FROM question_bank mb WHERE mb.id = ${q}.bank_id))`;
}
