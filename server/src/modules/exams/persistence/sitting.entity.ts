import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PaperEntity } from './paper.entity';
import type { AttemptGradingMethod } from '../domain/attempt-grading-method';
import type { ReviewPolicy } from '../domain/review-policy';

/** An exam scheduled for people: a paper, a window, a duration and the rules of taking it. */
@Entity('sitting')
export class SittingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_sitting_paper')
  @Column({ name: 'paper_id', type: 'uuid' })
  paperId: string;

  @ManyToOne(() => PaperEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'paper_id' })
  paper?: PaperEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index('ix_sitting_window')
  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Column({ name: 'attempts_allowed', type: 'int', default: 1 })
  attemptsAllowed: number;

  @Column({ name: 'grading_method', type: 'varchar', length: 16, default: 'highest' })
  gradingMethod: AttemptGradingMethod;

  /** Percentage of the maximum score needed to pass. */
  @Column({ name: 'pass_percent', type: 'numeric', precision: 5, scale: 2, default: 60 })
  passPercent: string;

  @Column({ name: 'shuffle_questions', type: 'boolean', default: false })
  shuffleQuestions: boolean;

  @Column({ name: 'review_policy', type: 'jsonb' })
  reviewPolicy: ReviewPolicy;

  /** Strict mode: submit after this many page switches; null for ordinary monthly quizzes (flag only). */
  @Column({ name: 'switch_limit', type: 'int', nullable: true })
  switchLimit: number | null;

  /** A make-up sitting (补考) points at the sitting it makes up for. */
  @Column({ name: 'makeup_of', type: 'uuid', nullable: true })
  makeupOf: string | null;

  @Index('ix_sitting_owner_unit')
  @Column({ name: 'owner_unit_id', type: 'uuid' })
  ownerUnitId: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
