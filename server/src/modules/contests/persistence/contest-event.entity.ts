import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContestEntity } from './contest.entity';

/** The contest's append-only log: its state is what these events, in seq order, add up to. */
@Entity('contest_event')
@Index('uq_contest_event_seq', ['contestId', 'seq'], { unique: true })
@Index('uq_contest_event_idempotency', ['contestId', 'idempotencyKey'], { unique: true })
export class ContestEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'contest_id', type: 'uuid' })
  contestId: string;

  @ManyToOne(() => ContestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id' })
  contest?: ContestEntity;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 48 })
  type: string;

  @Column({ type: 'jsonb' })
  payload: unknown;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** The writer's key for the event: the same key again answers the first event instead of adding one. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
