import { ref } from 'vue'
import { call } from '@/api/operations'

const demoData = ref(false)
let asked: Promise<void> | null = null

/** What the server says about this installation, asked once per page load. */
export function useInstance() {
  asked ??= call('GET /api/instance', {}, { auth: false })
    .then((instance) => {
      demoData.value = instance.demoData
    })
    .catch(() => {
      // unknown is shown as not demo; the next page load asks again
      asked = null
    })
  return { demoData }
}
