import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { TrainingForm } from '../domain/training-form';

/** One training session of a unit's month, with its check-in settings. */
@Entity('training_session')
export class TrainingSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_training_session' })
  id: string;

  @Index('ix_training_session_owner_unit')
  @Column({ name: 'owner_unit_id', type: 'uuid' })
  ownerUnitId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 24 })
  form: TrainingForm;

  @Column({ type: 'varchar', length: 500, default: '' })
  topic: string;

  /** Competency dimensions the session covers. */
  @Column({ type: 'text', array: true, default: '{}' })
  subjects: string[];

  @Column({ name: 'trainer_id', type: 'uuid', nullable: true })
  trainerId: string | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  place: string;

  @Column({ name: 'online_link', type: 'varchar', length: 500, nullable: true })
  onlineLink: string | null;

  @Index('ix_training_session_starts_at')
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'boolean', default: true })
  required: boolean;

  @Column({ name: 'opens_early_minutes', type: 'int', default: 15 })
  opensEarlyMinutes: number;

  @Column({ name: 'late_after_minutes', type: 'int', default: 10 })
  lateAfterMinutes: number;

  @Column({ name: 'sign_out', type: 'boolean', default: false })
  signOut: boolean;

  /** The exam sitting that follows the training, if any. */
  @Column({ name: 'sitting_id', type: 'uuid', nullable: true })
  sittingId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
