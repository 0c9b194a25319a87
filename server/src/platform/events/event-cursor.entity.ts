import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far one consumer has read the outbox, as the (tx_id, id) of the last event it applied. */
@Entity('event_cursor')
export class EventCursorEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  consumer: string;

  @Column({ name: 'tx_id', type: 'bigint', default: 0 })
  txId: string;

  @Column({ name: 'event_id', type: 'bigint', default: 0 })
  eventId: string;
}
