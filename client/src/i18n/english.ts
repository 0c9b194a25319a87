import en from './en'
import examsEn from '@/modules/exams/i18n/en'

/** The English catalogue of the entry: a chunk of its own, downloaded only by those who choose English. */
export default { ...en, ...examsEn }
