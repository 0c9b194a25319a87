import en from './en'
import examsEn from '@/modules/exams/i18n/en'
import { errorTextsEn } from './error-texts.en'
import { nestByDots } from './error-text'

/** The English catalogue of the entry: a chunk of its own, downloaded only by those who choose English. */
export default { ...en, ...examsEn, apiErrors: nestByDots(errorTextsEn) }
