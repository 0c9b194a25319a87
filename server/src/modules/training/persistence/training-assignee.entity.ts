import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrainingSessionEntity } from './training-session.entity';

/** Who is asked to attend: everyone in a unit's subtree, those holding a role there, or one person. */
@Entity('training_assignee')
export class TrainingAssigneeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_training_assignee' })
  id: string;

  @Index('ix_training_assignee_session')
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => TrainingSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_training_assignee_session' })
  session?: TrainingSessionEntity;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  role: string | null;

  @Index('ix_training_assignee_user')
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;
}
