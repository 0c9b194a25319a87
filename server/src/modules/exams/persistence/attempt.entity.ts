import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SittingEntity } from './sitting.entity';
import { UserEntity } from '../../identity/persistence/user.entity';

/** `scoring`: submitted, waiting for the automatic scoring; `submitted`: scored, an essay waits for a trainer. */
export type AttemptStatus = 'in_progress' | 'scoring' | 'submitted' | 'graded';

/** The candidate, the sweeper after deadline + grace, or strict mode after too many page switches. */
export type SubmittedBy = 'candidate' | 'server' | 'switch_limit';

@Entity('attempt')
@Unique('uq_attempt_number', ['sittingId', 'userId', 'attemptNo'])
/** At most one attempt in progress per person and sitting, even under concurrent starts. */
@Index('uq_attempt_one_in_progress', ['sittingId', 'userId'], { unique: true, where: "status = 'in_progress'" })
/** The deadline sweeper's only scan: open attempts by deadline. */
@Index('ix_attempt_open_deadline', ['deadline'], { where: "status = 'in_progress'" })
/** The scoring sweeper's scan: submitted attempts not yet scored, oldest first. */
@Index('ix_attempt_scoring', ['submittedAt'], { where: "status = 'scoring'" })
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
  submittedBy: SubmittedBy | null;

  @Column({ type: 'numeric', precision: 10, scale: 3, nullable: true })
  score: string | null;

  @Column({ name: 'max_score', type: 'numeric', precision: 10, scale: 3 })
  maxScore: string;

  @Column({ name: 'graded_at', type: 'timestamptz', nullable: true })
  gradedAt: Date | null;

  @Column({ name: 'switch_count', type: 'int', default: 0 })
  switchCount: number;

  /** Times the scoring of this attempt threw; with the last error and when it is tried again. */
  @Column({ name: 'scoring_failures', type: 'int', default: 0 })
  scoringFailures: number;

  @Column({ name: 'scoring_error', type: 'text', nullable: true })
  scoringError: string | null;

  @Column({ name: 'scoring_retry_at', type: 'timestamptz', nullable: true })
  scoringRetryAt: Date | null;
}
