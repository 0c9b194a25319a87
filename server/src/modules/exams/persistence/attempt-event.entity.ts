import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AttemptEntity } from './attempt.entity';

/** The attempt's timeline: page switches (切屏), reconnects, submit. */
@Entity('attempt_event')
@Index('ix_attempt_event_attempt', ['attemptId', 'at'])
@Index('uq_attempt_event_client_id', ['attemptId', 'clientEventId'], { unique: true })
export class AttemptEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'attempt_id', type: 'uuid' })
  attemptId: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id' })
  attempt?: AttemptEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'client_at', type: 'timestamptz', nullable: true })
  clientAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  /** The device's id for the event, so a re-sent one is recorded once. */
  @Column({ name: 'client_event_id', type: 'uuid', nullable: true })
  clientEventId: string | null;
}
