import { ref, useTemplateRef } from 'vue'
import type { FormInstance } from 'element-plus'

/** The template ref name the `el-form` must carry: `<el-form ref="formEl">`. */
export const FORM_REF = 'formEl'

/**
 * Runs Element Plus validation before `action`, so views bind `@submit.prevent="submit"`
 * and Enter in any field submits the form.
 */
export function useValidatedSubmit(action: () => Promise<void>) {
  const formRef = useTemplateRef<FormInstance>(FORM_REF)
  const submitting = ref(false)

  async function submit(): Promise<void> {
    if (submitting.value) return
    const valid = (await formRef.value?.validate().catch(() => false)) ?? true
    if (!valid) return
    submitting.value = true
    try {
      await action()
    } finally {
      submitting.value = false
    }
  }

  return { formRef, submitting, submit }
}
