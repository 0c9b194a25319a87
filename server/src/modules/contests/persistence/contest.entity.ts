import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '../../identity/persistence/org-unit.entity';
import type { RubricItem } from '../domain/speech/rubric';

/** A knowledge or speech contest, hosted by trainers of its owner unit's subtree; what happens in it is in contest_event. */
@Entity('contest')
export class ContestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_contest_owner_unit')
  @Column({ name: 'owner_unit_id', type: 'uuid' })
  ownerUnitId: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id' })
  ownerUnit?: OrgUnitEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** knowledge | speech */
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Index('uq_contest_join_code', { unique: true })
  @Column({ name: 'join_code', type: 'varchar', length: 8 })
  joinCode: string;

  /** draft | running | ended */
  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: string;

  /** Speech: trimmed | median | normalised */
  @Column({ name: 'final_method', type: 'varchar', length: 16, default: 'trimmed' })
  finalMethod: string;

  /** Speech: the score sheet's items (key, label, max), in order. */
  @Column({ type: 'jsonb', nullable: true })
  rubric: RubricItem[] | null;

  @Column({ name: 'time_limit_seconds', type: 'int', nullable: true })
  timeLimitSeconds: number | null;

  @Column({ name: 'overrun_grace_seconds', type: 'int', default: 0 })
  overrunGraceSeconds: number;

  @Column({ name: 'overrun_step_seconds', type: 'int', default: 30 })
  overrunStepSeconds: number;

  @Column({ name: 'overrun_points_per_step', type: 'numeric', precision: 6, scale: 2, default: 1 })
  overrunPointsPerStep: string;

  @Column({ name: 'overrun_max_penalty', type: 'numeric', precision: 6, scale: 2, nullable: true })
  overrunMaxPenalty: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
