import { ref } from 'vue'
import type { BackupStatusDto } from '@/api/schema'
import { saveBlob } from '@/composables/save-blob'
import { createBackup, downloadBackup, getBackups } from '../api'

/** The administrator's backups page: the list, a backup now, a download. */
export function useBackups() {
  const status = ref<BackupStatusDto | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  const making = ref(false)
  const downloading = ref<string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      status.value = await getBackups()
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  /** Resolves to the new backup's name; the list is read again so it shows first. */
  async function backUpNow(): Promise<string> {
    making.value = true
    try {
      const made = await createBackup()
      await load()
      return made.name
    } finally {
      making.value = false
    }
  }

  async function download(name: string): Promise<void> {
    downloading.value = name
    try {
      saveBlob(await downloadBackup(name), name)
    } finally {
      downloading.value = null
    }
  }

  return { status, loading, error, making, downloading, load, backUpNow, download }
}
