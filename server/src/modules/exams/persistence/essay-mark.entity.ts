import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../identity/persistence/user.entity';
import { AttemptEntity } from './attempt.entity';

/** One marker's score for one essay answer; with a second marker the slot gets the mean. */
@Entity('essay_mark')
export class EssayMarkEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid' })
  attemptId: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id' })
  attempt?: AttemptEntity;

  @PrimaryColumn({ type: 'int' })
  slot: number;

  @PrimaryColumn({ name: 'marker_id', type: 'uuid' })
  markerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'marker_id' })
  marker?: UserEntity;

  @Column({ type: 'numeric', precision: 8, scale: 3 })
  score: string;

  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
