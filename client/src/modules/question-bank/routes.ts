import type { RouteRecordRaw } from 'vue-router'

/** Trainers edit; managers (and administrators) read. Each bank's canEdit decides what is shown. */
const READERS = ['trainer', 'manager', 'admin'] as const

export const questionBankRoutes: RouteRecordRaw[] = [
  {
    path: 'question-banks',
    name: 'question-banks',
    component: () => import('./views/BankListView.vue'),
    meta: { roles: [...READERS], titleKey: 'questionBank.title' },
  },
  {
    path: 'question-banks/:bankId',
    name: 'question-bank',
    component: () => import('./views/BankView.vue'),
    props: true,
    meta: { roles: [...READERS], titleKey: 'pageTitles.bank', navParent: 'question-banks' },
  },
  {
    path: 'question-banks/:bankId/quality',
    name: 'question-bank-quality',
    component: () => import('./views/BankQualityView.vue'),
    props: true,
    meta: { roles: [...READERS], titleKey: 'bankQuality.title', navParent: 'question-banks' },
  },
  {
    path: 'question-banks/:bankId/questions/new',
    name: 'question-new',
    component: () => import('./views/QuestionEditorView.vue'),
    props: true,
    meta: { roles: ['trainer', 'admin'], titleKey: 'questionEditor.newTitle', navParent: 'question-banks' },
  },
  {
    path: 'question-banks/:bankId/questions/:questionId',
    name: 'question-edit',
    component: () => import('./views/QuestionEditorView.vue'),
    props: true,
    meta: { roles: [...READERS], titleKey: 'questionEditor.editTitle', navParent: 'question-banks' },
  },
  {
    path: 'source-documents',
    name: 'source-documents',
    component: () => import('./views/SourceDocumentsView.vue'),
    meta: { roles: ['trainer', 'admin'], titleKey: 'sourceDocs.title' },
  },
]
