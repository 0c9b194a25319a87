import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/persistence/user.entity';

/**
 * One piece of evidence about one person in one competency dimension: the points an exam attempt
 * (or, later, a contest or a training) earned in that dimension. A re-graded attempt replaces its rows.
 */
@Entity('competency_evidence')
@Index('uq_competency_evidence_source', ['sourceKind', 'sourceId', 'dimension'], { unique: true })
@Index('ix_competency_evidence_user_month', ['userId', 'month'])
@Index('ix_competency_evidence_month', ['month', 'userId'])
export class CompetencyEvidenceEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'source_kind', type: 'varchar', length: 16 })
  sourceKind: string;

  @Column({ name: 'source_id', type: 'varchar', length: 64 })
  sourceId: string;

  @Column({ name: 'source_title', type: 'varchar', length: 200 })
  sourceTitle: string;

  @Column({ type: 'varchar', length: 32 })
  dimension: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /**
   * When the source was graded. A grading replaces only evidence recorded before it: two gradings
   * of one attempt can reach the outbox in the opposite order to the one they happened in.
   */
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** First day of the month the evidence belongs to (Asia/Shanghai), the record's history unit. */
  @Column({ type: 'date' })
  month: string;

  @Column({ type: 'numeric', precision: 10, scale: 2 })
  points: string;

  @Column({ name: 'max_points', type: 'numeric', precision: 10, scale: 2 })
  maxPoints: string;

  @Column({ type: 'int' })
  items: number;
}
