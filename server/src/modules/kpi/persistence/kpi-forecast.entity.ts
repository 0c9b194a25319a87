import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../identity/persistence/user.entity';

/** One brand's order forecast against the actual volume, per customer manager and month. */
@Entity('kpi_forecast')
// Carries the figures so a unit's month is read from the index alone, already in user order.
@Index('ix_kpi_forecast_month_user', ['month', 'userId', 'keyBrand', 'forecast', 'actual'])
export class KpiForecastEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  brand: string;

  /** One of the top-20 national key brands (前20个全国卷烟重点骨干品牌), reported on their own. */
  @Column({ name: 'key_brand', type: 'boolean', default: false })
  keyBrand: boolean;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  forecast: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  actual: string;

  @Column({ name: 'imported_by', type: 'uuid', nullable: true })
  importedBy: string | null;

  @Column({ name: 'imported_at', type: 'timestamptz', default: () => 'now()' })
  importedAt: Date;
}
