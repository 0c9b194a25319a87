import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrgUnitEntity } from '../../identity/persistence/org-unit.entity';
import type { MaterialPurpose } from '../domain/material-purpose';

/** A bank belongs to a unit: trainers whose scope covers that unit edit it; shares extend that. */
@Entity('question_bank')
export class QuestionBankEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable key of a bank that lives in the repository's question-bank/ folder. */
  @Index('uq_question_bank_key', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  key: string | null;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Index('ix_question_bank_owner_unit')
  @Column({ name: 'owner_unit_id', type: 'uuid' })
  ownerUnitId: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id' })
  ownerUnit?: OrgUnitEntity;

  /** 练习题 (practice may serve it) or 考试题 (exams only); categories may mark otherwise. */
  @Column({ type: 'varchar', length: 16, default: 'practice' })
  purpose: MaterialPurpose;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
