import { readFileSync } from 'fs';
import { join } from 'path';
import { QUESTION_TYPES, type QuestionBody } from '../../../question-bank/domain/question-draft';
import { gradeAnswer } from './grade-answer';
import { DEFAULT_GRADING_OPTIONS, type GradeResult, type GradingOptions, type MultipleChoiceRule } from './grade-result';

interface GoldenCase {
  name: string;
  body: QuestionBody;
  answer: unknown;
  /** laid over DEFAULT_GRADING_OPTIONS; absent means the defaults */
  options?: Partial<GradingOptions>;
  expected: GradeResult;
}

const golden = JSON.parse(readFileSync(join(__dirname, '../../../../../test/fixtures/grading/golden-cases.json'), 'utf8')) as GoldenCase[];

describe('grading an answer (golden cases, worked by hand)', () => {
  it.each(golden.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const options = c.options === undefined ? undefined : { ...DEFAULT_GRADING_OPTIONS, ...c.options };
    const result = gradeAnswer(c.body, c.answer, options);
    expect(result).toEqual(c.expected);
    // toBe, not toBeCloseTo: fractions are rounded, so 2/3 is exactly 0.6666667
    expect(result.fraction).toBe(c.expected.fraction);
  });

  it('the golden cases cover every question type, every multiple-choice rule and both part-mark settings', () => {
    expect(new Set(golden.map((c) => c.body.type))).toEqual(new Set(QUESTION_TYPES));
    const rules: MultipleChoiceRule[] = ['all_or_nothing', 'partial_half', 'proportional_penalty'];
    const multipleRules = new Set(
      golden.filter((c) => c.body.type === 'multiple').map((c) => c.options?.multipleRule ?? DEFAULT_GRADING_OPTIONS.multipleRule),
    );
    expect(multipleRules).toEqual(new Set(rules));
    for (const type of ['fill_blank', 'matching', 'ordering'] as const) {
      const settings = new Set(
        golden.filter((c) => c.body.type === type).map((c) => c.options?.partialCredit ?? DEFAULT_GRADING_OPTIONS.partialCredit),
      );
      expect(settings).toEqual(new Set([true, false]));
    }
    expect(golden.length).toBeGreaterThanOrEqual(80);
    expect(new Set(golden.map((c) => c.name)).size).toBe(golden.length);
  });
});

describe('grading defaults', () => {
  it('marks 多选 all-or-nothing and gives part marks to matching, ordering and several blanks unless told otherwise', () => {
    expect(DEFAULT_GRADING_OPTIONS).toEqual({ multipleRule: 'all_or_nothing', partialCredit: true });
  });

  it('an answer never saved (undefined) counts as unanswered for every type', () => {
    const bodies: QuestionBody[] = [
      {
        type: 'single',
        options: [
          { id: 'A', text: '是' },
          { id: 'B', text: '否' },
        ],
        answer: 'A',
      },
      {
        type: 'multiple',
        options: [
          { id: 'A', text: '甲' },
          { id: 'B', text: '乙' },
          { id: 'C', text: '丙' },
        ],
        answer: ['A', 'B'],
      },
      { type: 'true_false', answer: false },
      { type: 'fill_blank', answer: [['渠道']] },
      { type: 'numeric', answer: { value: 0 } },
      { type: 'matching', left: [{ id: 'L1', text: '甲' }], right: [{ id: 'R1', text: '乙' }], answer: { L1: 'R1' } },
      {
        type: 'ordering',
        items: [
          { id: 'a', text: '一' },
          { id: 'b', text: '二' },
          { id: 'c', text: '三' },
        ],
        answer: ['a', 'b', 'c'],
      },
      { type: 'essay', referenceAnswer: '参考', rubric: [{ criterion: '要点', points: 1 }] },
    ];
    for (const body of bodies) expect(gradeAnswer(body, undefined)).toEqual({ fraction: 0, state: 'unanswered' });
  });

  it('a right answer scores the same under every option setting for single, true/false, numeric and essay', () => {
    const settings: GradingOptions[] = [
      { multipleRule: 'all_or_nothing', partialCredit: false },
      { multipleRule: 'partial_half', partialCredit: true },
      { multipleRule: 'proportional_penalty', partialCredit: true },
    ];
    for (const options of settings) {
      expect(
        gradeAnswer(
          {
            type: 'single',
            options: [
              { id: 'A', text: '是' },
              { id: 'B', text: '否' },
            ],
            answer: 'B',
          },
          'B',
          options,
        ),
      ).toEqual({ fraction: 1, state: 'correct' });
      expect(gradeAnswer({ type: 'true_false', answer: true }, true, options)).toEqual({ fraction: 1, state: 'correct' });
      expect(gradeAnswer({ type: 'numeric', answer: { min: 1, max: 2 } }, 1.5, options)).toEqual({ fraction: 1, state: 'correct' });
      expect(gradeAnswer({ type: 'essay', referenceAnswer: '参考', rubric: [{ criterion: '要点', points: 1 }] }, '作答', options)).toEqual({
        fraction: 0,
        state: 'needs_grading',
      });
    }
  });
});
