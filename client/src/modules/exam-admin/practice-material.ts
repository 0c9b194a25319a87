import type { PaperWarningDto, QuestionBankDto, QuestionCategoryDto } from '@/api/schema'

type Translate = (key: string, values?: Record<string, unknown>) => string

/**
 * Whether a rule on this bank and category can draw practice material (练习题), going by the
 * markings the bank page shows: the category chosen and everything below it, or the whole bank.
 * The server's warning on saving counts the questions; this is the hint while editing.
 */
export function ruleMayDrawPractice(
  bank: Pick<QuestionBankDto, 'purpose'> | undefined,
  categories: readonly Pick<QuestionCategoryDto, 'path' | 'effectivePurpose'>[],
  categoryPath: string,
): boolean {
  if (!bank) return false
  const within = categoryPath ? categories.filter((c) => c.path === categoryPath || c.path.startsWith(`${categoryPath}/`)) : categories
  // questions of the whole bank may sit in no category at all, and those follow the bank
  if (!categoryPath && bank.purpose === 'practice') return true
  return within.some((c) => c.effectivePurpose === 'practice')
}

/** A paper warning in the reader's language (the server's message is Chinese only). */
export function warningText(warning: PaperWarningDto, t: Translate): string {
  return warning.ruleIndex !== undefined
    ? t('examAdmin.practiceMaterial.rule', { n: warning.ruleIndex + 1, count: warning.practiceCount, outOf: warning.outOf })
    : t('examAdmin.practiceMaterial.fixed', { count: warning.practiceCount, outOf: warning.outOf })
}
