import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { QuestionDraft } from '../domain/question-draft';
import { QuestionEntity } from './question.entity';

/** An immutable snapshot: papers and attempts pin a version, so editing never changes what was asked. */
@Entity('question_version')
@Unique('uq_question_version', ['questionId', 'version'])
export class QuestionVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;

  @Column({ type: 'int' })
  version: number;

  /** The whole draft (meta and body) as it was at this version. */
  @Column({ type: 'jsonb' })
  content: QuestionDraft;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
