import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../../platform/http/domain-error';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { attemptDeadline, GRACE_SECONDS, personalWindow, PersonalWindow } from '../domain/attempt-window';
import { BlueprintShortfall, drawBlueprint, DrawnQuestion } from '../domain/blueprint-draw';
import { CandidateQuestion, candidateQuestion } from '../domain/candidate-question';
import { choosePresentation, presentedContent, shownAnswer, storedAnswer } from '../domain/choice-presentation';
import { shuffled } from '../../question-bank/domain/choice-ids';
import { ExamStatus, examStatus } from '../domain/exam-status';
import { answerShapeProblem } from '../domain/grading/answer-shape';
import { maxScoreOf, questionCountOf } from '../domain/paper-structure';
import { AttemptRepository, AttemptRow, NewSlot } from '../persistence/attempt.repository';
import { PaperRepository } from '../persistence/paper.repository';
import { SittingRepository, SittingRow } from '../persistence/sitting.repository';
import { AttemptSubmission } from './attempt-submission.service';
import { SlotDefinitions } from './slot-definitions';
import { VersionContentCache } from '../persistence/version-content-cache';
import type { QuestionContent } from '../../question-bank/domain/question-draft';
import { ResultView, resultView, scoringView } from './result-view';
import { AttemptScoring } from './attempt-scoring.service';
import { ExamLiveUpdates } from './exam-live-updates';

export interface MyExam {
  sittingId: string;
  title: string;
  status: ExamStatus;
  opensAt: Date;
  closesAt: Date;
  durationMinutes: number;
  attemptsUsed: number;
  attemptsAllowed: number;
  inProgressAttemptId: string | null;
  lastAttemptId: string | null;
  questionCount: number;
  maxScore: number;
}

export interface SavedAnswer {
  slot: number;
  answer: unknown;
  seq: number;
  savedAt: Date | null;
}

export interface AttemptView {
  id: string;
  sittingId: string;
  title: string;
  status: AttemptRow['status'];
  deadline: Date;
  serverNow: Date;
  graceSeconds: number;
  switchLimit: number | null;
  switchCount: number;
  questions: CandidateQuestion[];
  answers: SavedAnswer[];
}

@Injectable()
export class ExamTakingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sittings: SittingRepository,
    private readonly papers: PaperRepository,
    private readonly attempts: AttemptRepository,
    private readonly submission: AttemptSubmission,
    private readonly slotDefinitions: SlotDefinitions,
    private readonly versions: VersionContentCache,
    private readonly scope: ScopeService,
    private readonly live: ExamLiveUpdates,
    private readonly scoring: AttemptScoring,
  ) {}

  async myExams(principal: Principal): Promise<MyExam[]> {
    const unitPath = await this.scope.unitPathOf(principal);
    const sittings = await this.sittings.assignedTo({ userId: principal.userId, unitPath, roles: principal.roles });
    const attempts = await this.attempts.forUserAndSittings(principal.userId, sittings.map((s) => s.id));
    const now = new Date();
    return Promise.all(
      sittings.map(async (s) => {
        const mine = attempts.filter((a) => a.sittingId === s.id);
        const window = await this.windowFor(s, principal, unitPath);
        return {
          sittingId: s.id,
          title: s.title,
          status: examStatus(window, mine, s.attemptsAllowed, now),
          opensAt: window.opensAt,
          closesAt: window.closesAt,
          durationMinutes: window.durationMinutes,
          attemptsUsed: mine.length,
          attemptsAllowed: s.attemptsAllowed,
          inProgressAttemptId: mine.find((a) => a.status === 'in_progress')?.id ?? null,
          lastAttemptId: mine[mine.length - 1]?.id ?? null,
          questionCount: questionCountOf(s.structure),
          maxScore: maxScoreOf(s.structure),
        };
      }),
    );
  }

  /** Starts an attempt, or returns the one in progress (created = false), even under concurrent calls. */
  async start(principal: Principal, sittingId: string): Promise<{ view: AttemptView; created: boolean }> {
    const { sitting, window } = await this.requireAssigned(principal, sittingId);
    const mine = await this.attempts.attemptsOf(sittingId, principal.userId);
    const running = mine.find((a) => a.status === 'in_progress');
    if (running) return { view: await this.view(running, sitting), created: false };
    const now = new Date();
    if (now < window.opensAt) throw new DomainError('conflict', `考试尚未开始，开始时间：${window.opensAt.toISOString()}`);
    if (now >= window.closesAt) throw new DomainError('conflict', '考试已结束，如需补考请联系培训员');
    if (mine.length >= sitting.attemptsAllowed) throw new DomainError('conflict', `已用完全部 ${sitting.attemptsAllowed} 次作答机会`);
    const { slots, contents } = await this.drawSlots(sitting, principal.userId);
    const deadline = attemptDeadline(now, window);
    const maxScore = slots.reduce((n, s) => n + s.points, 0);
    const id = await this.attempts.insertStarted({ sittingId, userId: principal.userId, attemptNo: mine.length + 1, startedAt: now, deadline, maxScore }, slots);
    if (!id) {
      // a concurrent start of the same person won: answer with its attempt
      const attempt = await this.attempts.findInProgress(sittingId, principal.userId);
      if (!attempt) throw new DomainError('conflict', '开始考试失败，请重试');
      return { view: await this.view(attempt, sitting), created: false };
    }
    this.live.attempt(sittingId, { attemptId: id, userId: principal.userId, kind: 'started', status: 'in_progress' });
    // everything the candidate needs is at hand: no second read of what was just written
    return {
      created: true,
      view: {
        id,
        sittingId,
        title: sitting.title,
        status: 'in_progress',
        deadline,
        serverNow: new Date(),
        graceSeconds: GRACE_SECONDS,
        switchLimit: sitting.switchLimit,
        switchCount: 0,
        questions: slots.map((s) => candidateQuestion(s.slot, s.points, presentedContent(contents.get(`${s.questionId}@${s.questionVersion}`)!, s.choiceOrder))),
        answers: [],
      },
    };
  }

  async resume(principal: Principal, attemptId: string): Promise<AttemptView> {
    const attempt = await this.requireOwnAttempt(principal, attemptId);
    const sitting = (await this.sittings.findById(attempt.sittingId))!;
    return this.view(attempt, sitting);
  }

  async saveAnswer(principal: Principal, attemptId: string, slot: number, answer: unknown, seq: number): Promise<{ seq: number; savedAt: Date; serverNow: Date }> {
    const definition = await this.slotDefinitions.of(attemptId, slot);
    if (!definition) {
      await this.requireOwnAttempt(principal, attemptId);
      throw new DomainError('not_found', `本场考试没有第 ${slot} 题`);
    }
    // checked in the ids the candidate was shown, saved in the stored ones
    const problem = answerShapeProblem(definition.shown, answer);
    if (problem) throw new DomainError('invalid', `answer: ${problem}`);
    const stored = storedAnswer(definition.content, definition.choiceOrder, answer);
    const saved = await this.attempts.saveAnswer({ attemptId, userId: principal.userId, slot, answer: stored, seq, graceSeconds: GRACE_SECONDS });
    if (saved) {
      this.live.attempt(saved.sittingId, { attemptId, userId: principal.userId, kind: 'saved', status: 'in_progress', slot });
      return { seq: saved.seq, savedAt: saved.savedAt, serverNow: new Date() };
    }
    // nothing written: say why
    const attempt = await this.requireOwnAttempt(principal, attemptId);
    if (attempt.status !== 'in_progress') throw new DomainError('conflict', '本次作答已交卷，答案不能再修改', { reason: 'submitted' });
    if (Date.now() > attempt.deadline.getTime() + GRACE_SECONDS * 1000) throw new DomainError('conflict', '作答时间已到，答案未能保存', { reason: 'deadline' });
    const current = await this.attempts.slotAnswer(attemptId, slot);
    // the same write again (its acknowledgement was lost on the way): acknowledge it again
    if (current && current.seq === seq && isDeepStrictEqual(current.answer, stored)) return { seq, savedAt: current.savedAt!, serverNow: new Date() };
    throw new DomainError('conflict', '服务器上已有更新的答案（序号更大），此次保存被忽略', { reason: 'stale', seq: current?.seq ?? null });
  }

  /**
   * Submits and, unless a storm of submits keeps the scoring busy, waits for the score. Either way
   * the submission is durable when this answers: status `scoring` is scored moments later.
   */
  async submit(principal: Principal, attemptId: string): Promise<ResultView> {
    const submitted = await this.attempts.markSubmitted(attemptId, principal.userId);
    // already submitted (a repeat, or the server's sweeper), or not the caller's (result() says it is absent)
    if (!submitted) return this.result(principal, attemptId);
    const busy = this.scoring.busy;
    const scoring = this.scoring.score(attemptId);
    if (busy) {
      scoring.catch(() => undefined); // logged by the scoring; the sweeper retries
      // watchers hear of it twice: submitted now, scored (from the scoring) moments later
      this.live.submitted(submitted);
      return scoringView(submitted, submitted);
    }
    const graded = await scoring.catch(() => null);
    if (!graded) return this.result(principal, attemptId);
    const window = await this.windowFor(graded.sitting, principal, await this.scope.unitPathOf(principal));
    return resultView(graded.attempt, graded.sitting, graded.slots, new Date() >= window.closesAt);
  }

  async result(principal: Principal, attemptId: string): Promise<ResultView> {
    let attempt = await this.requireOwnAttempt(principal, attemptId);
    const sitting = (await this.sittings.findById(attempt.sittingId))!;
    if (attempt.status === 'scoring') {
      // scoring here and not held up by a storm: worth the wait (a repeated submit lands here too)
      const pending = this.scoring.pending(attemptId);
      if (!pending || this.scoring.busy) return scoringView(attempt, sitting);
      await pending.catch(() => undefined);
      attempt = await this.requireOwnAttempt(principal, attemptId);
      if (attempt.status === 'scoring') return scoringView(attempt, sitting);
    }
    const unitPath = await this.scope.unitPathOf(principal);
    const window = await this.windowFor(sitting, principal, unitPath);
    const slots = attempt.status === 'in_progress' ? [] : await this.attempts.slots(attemptId);
    return resultView(attempt, sitting, slots, new Date() >= window.closesAt);
  }

  /** Page visibility changes (切屏) and reconnects, for the trainer's timeline; strict sittings submit after N switches. */
  async recordEvent(principal: Principal, attemptId: string, kind: string, clientAt: Date | null, eventId: string | null): Promise<{ switchCount: number; submitted: boolean }> {
    const attempt = await this.requireOwnAttempt(principal, attemptId);
    if (attempt.status !== 'in_progress') return { switchCount: attempt.switchCount, submitted: true };
    const sitting = (await this.sittings.findById(attempt.sittingId))!;
    const outcome = await this.dataSource.transaction(async (manager) => {
      // a re-sent event (its reply was lost) must not count twice
      if (!(await this.attempts.addEventOnce(attemptId, kind, clientAt, eventId, manager))) return { switchCount: attempt.switchCount, submitted: false, counted: false };
      if (kind !== 'hidden') return { switchCount: attempt.switchCount, submitted: false, counted: false };
      const switchCount = await this.attempts.bumpSwitchCount(attemptId, manager);
      if (sitting.switchLimit !== null && switchCount >= sitting.switchLimit) {
        const graded = await this.submission.submit(attemptId, 'switch_limit', manager);
        return { switchCount, submitted: true, counted: true, graded };
      }
      return { switchCount, submitted: false, counted: true };
    });
    if (outcome.counted) this.live.attempt(attempt.sittingId, { attemptId, userId: attempt.userId, kind: 'switched', status: 'in_progress', switchCount: outcome.switchCount });
    if ('graded' in outcome && outcome.graded) this.live.submitted(outcome.graded.attempt);
    return { switchCount: outcome.switchCount, submitted: outcome.submitted };
  }

  private async drawSlots(sitting: SittingRow, userId: string): Promise<{ slots: NewSlot[]; contents: Map<string, QuestionContent> }> {
    let drawn: DrawnQuestion[];
    if (sitting.structure.kind === 'fixed') {
      drawn = sitting.structure.sections.flatMap((section) => section.slots.map((s) => ({ questionId: s.questionId, version: s.version, points: s.points })));
    } else {
      const rules = sitting.structure.rules;
      // one after another: the embedded engine has one connection
      const candidates = [];
      for (const rule of rules) candidates.push(await this.papers.drawable(rule));
      try {
        drawn = drawBlueprint(rules, candidates, await this.attempts.seenQuestionIds(userId));
      } catch (error) {
        if (error instanceof BlueprintShortfall) throw new DomainError('conflict', `题库中可用的题目不足，无法组卷：${error.message}。请联系培训员。`);
        throw error;
      }
    }
    if (sitting.shuffleQuestions) drawn = shuffled(drawn);
    const contents = await this.versions.contents(drawn);
    const slots = drawn.map((d, i) => ({
      slot: i + 1,
      questionId: d.questionId,
      questionVersion: d.version,
      points: d.points,
      choiceOrder: choosePresentation(contents.get(`${d.questionId}@${d.version}`)!),
    }));
    return { slots, contents };
  }

  private async view(attempt: AttemptRow, sitting: SittingRow): Promise<AttemptView> {
    const slots = await this.attempts.slots(attempt.id);
    return {
      id: attempt.id,
      sittingId: attempt.sittingId,
      title: sitting.title,
      status: attempt.status,
      deadline: attempt.deadline,
      serverNow: new Date(),
      graceSeconds: GRACE_SECONDS,
      switchLimit: sitting.switchLimit,
      switchCount: attempt.switchCount,
      questions: slots.map((s) => candidateQuestion(s.slot, s.points, presentedContent(s.content, s.choiceOrder))),
      answers: slots.filter((s) => s.answerSeq > 0).map((s) => ({ slot: s.slot, answer: shownAnswer(s.content, s.choiceOrder, s.answer), seq: s.answerSeq, savedAt: s.savedAt })),
    };
  }

  private async requireAssigned(principal: Principal, sittingId: string): Promise<{ sitting: SittingRow; window: PersonalWindow }> {
    const unitPath = await this.scope.unitPathOf(principal);
    const sitting = await this.sittings.findAssigned(sittingId, { userId: principal.userId, unitPath, roles: principal.roles });
    if (!sitting) throw new DomainError('not_found', '考试不存在或未安排给您');
    return { sitting, window: await this.windowFor(sitting, principal, unitPath) };
  }

  /** Someone else's attempt is reported as absent. */
  private async requireOwnAttempt(principal: Principal, attemptId: string): Promise<AttemptRow> {
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt || attempt.userId !== principal.userId) throw new DomainError('not_found', '作答记录不存在');
    return attempt;
  }

  private async windowFor(sitting: SittingRow, principal: Principal, unitPath: string): Promise<PersonalWindow> {
    const overrides = await this.sittings.overrides(sitting.id);
    const chain = unitPath.split('/').filter(Boolean).reverse();
    return personalWindow(sitting, overrides, principal.userId, chain);
  }
}
