import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SittingEntity } from './sitting.entity';

/** Who sits an exam: everyone in a unit's subtree, everyone holding a role within the owner's subtree, or one person. */
@Entity('sitting_assignee')
@Index('ix_sitting_assignee_sitting', ['sittingId'])
export class SittingAssigneeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'sitting_id', type: 'uuid' })
  sittingId: string;

  @ManyToOne(() => SittingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sitting_id' })
  sitting?: SittingEntity;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  role: string | null;

  @Index('ix_sitting_assignee_user')
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;
}
