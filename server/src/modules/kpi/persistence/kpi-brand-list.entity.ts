import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One brand on the department's list for a year: a national key brand ('key') or a new brand ('new'). */
@Entity('kpi_brand_list')
export class KpiBrandListEntity {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  brand: string;

  @Column({ type: 'varchar', length: 8 })
  kind: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
