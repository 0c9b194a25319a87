import { computed, reactive, ref } from 'vue'
import type { CreateSittingDto, PaperDto, SittingDto } from '@/api/schema'
import { schemaValues } from '@/composables/schema-values'
import { ApiError } from '@/api/http'
import { useExamAdminI18n } from '../i18n'
import { createSitting } from '../api'
import { useSittingsStore } from '../stores/sittings'
import { buildAssignees, emptyAssigneeChoice } from '../assignees'
import { cellsFromPolicy, DEFAULT_REVIEW_POLICY, policyFromCells } from '../review-policy'
import { overrideProblem, overridesToDtos, type OverrideDraft } from '../overrides'

export type GradingMethod = NonNullable<CreateSittingDto['gradingMethod']>
export const GRADING_METHODS = schemaValues<GradingMethod>({ highest: true, last: true, average: true, first: true })

export interface SittingFields {
  paperId: string
  title: string
  opensAt: Date | null
  closesAt: Date | null
  durationMinutes: number
  attemptsAllowed: number
  gradingMethod: GradingMethod
  passPercent: number
  shuffleQuestions: boolean
  /** Ticked cells of the review grid ("afterSubmit.score", …). */
  reviewCells: string[]
  /** Strict mode: submit at switchLimit page switches. */
  strict: boolean
  switchLimit: number
}

/** A week from now by default: the monthly quiz is usually open for some days so staff fit it around field work. */
const DEFAULT_WINDOW_DAYS = 7

function thisMinute(now: Date): Date {
  const d = new Date(now)
  d.setSeconds(0, 0)
  return d
}

/** The new-sitting form: window, rules, the review grid, who sits it and individual adjustments. */
export function useSittingForm(now: () => Date = () => new Date()) {
  const { t } = useExamAdminI18n()
  const store = useSittingsStore()

  const opensAt = thisMinute(now())
  const form = reactive<SittingFields>({
    paperId: '',
    title: '',
    opensAt,
    closesAt: new Date(opensAt.getTime() + DEFAULT_WINDOW_DAYS * 86_400_000),
    durationMinutes: 30,
    attemptsAllowed: 1,
    gradingMethod: 'highest',
    passPercent: 60,
    shuffleQuestions: true,
    reviewCells: cellsFromPolicy(DEFAULT_REVIEW_POLICY),
    strict: false,
    switchLimit: 3,
  })
  const assignees = reactive(emptyAssigneeChoice())
  const overrides = ref<OverrideDraft[]>([])
  const failure = ref<unknown>(null)

  const assigneeRows = computed(() => buildAssignees(assignees))

  /** Picking a paper names the sitting after it, unless the trainer already typed a name. */
  function choosePaper(paper: PaperDto | undefined): void {
    if (!paper) return
    form.paperId = paper.id
    if (!form.title.trim()) form.title = paper.title
  }

  function toBody(): CreateSittingDto {
    return {
      paperId: form.paperId,
      title: form.title.trim(),
      opensAt: (form.opensAt ?? new Date()).toISOString(),
      closesAt: (form.closesAt ?? new Date()).toISOString(),
      durationMinutes: form.durationMinutes,
      attemptsAllowed: form.attemptsAllowed,
      gradingMethod: form.gradingMethod,
      passPercent: form.passPercent,
      shuffleQuestions: form.shuffleQuestions,
      reviewPolicy: policyFromCells(form.reviewCells),
      // Empty means an ordinary quiz: page switches are recorded, never acted on.
      switchLimit: form.strict ? form.switchLimit : null,
      assignees: assigneeRows.value,
      overrides: overridesToDtos(overrides.value),
    }
  }

  function localProblem(): string | null {
    if (assigneeRows.value.length === 0) return t('examAdmin.sittingForm.assigneesRequired')
    const problem = overrideProblem(overrides.value)
    if (!problem) return null
    if (problem.kind === 'windowOrder') return t('examAdmin.sittingForm.windowOrder')
    return t(`examAdmin.overrides.${problem.kind}`, { n: problem.index + 1 })
  }

  async function submit(): Promise<SittingDto | null> {
    failure.value = null
    const problem = localProblem()
    if (problem) {
      failure.value = new ApiError(400, [problem])
      return null
    }
    try {
      const sitting = await createSitting(toBody())
      store.upsert(sitting)
      return sitting
    } catch (error) {
      failure.value = error
      return null
    }
  }

  return { form, assignees, assigneeRows, overrides, failure, choosePaper, toBody, submit }
}
