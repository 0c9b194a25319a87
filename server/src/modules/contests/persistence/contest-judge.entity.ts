import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../identity/persistence/user.entity';
import { ContestEntity } from './contest.entity';

/** A judge on a speech contest's panel. */
@Entity('contest_judge')
export class ContestJudgeEntity {
  @PrimaryColumn({ name: 'contest_id', type: 'uuid' })
  contestId: string;

  @ManyToOne(() => ContestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id' })
  contest?: ContestEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'int' })
  position: number;
}
