import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: an event is written in the same transaction as the change it reports, so
 * consumers (competency, KPI) never miss one and never see one that was rolled back.
 */
@Entity('domain_event')
@Index('ix_domain_event_type_id', ['type', 'id'])
@Index('ix_domain_event_tx_id', ['txId', 'id'])
export class DomainEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  type: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /**
   * The writing transaction's id. Ids from the identity column can commit out of order; reading in
   * (tx_id, id) order, only below the oldest running transaction, never skips a late commit.
   */
  @Column({ name: 'tx_id', type: 'bigint', default: () => 'outbox_tx_id()' })
  txId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
