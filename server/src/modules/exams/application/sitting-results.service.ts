import { Injectable } from '@nestjs/common';
import { writeSheet } from '../../../platform/files/xlsx-sheet';
import type { Principal } from '../../identity/domain/principal';
import { sittingScore } from '../domain/attempt-grading-method';
import { attemptDeadline, personalWindow } from '../domain/attempt-window';
import { ExamStatus, examStatus } from '../domain/exam-status';
import { AttemptRepository } from '../persistence/attempt.repository';
import { ResultsRepository } from '../persistence/results.repository';
import { SittingRepository } from '../persistence/sitting.repository';
import { SittingsService } from './sittings.service';
import { isWithin } from '../../identity/domain/unit-path';
import { ExamsErrors } from '../domain/exams-errors';

export interface CandidateResult {
  userId: string;
  username: string;
  displayName: string;
  unitName: string;
  status: ExamStatus;
  attemptsUsed: number;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  passed: boolean | null;
  submittedAt: Date | null;
  switchCount: number;
  lastAttemptId: string | null;
}

const STATUS_LABEL: Record<ExamStatus, string> = {
  upcoming: '未开始',
  open: '未参加',
  in_progress: '作答中',
  scoring: '评分中',
  submitted: '待阅卷',
  graded: '已出分',
  missed: '缺考',
};

@Injectable()
export class SittingResultsService {
  constructor(
    private readonly sittingsService: SittingsService,
    private readonly sittings: SittingRepository,
    private readonly results: ResultsRepository,
    private readonly attempts: AttemptRepository,
  ) {}

  /** One row per assigned person the caller may see, with the score that counts under the sitting's grading method. */
  async table(principal: Principal, sittingId: string): Promise<CandidateResult[]> {
    const { sitting, peoplePath } = await this.sittingsService.readSitting(principal, sittingId);
    const [candidates, attempts, overrides] = await Promise.all([
      this.results.candidates(sittingId, peoplePath),
      this.results.attempts(sittingId),
      this.sittings.overrides(sittingId),
    ]);
    const now = new Date();
    return candidates.map((c) => {
      const mine = attempts.filter((a) => a.userId === c.userId);
      const window = personalWindow(sitting, overrides, c.userId, c.unitPath.split('/').filter(Boolean).reverse());
      const score = sittingScore(
        sitting.gradingMethod,
        mine.map((a) => (a.status === 'graded' ? a.score : null)),
      );
      const maxScore = mine[0]?.maxScore ?? null;
      const percent = score !== null && maxScore ? Math.round((score / maxScore) * 1000) / 10 : null;
      const last = mine[mine.length - 1];
      return {
        userId: c.userId,
        username: c.username,
        displayName: c.displayName,
        unitName: c.unitName,
        status: examStatus(window, mine, sitting.attemptsAllowed, now),
        attemptsUsed: mine.length,
        score,
        maxScore,
        percent,
        passed: percent === null ? null : percent >= sitting.passPercent,
        submittedAt: last?.submittedAt ?? null,
        switchCount: mine.reduce((n, a) => n + a.switchCount, 0),
        lastAttemptId: last?.id ?? null,
      };
    });
  }

  async exportXlsx(principal: Principal, sittingId: string): Promise<{ file: Buffer; fileName: string }> {
    const { sitting } = await this.sittingsService.readSitting(principal, sittingId);
    const rows = await this.table(principal, sittingId);
    const file = await writeSheet(
      '成绩',
      [
        '单位',
        '姓名',
        '用户名',
        '状态',
        { header: '得分', kind: 'number' },
        { header: '满分', kind: 'number' },
        { header: '得分率', kind: 'percent' },
        '是否及格',
        { header: '交卷时间', kind: 'datetime' },
        { header: '切屏次数', kind: 'number' },
        { header: '作答次数', kind: 'number' },
      ],
      rows.map((r) => [
        r.unitName,
        r.displayName,
        r.username,
        STATUS_LABEL[r.status],
        r.score,
        r.maxScore,
        r.score !== null && r.maxScore ? r.score / r.maxScore : null,
        r.passed === null ? '' : r.passed ? '及格' : '不及格',
        r.submittedAt ? new Date(r.submittedAt) : null,
        r.switchCount,
        r.attemptsUsed,
      ]),
    );
    return { file, fileName: `${sitting.title}-成绩.xlsx` };
  }

  /** A trainer's view of one attempt: every answer with its key and score, and the timeline. */
  async attemptReview(principal: Principal, attemptId: string) {
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt) throw ExamsErrors['exams.attempt.notFound']();
    const { sitting, peoplePath } = await this.sittingsService.readSitting(principal, attempt.sittingId);
    const unitPath = await this.results.unitPathOfUser(attempt.userId);
    if (peoplePath !== null && !isWithin(unitPath, peoplePath)) throw ExamsErrors['exams.attempt.notFound']();
    const [slots, events] = await Promise.all([this.attempts.slots(attemptId), this.attempts.events(attemptId)]);
    const overrides = await this.sittings.overrides(sitting.id);
    const window = personalWindow(sitting, overrides, attempt.userId, unitPath.split('/').filter(Boolean).reverse());
    return {
      attempt: { ...attempt, expectedDeadline: attemptDeadline(attempt.startedAt, window) },
      // shownOrder: the order the candidate saw the choices in, so the trainer's letters are theirs
      slots: slots.map((s) => ({
        slot: s.slot,
        questionId: s.questionId,
        version: s.questionVersion,
        points: s.points,
        answer: s.answer,
        savedAt: s.savedAt,
        state: s.state,
        score: s.score,
        feedback: s.feedback,
        content: s.content,
        shownOrder: s.choiceOrder,
      })),
      timeline: events,
    };
  }
}
