import { onBeforeUnmount, onMounted } from 'vue'
import { useI18n } from 'vue-i18n'

/**
 * Closes two gaps Element Plus 2.14 leaves for screen readers, on every widget as it appears
 * (popups are teleported to <body>, so the whole body is watched):
 * - a pagination's page-size select has no name (axe: label);
 * - an autocomplete points aria-activedescendant at "<list>-item--1" while nothing is highlighted,
 *   an id that does not exist (axe: aria-valid-attr-value).
 */
export function useElementPlusA11y(): void {
  const { t } = useI18n()
  let observer: MutationObserver | null = null

  function patch(): void {
    const pageSize = t('common.pageSize')
    for (const input of document.querySelectorAll<HTMLInputElement>('.el-pagination__sizes input')) {
      if (input.getAttribute('aria-label') !== pageSize) input.setAttribute('aria-label', pageSize)
    }
    for (const input of document.querySelectorAll<HTMLElement>('input[aria-activedescendant]')) {
      const id = input.getAttribute('aria-activedescendant')
      if (id && !document.getElementById(id)) input.removeAttribute('aria-activedescendant')
    }
  }

  onMounted(() => {
    patch()
    observer = new MutationObserver(patch)
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-activedescendant'] })
  })
  onBeforeUnmount(() => observer?.disconnect())
}
