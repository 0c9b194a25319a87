import { reactive, ref } from 'vue'
import type { SittingDto } from '@/api/schema'
import { createMakeup } from '../api'

/** A make-up sitting (补考): the server assigns everyone who missed or failed; the page shows who that was. */
export function useMakeup(sittingId: () => string, now: () => Date = () => new Date()) {
  const start = new Date(now())
  start.setSeconds(0, 0)
  const form = reactive<{ title: string; opensAt: Date | null; closesAt: Date | null }>({
    title: '',
    opensAt: start,
    closesAt: new Date(start.getTime() + 7 * 86_400_000),
  })
  const saving = ref(false)
  const failure = ref<unknown>(null)
  const created = ref<SittingDto | null>(null)

  async function submit(): Promise<SittingDto | null> {
    if (!form.opensAt || !form.closesAt) return null
    saving.value = true
    failure.value = null
    try {
      created.value = await createMakeup(sittingId(), {
        ...(form.title.trim() && { title: form.title.trim() }),
        opensAt: form.opensAt.toISOString(),
        closesAt: form.closesAt.toISOString(),
      })
      return created.value
    } catch (error) {
      failure.value = error
      return null
    } finally {
      saving.value = false
    }
  }

  function reset(): void {
    created.value = null
    failure.value = null
  }

  return { form, saving, failure, created, submit, reset }
}
