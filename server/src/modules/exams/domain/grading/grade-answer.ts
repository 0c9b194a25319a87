import type { QuestionBody } from '../../../question-bank/domain/question-draft';
import { DEFAULT_GRADING_OPTIONS, type GradeResult, type GradingOptions } from './grade-result';
import { gradeEssay } from './essay.grader';
import { gradeFillBlank } from './fill-blank.grader';
import { gradeMatching } from './matching.grader';
import { gradeMultiple } from './multiple.grader';
import { gradeNumeric } from './numeric.grader';
import { gradeOrdering } from './ordering.grader';
import { gradeSingle } from './single.grader';
import { gradeTrueFalse } from './true-false.grader';

/** Grades one candidate answer against the question version that was shown. Pure. */
export function gradeAnswer(body: QuestionBody, answer: unknown, options: GradingOptions = DEFAULT_GRADING_OPTIONS): GradeResult {
  switch (body.type) {
    case 'single':
      return gradeSingle(body, answer, options);
    case 'multiple':
      return gradeMultiple(body, answer, options);
    case 'true_false':
      return gradeTrueFalse(body, answer, options);
    case 'fill_blank':
      return gradeFillBlank(body, answer, options);
    case 'numeric':
      return gradeNumeric(body, answer, options);
    case 'matching':
      return gradeMatching(body, answer, options);
    case 'ordering':
      return gradeOrdering(body, answer, options);
    case 'essay':
      return gradeEssay(body, answer, options);
  }
}
