import type { EntityManager } from 'typeorm';
import { execute } from '../database/query';

export async function appendEvent(manager: EntityManager, type: string, payload: object): Promise<void> {
  await execute(manager, 'INSERT INTO domain_event (type, payload) VALUES ($1, $2)', [type, JSON.stringify(payload)]);
}
