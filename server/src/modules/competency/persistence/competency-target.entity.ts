import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The level (share of points) the department expects in one dimension; absent means the default. */
@Entity('competency_target')
export class CompetencyTargetEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  dimension: string;

  @Column({ type: 'numeric', precision: 4, scale: 3 })
  target: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
