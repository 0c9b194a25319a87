import { Injectable } from '@nestjs/common';
import type { Principal } from '../../identity/domain/principal';
import { QuestionCorrectionsService } from '../../question-bank/application/question-corrections.service';
import type { QuestionType } from '../../question-bank/domain/question-draft';
import { distractorAnalysis, ItemDistractors } from '../domain/statistics/distractor-analysis';
import { ItemStatistics, itemStatistics } from '../domain/statistics/item-statistics';
import { ItemReview, reviewItems } from '../domain/statistics/item-review-flags';
import { randomGuessScorePercent } from '../domain/statistics/random-guess-score';
import { TestStatistics, testStatistics } from '../domain/statistics/test-statistics';
import { ResultsRepository } from '../persistence/results.repository';
import { SittingsService } from './sittings.service';

export interface AnalysedItem extends ItemStatistics {
  questionId: string;
  questionKey: string;
  /** The stem of the version candidates saw (rich text), so people read the question, not its key. */
  stem: string;
  type: string;
  randomGuessPercent: number | null;
  review: ItemReview;
  distractors: ItemDistractors | null;
}

export interface ItemAnalysis {
  test: TestStatistics;
  items: AnalysedItem[];
  /** Questions this analysis finds weak: the trainer can mark them for review in their banks (`flagInBanks`). */
  flagged: number;
}

/**
 * Item analysis of a sitting over its graded attempts, per question (blueprints give each candidate
 * their own draw): over the people the caller may see, since a small group's statistics are theirs.
 * Reading it changes nothing; marking the weak questions in their banks is a separate request of
 * someone who manages the sitting (decisions: "Item analysis marks questions on request").
 */
@Injectable()
export class ItemAnalysisService {
  constructor(
    private readonly sittings: SittingsService,
    private readonly results: ResultsRepository,
    private readonly questions: QuestionCorrectionsService,
  ) {}

  async analyse(principal: Principal, sittingId: string): Promise<ItemAnalysis> {
    const { peoplePath } = await this.sittings.readSitting(principal, sittingId);
    return this.compute(sittingId, peoplePath);
  }

  /** Marks the questions the analysis finds weak in their banks; only those who manage the sitting may. */
  async flagInBanks(principal: Principal, sittingId: string): Promise<ItemAnalysis> {
    await this.sittings.requireSitting(principal, sittingId);
    const { peoplePath } = await this.sittings.readSitting(principal, sittingId);
    const analysis = await this.compute(sittingId, peoplePath);
    const flaggedIds = analysis.items.filter((i) => i.review.status === 'flagged').map((i) => i.questionId);
    const flagged = await this.questions.flagFromItemAnalysis(
      principal,
      flaggedIds,
      `题目分析（${new Date().toISOString().slice(0, 10)}）：区分度低或为负，请复核答案和题干`,
    );
    return { ...analysis, flagged };
  }

  private async compute(sittingId: string, peoplePath: string | null): Promise<ItemAnalysis> {
    const rows = await this.results.itemScores(sittingId, peoplePath);
    const questionIds = [...new Set(rows.map((r) => r.questionId))];
    const attemptIds = [...new Set(rows.map((r) => r.attemptId))];
    const index = new Map(questionIds.map((id, i) => [id, i]));
    const first = new Map(rows.map((r) => [r.questionId, r]));
    const maxMarks = questionIds.map((id) => first.get(id)!.points);
    const byAttempt = new Map(attemptIds.map((id) => [id, Array<number | null>(questionIds.length).fill(null)]));
    for (const r of rows) byAttempt.get(r.attemptId)![index.get(r.questionId)!] = r.score ?? 0;
    const matrix = { maxMarks, attempts: attemptIds.map((id) => ({ scores: byAttempt.get(id)! })) };
    const stats = itemStatistics(matrix);
    const reviews = reviewItems(stats);
    const choiceRows = rows.filter((r) => r.type === 'single' || r.type === 'multiple' || r.type === 'true_false');
    const distractors = distractorAnalysis(choiceRows.map((r) => ({ item: index.get(r.questionId)!, response: responseText(r.answer) })));
    const items = stats.map((s, i): AnalysedItem => {
      const q = first.get(questionIds[i])!;
      return {
        ...s,
        questionId: q.questionId,
        questionKey: q.questionKey,
        stem: q.stem,
        type: q.type,
        randomGuessPercent: randomGuessScorePercent(q.type as QuestionType, q.optionCount ?? undefined),
        review: reviews[i],
        distractors: distractors.find((d) => d.item === i) ?? null,
      };
    });
    const flagged = items.filter((i) => i.review.status === 'flagged').length;
    return { test: testStatistics(matrix), items, flagged };
  }
}

function responseText(answer: unknown): string {
  if (answer === null || answer === undefined) return '';
  if (Array.isArray(answer)) return answer.map(String).sort().join(',');
  if (typeof answer === 'boolean') return answer ? 'true' : 'false';
  return typeof answer === 'string' ? answer : JSON.stringify(answer);
}
