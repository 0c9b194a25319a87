import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MaterialPurpose } from '../domain/material-purpose';
import { QuestionBankEntity } from './question-bank.entity';

@Entity('question_category')
@Unique('uq_question_category_path', ['bankId', 'path'])
export class QuestionCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'bank_id', type: 'uuid' })
  bankId: string;

  @ManyToOne(() => QuestionBankEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bank_id' })
  bank?: QuestionBankEntity;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => QuestionCategoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: QuestionCategoryEntity;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Names from the bank's root joined by '/', e.g. '烟草专卖法/零售许可'. */
  @Column({ type: 'text' })
  path: string;

  /** Null: as its nearest marked ancestor, else as its bank. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  purpose: MaterialPurpose | null;
}
