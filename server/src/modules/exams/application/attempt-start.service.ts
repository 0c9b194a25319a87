import { Injectable } from '@nestjs/common';
import { DatabaseClock } from '../../../platform/database/database-clock';
import type { Principal } from '../../identity/domain/principal';
import type { QuestionContent } from '../../question-bank/domain/question-draft';
import { attemptDeadline } from '../domain/attempt-window';
import { BlueprintShortfall, drawBlueprint, DrawnQuestion } from '../domain/blueprint-draw';
import { choosePresentation } from '../domain/choice-presentation';
import { shuffled } from '../../question-bank/domain/choice-ids';
import { AttemptOwnerCache } from '../persistence/attempt-owner-cache';
import { AttemptRepository, AttemptRow, NewSlot } from '../persistence/attempt.repository';
import { PaperRepository } from '../persistence/paper.repository';
import { SittingRepository, SittingRow } from '../persistence/sitting.repository';
import { VersionContentCache } from '../persistence/version-content-cache';
import { AttemptView, attemptView } from './attempt-view';
import { CandidateAccess } from './candidate-access';
import { ExamLiveUpdates } from './exam-live-updates';
import { ExamsErrors } from '../domain/exams-errors';

/** Starting an attempt (drawing its questions) and opening it again on any device. */
@Injectable()
export class AttemptStartService {
  constructor(
    private readonly sittings: SittingRepository,
    private readonly papers: PaperRepository,
    private readonly attempts: AttemptRepository,
    private readonly owners: AttemptOwnerCache,
    private readonly versions: VersionContentCache,
    private readonly access: CandidateAccess,
    private readonly clock: DatabaseClock,
    private readonly live: ExamLiveUpdates,
  ) {}

  /** Starts an attempt, or returns the one in progress (created = false), even under concurrent calls. */
  async start(principal: Principal, sittingId: string): Promise<{ view: AttemptView; created: boolean }> {
    const { sitting, window } = await this.access.requireAssigned(principal, sittingId);
    const mine = await this.attempts.attemptsOf(sittingId, principal.userId);
    const running = mine.find((a) => a.status === 'in_progress');
    if (running) return { view: await this.resumeView(running, sitting), created: false };
    const now = await this.clock.now();
    if (now < window.opensAt) throw ExamsErrors['exams.sitting.notOpenYet']({ opensAt: window.opensAt.toISOString() });
    if (now >= window.closesAt) throw ExamsErrors['exams.sitting.over']();
    if (mine.length >= sitting.attemptsAllowed) throw ExamsErrors['exams.sitting.attemptsUsed']({ allowed: sitting.attemptsAllowed });
    const { slots, contents } = await this.drawSlots(sitting, principal.userId);
    const deadline = attemptDeadline(now, window);
    const maxScore = slots.reduce((n, s) => n + s.points, 0);
    const id = await this.attempts.insertStarted(
      { sittingId, userId: principal.userId, attemptNo: mine.length + 1, startedAt: now, deadline, maxScore },
      slots,
    );
    if (!id) {
      // a concurrent start of the same person won: answer with its attempt
      const attempt = await this.attempts.findInProgress(sittingId, principal.userId);
      if (!attempt) throw ExamsErrors['exams.attempt.startFailed']();
      return { view: await this.resumeView(attempt, sitting), created: false };
    }
    this.owners.remember(id, principal.userId);
    this.live.attempt(sittingId, { attemptId: id, userId: principal.userId, kind: 'started', status: 'in_progress' });
    // everything the candidate needs is at hand: no second read of what was just written
    const fresh = slots.map((s) => ({
      ...s,
      content: contents.get(`${s.questionId}@${s.questionVersion}`)!,
      answer: null,
      answerSeq: 0,
      savedAt: null,
    }));
    return { created: true, view: attemptView({ id, sittingId, status: 'in_progress', deadline, switchCount: 0 }, sitting, fresh, now) };
  }

  async resume(principal: Principal, attemptId: string): Promise<AttemptView> {
    const attempt = await this.access.requireOwnAttempt(principal, attemptId);
    return this.resumeView(attempt, (await this.sittings.findById(attempt.sittingId))!);
  }

  private async resumeView(attempt: AttemptRow, sitting: SittingRow): Promise<AttemptView> {
    return attemptView(attempt, sitting, await this.attempts.slots(attempt.id), await this.clock.now());
  }

  private async drawSlots(sitting: SittingRow, userId: string): Promise<{ slots: NewSlot[]; contents: Map<string, QuestionContent> }> {
    let drawn: DrawnQuestion[];
    if (sitting.structure.kind === 'fixed') {
      drawn = sitting.structure.sections.flatMap((section) =>
        section.slots.map((s) => ({ questionId: s.questionId, version: s.version, points: s.points })),
      );
    } else {
      const rules = sitting.structure.rules;
      // one after another: the embedded engine has one connection
      const candidates = [];
      for (const rule of rules) candidates.push(await this.papers.drawable(rule));
      try {
        drawn = drawBlueprint(rules, candidates, await this.attempts.seenQuestionIds(userId));
      } catch (error) {
        if (error instanceof BlueprintShortfall)
          throw ExamsErrors['exams.sitting.shortfall']({ rule: error.ruleIndex + 1, needed: error.needed, available: error.available });
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
}
