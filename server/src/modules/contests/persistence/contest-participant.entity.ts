import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/persistence/user.entity';
import { ContestEntity } from './contest.entity';
import { ContestTeamEntity } from './contest-team.entity';

/** A player of a knowledge contest or a speaker of a speech contest, in their order; on a team or alone. */
@Entity('contest_participant')
@Index('uq_contest_participant_user', ['contestId', 'userId'], { unique: true })
export class ContestParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contest_id', type: 'uuid' })
  contestId: string;

  @ManyToOne(() => ContestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id' })
  contest?: ContestEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => ContestTeamEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id' })
  team?: ContestTeamEntity;

  @Column({ type: 'int' })
  position: number;
}
