import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../identity/persistence/user.entity';

/** One imported ratio KPI of one customer manager for one month: numerator over denominator. */
@Entity('kpi_ratio')
// Carries the figures so a unit's month is read from the index alone, already in user order.
@Index('ix_kpi_ratio_month_user', ['month', 'userId', 'kpi', 'numerator', 'denominator'])
export class KpiRatioEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** First day of the month. */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  kpi: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  numerator: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  denominator: string;

  @Column({ name: 'imported_by', type: 'uuid', nullable: true })
  importedBy: string | null;

  @Column({ name: 'imported_at', type: 'timestamptz', default: () => 'now()' })
  importedAt: Date;
}
