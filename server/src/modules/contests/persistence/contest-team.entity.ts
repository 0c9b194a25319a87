import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContestEntity } from './contest.entity';

/** A team of a contest: made from a unit, or picked by hand (unit_id null). */
@Entity('contest_team')
@Index('ix_contest_team_contest', ['contestId'])
export class ContestTeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contest_id', type: 'uuid' })
  contestId: string;

  @ManyToOne(() => ContestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id' })
  contest?: ContestEntity;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;
}
