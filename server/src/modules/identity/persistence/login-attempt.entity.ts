import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every login try, kept in the database so throttling holds across API instances. */
@Entity('login_attempt')
@Index('ix_login_attempt_username_time', ['username', 'createdAt'])
@Index('ix_login_attempt_ip_time', ['ip', 'createdAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  /** NULL while the password is being checked. */
  @Column({ type: 'boolean', nullable: true })
  succeeded: boolean | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
