import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { QuestionEntity } from '../../question-bank/persistence/question.entity';
import type { ChoiceOrder } from '../domain/choice-presentation';
import { AttemptEntity } from './attempt.entity';

/** One question of an attempt, addressed by slot, pinning the question version it showed. */
@Entity('attempt_slot')
export class AttemptSlotEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid' })
  attemptId: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id' })
  attempt?: AttemptEntity;

  @PrimaryColumn({ type: 'int' })
  slot: number;

  @Index('ix_attempt_slot_question')
  @Column({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;

  @Column({ name: 'question_version', type: 'int' })
  questionVersion: number;

  @Column({ type: 'numeric', precision: 8, scale: 3 })
  points: string;

  /** How the slot's choices were shown: their order and the ids the candidate saw (decisions §12). */
  @Column({ name: 'choice_order', type: 'jsonb', nullable: true })
  choiceOrder: ChoiceOrder | null;

  @Column({ type: 'jsonb', nullable: true })
  answer: unknown;

  /** The client's sequence number of the stored answer: an older write never overwrites a newer one. */
  @Column({ name: 'answer_seq', type: 'bigint', default: 0 })
  answerSeq: string;

  @Column({ name: 'saved_at', type: 'timestamptz', nullable: true })
  savedAt: Date | null;

  @Column({ type: 'numeric', precision: 9, scale: 7, nullable: true })
  fraction: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  state: string | null;

  @Column({ type: 'numeric', precision: 8, scale: 3, nullable: true })
  score: string | null;

  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Column({ name: 'graded_by', type: 'uuid', nullable: true })
  gradedBy: string | null;
}
