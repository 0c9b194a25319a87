import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { CorrectedStatus } from '../domain/training-form';
import { TrainingSessionEntity } from './training-session.entity';

/** One person's attendance record in a session: their check-in and, where a trainer corrected it, the status and why. */
@Entity('training_check_in')
@Unique('uq_training_check_in_session_user', ['sessionId', 'userId'])
export class TrainingCheckInEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_training_check_in' })
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => TrainingSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_training_check_in_session' })
  session?: TrainingSessionEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'signed_out_at', type: 'timestamptz', nullable: true })
  signedOutAt: Date | null;

  /** SHA-256 of the browser's device id: one device checking in two accounts is flagged, never blocked. */
  @Column({ name: 'device_hash', type: 'varchar', length: 64, nullable: true })
  deviceHash: string | null;

  @Column({ name: 'status_override', type: 'varchar', length: 16, nullable: true })
  statusOverride: CorrectedStatus | null;

  @Column({ name: 'override_reason', type: 'varchar', length: 500, nullable: true })
  overrideReason: string | null;

  @Column({ name: 'overridden_by', type: 'uuid', nullable: true })
  overriddenBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
