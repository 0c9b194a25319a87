import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MultipleChoiceRule } from '../domain/grading/grade-result';
import type { PaperStructure } from '../domain/paper-structure';

@Entity('paper')
export class PaperEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 16 })
  kind: 'fixed' | 'blueprint';

  /** Fixed: sections of slots pinning question versions. Blueprint: drawing rules. */
  @Column({ type: 'jsonb' })
  structure: PaperStructure;

  @Column({ name: 'multiple_rule', type: 'varchar', length: 32, default: 'all_or_nothing' })
  multipleRule: MultipleChoiceRule;

  @Column({ name: 'partial_credit', type: 'boolean', default: true })
  partialCredit: boolean;

  @Index('ix_paper_owner_unit')
  @Column({ name: 'owner_unit_id', type: 'uuid' })
  ownerUnitId: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
