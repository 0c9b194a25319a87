import { PracticePresentation } from '../../src/modules/exams/application/practice-presentation';
import { shownAnswer } from '../../src/modules/exams/domain/choice-presentation';
import type { QuestionContent } from '../../src/modules/question-bank/domain/question-draft';
import type { TestApp } from './test-app';

interface Choice {
  id: string;
  text: string;
}

/**
 * The id a candidate was shown for a stored choice: the shown one with the same text. Tests that
 * know a question's stored key answer with this, as a candidate who knows the answer would.
 */
export function shownIdOf(shown: Choice[], stored: Choice[], storedId: string): string {
  const text = stored.find((c) => c.id === storedId)?.text;
  const found = shown.find((c) => c.text === text);
  if (!found) throw new Error(`no shown choice reads like stored ${storedId}`);
  return found.id;
}

/**
 * An answer written in a question's stored ids, as `username` must send it to practice: in the ids
 * practice shows that person (decisions §12). Values that name no choice (true, null, text) pass as
 * they are. A test that means "answer B" says so in stored ids and lets this translate.
 */
export async function inPracticeIds(t: TestApp, username: string, questionId: string, answer: unknown): Promise<unknown> {
  const [row] = await t.dataSource.query<Array<{ userId: string; content: QuestionContent }>>(
    `SELECT u.id AS "userId", v.content FROM app_user u, question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
      WHERE u.username = $1 AND q.id = $2`,
    [username, questionId],
  );
  if (!row) return answer;
  const { order } = t.app.get(PracticePresentation).of(row.userId, questionId, row.content);
  return shownAnswer(row.content, order, answer);
}

/** An answer in stored ids, as the candidate of an attempt must send it: in the ids that attempt's slot shows. */
export async function inAttemptIds(t: TestApp, attemptId: string, slot: number, answer: unknown): Promise<unknown> {
  const [row] = await t.dataSource.query<Array<{ content: QuestionContent; choiceOrder: Parameters<typeof shownAnswer>[1] }>>(
    `SELECT v.content, s.choice_order AS "choiceOrder" FROM attempt_slot s JOIN question_version v ON v.question_id = s.question_id AND v.version = s.question_version
      WHERE s.attempt_id = $1 AND s.slot = $2`,
    [attemptId, slot],
  );
  return row ? shownAnswer(row.content, row.choiceOrder, answer) : answer;
}
