import type { EntityManager } from 'typeorm';
import { execute, queryRows } from '../database/query';

export interface OutboxEvent {
  id: string;
  txId: string;
  type: string;
  payload: Record<string, unknown>;
}

export interface OutboxBatch {
  events: OutboxEvent[];
  /** Moves the consumer's cursor past this batch; call in the same transaction that applied it. */
  advance(manager: EntityManager): Promise<void>;
}

/**
 * Claims the next events of the given types for one consumer, inside the caller's transaction.
 * Returns null when another instance holds the consumer (its cursor row is locked), so every event
 * is applied once across instances. Events are read in (tx_id, id) order and only from transactions
 * older than the oldest one still running (outbox_horizon(): transaction ids shifted by the offset a
 * restore sets): an event id taken early but committed late is therefore never skipped by a cursor
 * that has already moved on.
 */
export async function claimOutboxBatch(
  manager: EntityManager,
  consumer: string,
  types: string[],
  limit: number,
): Promise<OutboxBatch | null> {
  await execute(manager, 'INSERT INTO event_cursor (consumer) VALUES ($1) ON CONFLICT (consumer) DO NOTHING', [consumer]);
  const cursors = await queryRows<{ txId: string; eventId: string }>(
    manager,
    'SELECT tx_id AS "txId", event_id AS "eventId" FROM event_cursor WHERE consumer = $1 FOR UPDATE SKIP LOCKED',
    [consumer],
  );
  if (cursors.length === 0) return null;
  const events = await queryRows<OutboxEvent>(
    manager,
    `SELECT id, tx_id AS "txId", type, payload FROM domain_event
      WHERE (tx_id, id) > ($2::bigint, $3::bigint) AND type = ANY($1::text[])
        AND tx_id < outbox_horizon()
      ORDER BY tx_id, id LIMIT $4`,
    [types, cursors[0].txId, cursors[0].eventId, limit],
  );
  return {
    events,
    async advance(m: EntityManager) {
      const last = events.at(-1);
      if (last) await execute(m, 'UPDATE event_cursor SET tx_id = $2, event_id = $3 WHERE consumer = $1', [consumer, last.txId, last.id]);
    },
  };
}
