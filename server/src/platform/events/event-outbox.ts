import type { EntityManager } from 'typeorm';

export async function appendEvent(manager: EntityManager, type: string, payload: object): Promise<void> {
  await manager.query('INSERT INTO domain_event (type, payload) VALUES ($1, $2)', [type, JSON.stringify(payload)]);
}
