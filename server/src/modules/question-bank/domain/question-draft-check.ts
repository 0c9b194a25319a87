import { COMPETENCY_DIMENSIONS, QUESTION_TYPES, QuestionDraft } from './question-draft';
import type { Issue } from '../../../platform/errors/issue-catalogue';
import { QuestionIssues as I } from './question-bank-issues';
import { limitProblems } from './question-limits';

/** A draft's problem: the field at fault and the coded issue. */
export type DraftProblem = { field: string } & Issue;

/**
 * The rules every question must meet whatever format it came from, the editor included (sizes are in
 * question-limits.ts). Messages are in Chinese: a trainer reads them next to the row or line they
 * came from. Empty when the draft is sound.
 */
export function draftProblems(draft: QuestionDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const fail = (field: string, issue: Issue) => problems.push({ field, ...issue });
  if (!(QUESTION_TYPES as readonly string[]).includes(draft.type)) {
    fail('type', I['questionBank.check.typeUnknown']({ type: String(draft.type), known: QUESTION_TYPES.join('、') }));
    return problems;
  }
  problems.push(...limitProblems(draft));
  if (!draft.stem || !draft.stem.trim()) fail('stem', I['questionBank.check.stemEmpty']());
  if (draft.dimension !== undefined && !(COMPETENCY_DIMENSIONS as readonly string[]).includes(draft.dimension)) {
    fail('dimension', I['questionBank.check.dimensionUnknown']({ dimension: draft.dimension, known: COMPETENCY_DIMENSIONS.join('、') }));
  }
  if (draft.difficulty !== undefined && !(Number.isInteger(draft.difficulty) && draft.difficulty >= 1 && draft.difficulty <= 5)) fail('difficulty', I['questionBank.check.difficultyRange']());
  if (draft.points !== undefined && !(draft.points > 0)) fail('points', I['questionBank.check.pointsPositive']());
  const ids = (choices: Array<{ id: string; text: string }>, field: string, min: number) => {
    if (choices.length < min) fail(field, I[field === 'options' ? 'questionBank.check.tooFewOptions' : 'questionBank.check.tooFewEntries']({ min }));
    const seen = new Set<string>();
    for (const c of choices) {
      if (!c.text || !c.text.trim()) fail(field, I['questionBank.check.choiceEmpty']({ id: c.id }));
      if (seen.has(c.id)) fail(field, I['questionBank.check.choiceIdRepeated']({ id: c.id }));
      seen.add(c.id);
    }
    return seen;
  };
  switch (draft.type) {
    case 'single': {
      const options = ids(draft.options, 'options', 2);
      if (!options.has(draft.answer)) fail('answer', I['questionBank.check.answerNotAnOption']({ answer: draft.answer }));
      for (const [id, credit] of Object.entries(draft.credit ?? {})) {
        if (!options.has(id) || id === draft.answer) fail('credit', I['questionBank.check.creditNotAnOption']({ id }));
        else if (!(typeof credit === 'number' && credit > 0 && credit < 1)) fail('credit', I['questionBank.check.creditRange']({ id }));
      }
      break;
    }
    case 'multiple': {
      const options = ids(draft.options, 'options', 3);
      if (draft.answer.length < 2) fail('answer', I['questionBank.check.multipleTooFewCorrect']());
      for (const a of draft.answer) if (!options.has(a)) fail('answer', I['questionBank.check.answerNotAnOption']({ answer: a }));
      if (new Set(draft.answer).size !== draft.answer.length) fail('answer', I['questionBank.check.answerRepeated']());
      break;
    }
    case 'true_false':
      if (typeof draft.answer !== 'boolean') fail('answer', I['questionBank.check.trueFalseAnswer']());
      break;
    case 'fill_blank': {
      const blanks = (draft.stem.match(/\{\{\d+\}\}/g) ?? []).length;
      if (blanks === 0) fail('stem', I['questionBank.check.blanksUnmarked']({ marks: '{{1}}、{{2}}' }));
      if (blanks !== draft.answer.length) fail('answer', I['questionBank.check.blankCountMismatch']({ blanks, answers: draft.answer.length }));
      draft.answer.forEach((accepted, i) => {
        if (accepted.length === 0 || accepted.some((a) => !a.trim())) fail('answer', I['questionBank.check.blankWithoutAnswer']({ blank: i + 1 }));
      });
      break;
    }
    case 'numeric': {
      const a = draft.answer;
      if ('value' in a) {
        if (!Number.isFinite(a.value)) fail('answer', I['questionBank.check.numericNotNumber']());
        if (a.tolerance !== undefined && !(a.tolerance >= 0)) fail('answer', I['questionBank.check.toleranceNegative']());
      } else if (!(Number.isFinite(a.min) && Number.isFinite(a.max) && a.min <= a.max)) {
        fail('answer', I['questionBank.check.rangeReversed']());
      }
      break;
    }
    case 'matching': {
      const left = ids(draft.left, 'left', 2);
      const right = ids(draft.right, 'right', 2);
      for (const l of left) if (!(l in draft.answer)) fail('answer', I['questionBank.check.leftUnpaired']({ id: l }));
      for (const [l, r] of Object.entries(draft.answer)) {
        if (!left.has(l)) fail('answer', I['questionBank.check.pairLeftUnknown']({ id: l }));
        if (!right.has(r)) fail('answer', I['questionBank.check.pairRightUnknown']({ id: r }));
      }
      break;
    }
    case 'ordering': {
      const items = ids(draft.items, 'items', 3);
      if (draft.answer.length !== items.size || !draft.answer.every((a) => items.has(a)) || new Set(draft.answer).size !== draft.answer.length) {
        fail('answer', I['questionBank.check.orderingAnswer']());
      }
      break;
    }
    case 'essay':
      // an essay without reference answer or rubric is kept and flagged 待补评分要点 (item-checks.ts): marking asks for them
      for (const item of draft.rubric) if (!(item.points > 0) || !item.criterion.trim()) fail('rubric', I['questionBank.check.rubricItemInvalid']());
      break;
  }
  return problems;
}
