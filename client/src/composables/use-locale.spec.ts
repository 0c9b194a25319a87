import { describe, expect, it } from 'vitest'
import { useI18n } from 'vue-i18n'
import { withSetup } from '@/test/test-app'
import { useLocale } from './use-locale'

describe('useLocale', () => {
  it('switches texts, Element Plus texts and the page language, and remembers the choice', async () => {
    const { result } = await withSetup(() => ({ ...useLocale(), i18n: useI18n() }))
    expect(result.i18n.t('nav.home')).toBe('首页')
    expect(result.elementLocale.value.name).toBe('zh-cn')

    await result.setLocale('en')

    expect(result.locale.value).toBe('en')
    expect(result.i18n.t('nav.home')).toBe('Home')
    expect(result.elementLocale.value.name).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem('kaoping.locale')).toBe('en')
  })
})
