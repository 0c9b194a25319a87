import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A department's own target for one KPI, replacing the plan's default; null means "no target". */
@Entity('kpi_target')
export class KpiTargetEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  kpi: string;

  @Column({ type: 'numeric', precision: 14, scale: 4, nullable: true })
  target: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
