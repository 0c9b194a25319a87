import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { useErrorMessage } from '@/composables/use-error-message'
import { saveBlob } from '@/composables/save-blob'
import { exportBank } from '../api'
import { EXPORT_EXTENSIONS, type ExportFormat } from '../import-format'

/** Downloads a bank in one of the server's export formats, named after the bank. */
export function useBankExport(bank: () => { id: string; name: string } | null) {
  const { errorMessage } = useErrorMessage()
  const exporting = ref<ExportFormat | null>(null)

  async function exportAs(format: ExportFormat): Promise<void> {
    const current = bank()
    if (!current || exporting.value) return
    exporting.value = format
    try {
      const blob = await exportBank(current.id, format)
      // The server names the file too, but a blob download cannot read that header through http.ts.
      saveBlob(blob, `${current.name}.${EXPORT_EXTENSIONS[format]}`)
    } catch (error) {
      ElMessage.error(errorMessage(error))
    } finally {
      exporting.value = null
    }
  }

  return { exporting, exportAs }
}
