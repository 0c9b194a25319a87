import { Injectable } from '@nestjs/common';
import type { Principal } from '../../identity/domain/principal';
import { BankAccessService } from '../../question-bank/application/bank-access.service';
import { COMPETENCY_DIMENSIONS } from '../../question-bank/domain/question-draft';
import { CandidateQuestion, candidateQuestion } from '../domain/candidate-question';
import { storedAnswer } from '../domain/choice-presentation';
import { answerShapeProblem } from '../domain/grading/answer-shape';
import { gradeAnswer } from '../domain/grading/grade-answer';
import type { GradeState } from '../domain/grading/grade-result';
import { nextCard } from '../domain/spaced-repetition';
import { DimensionStanding, PracticeRepository, WrongBookEntry } from '../persistence/practice.repository';
import { PracticePresentation } from './practice-presentation';
import { rightAnswerOf } from './result-view';
import { ExamsErrors } from '../domain/exams-errors';

export interface PracticeQuestion extends CandidateQuestion {
  questionId: string;
  dimension: string | null;
}

export interface PracticeFeedback {
  state: GradeState;
  fraction: number;
  rightAnswer: unknown;
  explanation: string | null;
  box: number;
  nextDueAt: Date;
  mastered: boolean;
  /** The server's clock, so "due in N days" is measured right on a phone with a wrong clock. */
  serverNow: Date;
}

export interface WrongAnswerDetail {
  questionId: string;
  dimension: string | null;
  /** The question as stored (option ids as stored), with its key and explanation */
  content: WrongBookEntry['content'];
  myAnswers: Array<{ answer: unknown; answeredAt: Date }>;
}

/**
 * 错题本 and practice: untimed, keys shown after each answer, never counted as assessment. Practice
 * serves and answers only practice material (练习题) of the banks the person's unit reaches, plus
 * their own exam mistakes once shown; never an essay; never a question a sitting not yet closed for
 * everyone can show anyone (decisions §11).
 */
@Injectable()
export class PracticeService {
  constructor(
    private readonly practice: PracticeRepository,
    private readonly banks: BankAccessService,
    private readonly presentation: PracticePresentation,
  ) {}

  async wrongBook(principal: Principal): Promise<Array<Omit<WrongBookEntry, 'content'> & { stem: string; type: string }>> {
    return (await this.practice.wrongBook(principal.userId, false)).map(({ content, ...entry }) => ({
      ...entry,
      stem: content.stem,
      type: content.type,
    }));
  }

  /**
   * One 错题本 card opened: the question, the person's own wrong exam answers, the key and the
   * explanation. Only for a card the 错题本 lists (its sitting shows right answers) and a question
   * no live sitting can still show anyone, the same rules as practising it.
   */
  async wrongAnswer(principal: Principal, questionId: string): Promise<WrongAnswerDetail> {
    const entry = (await this.practice.wrongBook(principal.userId, false)).find((e) => e.questionId === questionId);
    if (!entry) throw ExamsErrors['exams.wrongBook.entryNotFound']();
    const question = await this.practice.question(principal.userId, await this.banks.practiceBankIds(principal), questionId);
    if (!question || question.heldBack) throw ExamsErrors['exams.wrongBook.heldBack']();
    return {
      questionId,
      dimension: entry.dimension,
      content: entry.content,
      myAnswers: await this.practice.myWrongAnswers(principal.userId, questionId),
    };
  }

  dimensions(principal: Principal): Promise<DimensionStanding[]> {
    return this.practice.dimensionStandings(principal.userId);
  }

  /** Due questions from the 错题本, or questions of a (weak) dimension. */
  async draw(
    principal: Principal,
    source: 'wrong_book' | 'dimension',
    dimension: string | undefined,
    count: number,
  ): Promise<PracticeQuestion[]> {
    const bankIds = await this.banks.practiceBankIds(principal);
    if (source === 'wrong_book') {
      const due = await this.practice.duePractice(principal.userId, bankIds, count);
      return due.map((e, i) => this.toQuestion(principal, i + 1, e.questionId, e.dimension, e.content));
    }
    const wanted = dimension ?? (await this.practice.dimensionStandings(principal.userId))[0]?.dimension;
    if (!wanted || !(COMPETENCY_DIMENSIONS as readonly string[]).includes(wanted)) throw ExamsErrors['exams.practice.dimensionRequired']();
    const picked = await this.practice.randomOfDimension(principal.userId, bankIds, wanted, count);
    return picked.map((q, i) => this.toQuestion(principal, i + 1, q.questionId, wanted, q.content));
  }

  async answer(principal: Principal, questionId: string, answer: unknown): Promise<PracticeFeedback> {
    const question = await this.practice.question(principal.userId, await this.banks.practiceBankIds(principal), questionId);
    const existing = await this.practice.card(principal.userId, questionId);
    // beyond practice material, only their own exam mistakes are theirs to retry
    if (!question || question.status !== 'active' || !(question.practiceMaterial || existing?.fromExam))
      throw ExamsErrors['exams.practice.questionNotFound']();
    if (existing && !existing.practisable) throw ExamsErrors['exams.practice.keyNotReleased']();
    if (question.heldBack) throw ExamsErrors['exams.practice.heldBack']();
    if (question.content.type === 'essay') throw ExamsErrors['exams.practice.essay']();
    // in the ids the caller was shown, as an exam's answers are
    const { order, shown } = this.presentation.of(principal.userId, questionId, question.content);
    const problem = answerShapeProblem(shown, answer);
    if (problem) throw ExamsErrors['exams.answer.invalidShape']({ problem });
    const grade = gradeAnswer(question.content, storedAnswer(question.content, order, answer));
    // the key and explanation come after an answer, never instead of one
    if (grade.state === 'unanswered') throw ExamsErrors['exams.practice.unanswered']();
    const card = nextCard(existing, grade.state, new Date());
    await this.practice.saveCard(principal.userId, questionId, { ...card, wrong: grade.state !== 'correct' });
    return {
      state: grade.state,
      fraction: grade.fraction,
      rightAnswer: rightAnswerOf(shown),
      explanation: question.content.explanation ?? null,
      box: card.box,
      nextDueAt: card.dueAt,
      mastered: card.mastered,
      serverNow: new Date(),
    };
  }

  private toQuestion(
    principal: Principal,
    slot: number,
    questionId: string,
    dimension: string | null,
    content: WrongBookEntry['content'],
  ): PracticeQuestion {
    return { ...candidateQuestion(slot, 1, this.presentation.of(principal.userId, questionId, content).shown), questionId, dimension };
  }
}
