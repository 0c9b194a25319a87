import type { Choice, QuestionContent, QuestionType } from '../../question-bank/domain/question-draft';

/** What a candidate's browser receives for one slot: never a key, an explanation or a rubric. */
export interface CandidateQuestion {
  slot: number;
  type: QuestionType;
  stem: string;
  points: number;
  options?: Choice[];
  left?: Choice[];
  right?: Choice[];
  items?: Choice[];
  /** fill_blank: how many blanks the stem's {{n}} marks */
  blanks?: number;
  unit?: string;
}

const texts = (choices: Choice[]) => choices.map(({ id, text }) => ({ id, text }));

/** `shown` is the question as presented to this candidate (see choice-presentation.ts), never the stored one. */
export function candidateQuestion(slot: number, points: number, shown: QuestionContent): CandidateQuestion {
  const base = { slot, type: shown.type, stem: shown.stem, points };
  switch (shown.type) {
    case 'single':
    case 'multiple':
      return { ...base, options: texts(shown.options) };
    case 'true_false':
    case 'essay':
      return base;
    case 'fill_blank':
      return { ...base, blanks: shown.answer.length };
    case 'numeric':
      return { ...base, ...(shown.unit && { unit: shown.unit }) };
    case 'matching':
      return { ...base, left: texts(shown.left), right: texts(shown.right) };
    case 'ordering':
      return { ...base, items: texts(shown.items) };
  }
}
