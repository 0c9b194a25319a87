import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../identity/persistence/user.entity';

/**
 * A person's evidence per dimension summed over the window of months that ends at `month` (the
 * current level as it stood that month), kept by the projector beside the evidence it derives
 * from. A unit's overview then reads one row per person and dimension instead of every quiz of
 * the window: 40,000 rows for 5,000 people rather than 240,000.
 */
@Entity('competency_window')
// every column, so the overview reads a month from the index alone (TypeORM has no INCLUDE)
@Index('ix_competency_window_month', ['month', 'userId', 'dimension', 'points', 'maxPoints', 'items'])
export class CompetencyWindowEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The window's last month, 'YYYY-MM-01'. */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  dimension: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  points: string;

  @Column({ name: 'max_points', type: 'numeric', precision: 12, scale: 2 })
  maxPoints: string;

  @Column({ type: 'int' })
  items: number;
}
