import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { FormRules } from 'element-plus'
import type { UnitDto } from '@/api/schema'
import { useErrorMessage } from '@/composables/use-error-message'
import { useValidatedSubmit } from '@/composables/use-validated-submit'
import { createUnit, deleteUnit, updateUnit } from '../api'
import { buildUnitTree, subtreeIds, useUnitTree } from './use-unit-tree'

export type UnitDialogMode = 'create' | 'edit'

/** The units page: the tree plus create, rename/move and delete. */
export function useUnitsAdmin() {
  const { t } = useI18n()
  const { errorMessage } = useErrorMessage()
  const { units, tree, loading, error, load } = useUnitTree()

  const dialogOpen = ref(false)
  const mode = ref<UnitDialogMode>('create')
  const editingId = ref<string | null>(null)
  const form = reactive<{ name: string; parentId: string | null }>({ name: '', parentId: null })
  const formError = ref('')

  const rules: FormRules = {
    name: [{ required: true, whitespace: true, message: () => t('units.nameRequired'), trigger: 'blur' }],
  }

  /** Parents offered in the dialog: never the unit itself or anything below it. */
  const parentOptions = computed(() => {
    const id = editingId.value
    if (!id) return tree.value
    const excluded = subtreeIds(units.value, id)
    return buildUnitTree(units.value.filter((unit) => !excluded.has(unit.id)))
  })

  function openCreate(parent: UnitDto | null): void {
    mode.value = 'create'
    editingId.value = null
    form.name = ''
    form.parentId = parent?.id ?? null
    formError.value = ''
    dialogOpen.value = true
  }

  function openEdit(unit: UnitDto): void {
    mode.value = 'edit'
    editingId.value = unit.id
    form.name = unit.name
    form.parentId = unit.parentId
    formError.value = ''
    dialogOpen.value = true
  }

  const { formRef, submitting, submit } = useValidatedSubmit(async () => {
    formError.value = ''
    const name = form.name.trim()
    try {
      if (mode.value === 'create') {
        await createUnit({ name, parentId: form.parentId })
        ElMessage.success(t('units.created', { name }))
      } else if (editingId.value) {
        await updateUnit(editingId.value, { name, parentId: form.parentId })
        ElMessage.success(t('units.saved'))
      }
    } catch (failure) {
      formError.value = errorMessage(failure)
      return
    }
    dialogOpen.value = false
    await load()
  })

  async function remove(unit: UnitDto): Promise<void> {
    try {
      await ElMessageBox.confirm(t('units.confirmDelete', { name: unit.name }), t('common.delete'), {
        type: 'warning',
        confirmButtonText: t('common.delete'),
        cancelButtonText: t('common.cancel'),
        confirmButtonClass: 'el-button--danger',
      })
    } catch {
      return // cancelled
    }
    try {
      await deleteUnit(unit.id)
      ElMessage.success(t('units.deleted', { name: unit.name }))
      await load()
    } catch (failure) {
      // 409: the unit still has users or sub-units; the server says which.
      ElMessage.error(errorMessage(failure))
    }
  }

  return {
    tree,
    loading,
    error,
    load,
    dialogOpen,
    mode,
    form,
    formError,
    rules,
    parentOptions,
    formRef,
    submitting,
    submit,
    openCreate,
    openEdit,
    remove,
  }
}
