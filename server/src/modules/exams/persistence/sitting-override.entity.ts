import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SittingEntity } from './sitting.entity';

/** Extra time or another window for one person or one unit (leave, field duty). A person's override wins over their unit's. */
@Entity('sitting_override')
@Index('ix_sitting_override_sitting', ['sittingId'])
export class SittingOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'sitting_id', type: 'uuid' })
  sittingId: string;

  @ManyToOne(() => SittingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sitting_id' })
  sitting?: SittingEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ name: 'extra_minutes', type: 'int', default: 0 })
  extraMinutes: number;
}
