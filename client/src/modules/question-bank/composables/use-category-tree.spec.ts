import { describe, expect, it } from 'vitest'
import { withSetup } from '@/test/test-app'
import { seedSession } from '@/test/session-fixtures'
import { fakeServer, json } from '@/test/fake-server'
import { BANK_ID } from '../testing/fixtures'
import { useCategoryTree } from './use-category-tree'

describe('useCategoryTree', () => {
  it('shows a new category in the tree and among the editor’s paths', async () => {
    seedSession(['trainer'])
    const server = fakeServer({
      [`GET /question-banks/${BANK_ID}/categories`]: json(200, [{ id: 'a', parentId: null, name: '专卖法', path: '专卖法', questionCount: 2 }]),
      [`POST /question-banks/${BANK_ID}/categories`]: json(201, { id: 'b', parentId: 'a', name: '许可证', path: '专卖法/许可证', questionCount: 0 }),
    })
    const { result: categories } = await withSetup(() => useCategoryTree(() => BANK_ID))
    await categories.load()

    await categories.create(' 许可证 ', 'a')

    expect(server.calls[1]?.body).toEqual({ name: '许可证', parentId: 'a' })
    expect(categories.tree.value[0]?.children.map((c) => c.name)).toEqual(['许可证'])
    expect(categories.paths.value).toEqual(['专卖法', '专卖法/许可证'])
    expect(categories.pathOf('b')).toBe('专卖法/许可证')
  })
})
