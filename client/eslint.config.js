import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import prettierConfig from 'eslint-config-prettier/flat'

export default defineConfigWithVueTs(
  {
    ignores: ['dist/**', 'src/auto-imports.d.ts', 'src/components.d.ts'],
  },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommendedTypeChecked,
  {
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/block-lang': ['error', { script: { lang: 'ts' } }],
      'vue/component-api-style': ['error', ['script-setup']],
    },
  },
  {
    // The contract: every call names its operation ('GET /api/…') and goes through src/api/operations.ts,
    // which takes its types from the generated schema. Specs may still assert the URL that went out.
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/api/**', 'src/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^\\/api\\//]',
          message:
            "No raw '/api/' paths outside src/api: call the operation by name with call()/download()/upload() from '@/api/operations'.",
        },
        {
          selector: 'TemplateLiteral > TemplateElement:first-child[value.raw=/^\\/api\\//]',
          message:
            "No raw '/api/' paths outside src/api: call the operation by name with call()/download()/upload() from '@/api/operations'.",
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/api/http',
              importNames: ['http', 'request', 'upload', 'buildUrl'],
              message: "Call the operation by name through '@/api/operations', typed by the generated schema.",
            },
          ],
        },
      ],
    },
  },
  // formatting is Prettier's (npm run format); this turns off the rules that would fight it
  prettierConfig,
)
