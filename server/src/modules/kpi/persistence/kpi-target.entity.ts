import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A department's own target for one KPI, replacing the plan's default; null means "no target". */
@Entity('kpi_target')
export class KpiTargetEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  kpi: string;

  @Column({ type: 'numeric', precision: 14, scale: 4, nullable: true })
  target: string | null;

  /** Price per carton only: the rise in yuan per carton, or percent (target a fraction). */
  @Column({ type: 'varchar', length: 8, nullable: true })
  unit: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
