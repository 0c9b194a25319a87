import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { QuestionType } from '../domain/question-draft';
import { QuestionBankEntity } from './question-bank.entity';
import { QuestionCategoryEntity } from './question-category.entity';

export type QuestionStatus = 'active' | 'retired';

/**
 * The identity of a question across its versions. The columns used to filter and search copy the
 * current version, so a list never has to open version bodies.
 */
@Entity('question')
@Unique('uq_question_key_per_bank', ['bankId', 'key'])
@Index('ix_question_bank_filters', ['bankId', 'status', 'type'])
@Index('ix_question_search_trgm', { synchronize: false })
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'bank_id', type: 'uuid' })
  bankId: string;

  @ManyToOne(() => QuestionBankEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bank_id' })
  bank?: QuestionBankEntity;

  @Column({ type: 'varchar', length: 64 })
  key: string;

  @Index('ix_question_category')
  @Column({ name: 'category_id', type: 'uuid', nullable: true })
  categoryId: string | null;

  @ManyToOne(() => QuestionCategoryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'category_id' })
  category?: QuestionCategoryEntity;

  @Column({ type: 'varchar', length: 16 })
  type: QuestionType;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: QuestionStatus;

  /** Set when a cited source document is superseded; such questions stay out of new papers until reviewed. */
  @Column({ name: 'needs_review', type: 'boolean', default: false })
  needsReview: boolean;

  @Column({ name: 'review_reason', type: 'text', nullable: true })
  reviewReason: string | null;

  /** Set by item analysis when the question discriminates badly (a wrong key, an ambiguous stem); advisory. */
  @Column({ name: 'quality_flag', type: 'text', nullable: true })
  qualityFlag: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  dimension: string | null;

  @Column({ type: 'smallint', nullable: true })
  difficulty: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Index('ix_question_source_document')
  @Column({ name: 'source_document', type: 'varchar', length: 200, nullable: true })
  sourceDocument: string | null;

  /** Stem, options and answers as plain text, for search (GIN trigram index, created in the migration). */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  /** Normalised stem and key, for duplicate detection on import. */
  @Index('ix_question_fingerprint')
  @Column({ type: 'char', length: 64 })
  fingerprint: string;

  @Column({ name: 'current_version', type: 'int' })
  currentVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
