import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/persistence/user.entity';

/**
 * One piece of evidence about one person in one competency dimension: the points a source (an exam
 * attempt, a contest, a training's attendance…) earned in that dimension, of the points at stake
 * (its weight). A source recorded again replaces its rows (decisions §23).
 */
@Entity('competency_evidence')
@Index('uq_competency_evidence_source', ['sourceKind', 'sourceId', 'dimension'], { unique: true })
@Index('ix_competency_evidence_user_month', ['userId', 'month'])
@Index('ix_competency_evidence_month', ['month', 'userId'])
@Index('ix_competency_evidence_group', ['sourceKind', 'sourceGroup', 'userId'])
// whether anything but exams is in a window (the record's basis), without reading the exams
@Index('ix_competency_evidence_other_kinds', ['month'], { where: "source_kind <> 'exam'" })
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

  /** Where the source is officially scored together with others (an exam attempt: its sitting); null when on its own. */
  @Column({ name: 'source_group', type: 'varchar', length: 64, nullable: true })
  sourceGroup: string | null;

  /** From a make-up (补考) sitting. */
  @Column({ type: 'boolean', default: false })
  makeup: boolean;

  /** The share of this row the official score counts: 1 or 0 by the sitting's grading method, 1/n under 'average'. */
  @Column({ name: 'counted_share', type: 'numeric', precision: 8, scale: 6, default: 1 })
  countedShare: string;

  /** The person's unit when the evidence was recorded. */
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;
}
