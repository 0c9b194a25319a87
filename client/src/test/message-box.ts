import { vi } from 'vitest'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

/** The user presses OK in the next confirmation box. */
export function acceptConfirm() {
  // Element Plus types the result as an intersection no value can satisfy.
  return vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue({ value: '', action: 'confirm' } as unknown as MessageBoxData)
}

/** The user cancels the next confirmation box (Element Plus rejects with 'cancel'). */
export function cancelConfirm() {
  return vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
}
