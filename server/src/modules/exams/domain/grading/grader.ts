import type { QuestionBody, QuestionType } from '../../../question-bank/domain/question-draft';
import type { GradeResult, GradingOptions } from './grade-result';

export type QuestionBodyOf<T extends QuestionType> = Extract<QuestionBody, { type: T }>;

/**
 * One grader per question type. Pure: the same body, answer and options always give the same result.
 * Graders never throw: the answer's shape is checked when it is saved (answerShapeProblem), and an
 * answer that somehow does not fit earns nothing rather than failing the whole attempt's grading.
 */
export type Grader<T extends QuestionType> = (body: QuestionBodyOf<T>, answer: unknown, options: GradingOptions) => GradeResult;
