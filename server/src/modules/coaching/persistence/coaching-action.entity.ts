import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/persistence/user.entity';

/**
 * A coaching action (帮扶): a manager asks a customer manager to practise a subject, or to attend a
 * training, by a date; it keeps the subject level and the KPI value it started from, so the manager
 * later sees whether they moved. Open until the manager closes it.
 */
@Entity('coaching_action')
@Index('ix_coaching_action_user', ['userId', 'status'])
@Index('ix_coaching_action_unit', ['unitId', 'status'])
export class CoachingActionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_coaching_action' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_coaching_action_user' })
  user?: UserEntity;

  /** The person's unit when assigned. */
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  /** 'practice' (targeted practice on the subject's practice material) or 'training'. */
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  dimension: string | null;

  /** The KPI the action is meant to move, if any. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  kpi: string | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status: string;

  /** The month the baseline was read in, 'YYYY-MM-01'. */
  @Column({ name: 'baseline_month', type: 'date' })
  baselineMonth: string;

  @Column({ name: 'level_before', type: 'numeric', precision: 6, scale: 4, nullable: true })
  levelBefore: string | null;

  @Column({ name: 'kpi_before', type: 'double precision', nullable: true })
  kpiBefore: number | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy: string | null;
}
