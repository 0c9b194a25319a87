import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand keeps its JS near 100 kB gzip instead of ~290 kB (STACK-NOTES).
    AutoImport({
      resolvers: [ElementPlusResolver()],
      dts: 'src/auto-imports.d.ts',
    }),
    Components({
      // Only Element Plus is global; our own components are imported where used, so a page that
      // does not import the chart component never pulls in ECharts.
      dirs: [],
      resolvers: [ElementPlusResolver()],
      dts: 'src/components.d.ts',
    }),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  define: {
    // vue-i18n is used through the Composition API only; dropping the legacy API shrinks the bundle.
    // no <i18n-t>, v-t or global $t components: nothing to install globally
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: {
      // ws: the live socket at /api/live goes through the same proxy
      '/api': { target: 'http://localhost:3000', ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // read by `npm run bench` to measure what the exam route loads
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.spec.ts'],
    // Element Plus ships .css side-effect imports that Node cannot load (STACK-NOTES).
    server: { deps: { inline: ['element-plus'] } },
    restoreMocks: true,
    unstubGlobals: true,
  },
})
