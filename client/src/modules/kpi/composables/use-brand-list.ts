import { computed, onMounted, ref } from 'vue'
import type { ImportErrorDto, ListedBrandDto } from '@/api/schema'
import { ApiError } from '@/api/http'
import { useErrorMessage } from '@/composables/use-error-message'
import { getBrandList, importBrandList, replaceBrandList } from '../api'
import { importRowErrors } from '../import-errors'

export type BrandKind = ListedBrandDto['kind']

/** Names as the server keeps them: trimmed, inner spaces collapsed; empty rows are not sent. */
export function brandsToSave(rows: readonly ListedBrandDto[]): ListedBrandDto[] {
  return rows.map((r) => ({ brand: r.brand.trim().replace(/\s+/g, ' '), kind: r.kind })).filter((r) => r.brand !== '')
}

/** The first name listed twice, so the form can say so before the server does; null when none is. */
export function duplicateBrand(rows: readonly ListedBrandDto[]): string | null {
  const seen = new Set<string>()
  for (const { brand } of brandsToSave(rows)) {
    if (seen.has(brand)) return brand
    seen.add(brand)
  }
  return null
}

/** The department's national key brands (前20个全国卷烟重点骨干品牌) and new brands for a year. */
export function useBrandList(initialYear = new Date().getFullYear()) {
  const { errorMessage } = useErrorMessage()
  const year = ref(initialYear)
  const rows = ref<ListedBrandDto[]>([])
  const saved = ref('[]')
  const loading = ref(true)
  const loadError = ref<unknown>(null)
  const saving = ref(false)
  const failure = ref('')
  const forbidden = ref(false)

  const dirty = computed(() => JSON.stringify(brandsToSave(rows.value)) !== saved.value)
  const duplicate = computed(() => duplicateBrand(rows.value))
  const keyCount = computed(() => brandsToSave(rows.value).filter((r) => r.kind === 'key').length)

  function show(brands: ListedBrandDto[]): void {
    rows.value = brands.map((b) => ({ ...b }))
    saved.value = JSON.stringify(brandsToSave(brands))
  }

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    failure.value = ''
    try {
      show((await getBrandList(year.value)).brands)
    } catch (error) {
      loadError.value = error
    } finally {
      loading.value = false
    }
  }

  function add(kind: BrandKind): void {
    rows.value.push({ brand: '', kind })
  }

  function remove(index: number): void {
    rows.value.splice(index, 1)
  }

  /** Resolves true when saved. */
  async function save(): Promise<boolean> {
    if (!dirty.value || saving.value || duplicate.value) return false
    saving.value = true
    failure.value = ''
    forbidden.value = false
    try {
      show((await replaceBrandList(year.value, brandsToSave(rows.value))).brands)
      return true
    } catch (error) {
      forbidden.value = error instanceof ApiError && error.status === 403
      failure.value = errorMessage(error)
      return false
    } finally {
      saving.value = false
    }
  }

  const importing = ref(false)
  const importPercent = ref(0)
  const importIssues = ref<ImportErrorDto[]>([])

  /** Replaces the year's list with a workbook's; resolves true when imported. A refused file lists its wrong rows. */
  async function importFile(file: File): Promise<boolean> {
    if (importing.value) return false
    importing.value = true
    importPercent.value = 0
    importIssues.value = []
    failure.value = ''
    try {
      show((await importBrandList(year.value, file, (percent) => (importPercent.value = percent))).brands)
      return true
    } catch (error) {
      const rows = error instanceof ApiError && error.status === 422 ? importRowErrors(error.details) : null
      if (rows) importIssues.value = rows
      failure.value = errorMessage(error)
      return false
    } finally {
      importing.value = false
    }
  }

  onMounted(() => void load())

  return {
    year,
    rows,
    loading,
    loadError,
    saving,
    failure,
    forbidden,
    dirty,
    duplicate,
    keyCount,
    importing,
    importPercent,
    importIssues,
    load,
    add,
    remove,
    save,
    importFile,
  }
}
