import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A department's weight for one 考核 item (the month's exams, or a KPI); items without a row take the plan's. */
@Entity('assessment_weight')
export class AssessmentWeightEntity {
  /** The department: the top unit of the organisation tree the weights apply to. */
  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  item: string;

  @Column({ type: 'integer' })
  weight: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
