import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SittingEntity } from './sitting.entity';
import { UserEntity } from '../../identity/persistence/user.entity';

export type AttemptStatus = 'in_progress' | 'submitted' | 'graded';

@Entity('attempt')
@Unique('uq_attempt_number', ['sittingId', 'userId', 'attemptNo'])
/** At most one attempt in progress per person and sitting, even under concurrent starts. */
@Index('uq_attempt_one_in_progress', ['sittingId', 'userId'], { unique: true, where: "status = 'in_progress'" })
/** The deadline sweeper's only scan: open attempts by deadline. */
@Index('ix_attempt_open_deadline', ['deadline'], { where: "status = 'in_progress'" })
@Index('ix_attempt_user', ['userId', 'sittingId'])
export class AttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'sitting_id', type: 'uuid' })
  sittingId: string;

  @ManyToOne(() => SittingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sitting_id' })
  sitting?: SittingEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'attempt_no', type: 'int' })
  attemptNo: number;

  @Column({ type: 'varchar', length: 16 })
  status: AttemptStatus;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'submitted_by', type: 'varchar', length: 16, nullable: true })
  submittedBy: 'candidate' | 'server' | 'switch_limit' | null;

  @Column({ type: 'numeric', precision: 10, scale: 3, nullable: true })
  score: string | null;

  @Column({ name: 'max_score', type: 'numeric', precision: 10, scale: 3 })
  maxScore: string;

  @Column({ name: 'graded_at', type: 'timestamptz', nullable: true })
  gradedAt: Date | null;

  @Column({ name: 'switch_count', type: 'int', default: 0 })
  switchCount: number;
}
