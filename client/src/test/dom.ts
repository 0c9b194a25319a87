import { flushPromises } from '@vue/test-utils'

/** The form item whose label reads `label` (dialogs are teleported to body, so search the document). */
export function formItem(label: string): HTMLElement {
  const item = [...document.querySelectorAll<HTMLElement>('.el-form-item')].find(
    (el) => el.querySelector('.el-form-item__label')?.textContent?.trim() === label,
  )
  if (!item) throw new Error(`no form item labelled ${label}`)
  return item
}

export async function fillIn(label: string, value: string): Promise<void> {
  const input = formItem(label).querySelector('input')
  if (!input) throw new Error(`no input in ${label}`)
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

export function button(text: string, root: ParentNode = document): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text)
  if (!found) throw new Error(`no button ${text}`)
  return found
}

export async function submitForm(root: ParentNode = document): Promise<void> {
  const form = root.querySelector('form')
  if (!form) throw new Error('no form')
  form.dispatchEvent(new Event('submit', { cancelable: true }))
  await flushPromises()
}
