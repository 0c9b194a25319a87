import { defineConfig } from 'vitest/config'

/**
 * Browser tests: the built app served by the real server, driven through Debian's chromium.
 * One file at a time: they share one server and each launches its own browser.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Building the app and starting the server with its embedded database can take minutes on 2 cores.
    teardownTimeout: 30_000,
  },
})
