import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../identity/persistence/user.entity';
import { QuestionEntity } from '../../question-bank/persistence/question.entity';
import { SittingEntity } from './sitting.entity';

/** One question in a person's 错题本, with its spaced-repetition box. Practice never counts as assessment. */
@Entity('practice_card')
@Index('ix_practice_card_due', ['userId', 'dueAt'])
export class PracticeCardEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;

  @Column({ type: 'smallint', default: 1 })
  box: number;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'wrong_count', type: 'int', default: 0 })
  wrongCount: number;

  @Column({ name: 'last_wrong_at', type: 'timestamptz', nullable: true })
  lastWrongAt: Date | null;

  @Column({ type: 'boolean', default: false })
  mastered: boolean;

  /**
   * The exam the wrong answer came from: the card may be practised only once that sitting's review
   * policy shows right answers, so practice cannot leak a key to colleagues still sitting it.
   */
  @Column({ name: 'source_sitting_id', type: 'uuid', nullable: true })
  sourceSittingId: string | null;

  @ManyToOne(() => SittingEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_sitting_id' })
  sourceSitting?: SittingEntity;
}
