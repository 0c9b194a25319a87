import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from './query';

/**
 * The database's clock. Deadlines are written and enforced by statements on `now()`, so whatever the
 * application compares with them reads this clock too: several instances, or an instance whose clock
 * drifts, still agree with the statements that accept answers and submit attempts.
 */
@Injectable()
export class DatabaseClock {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async now(): Promise<Date> {
    const [{ now }] = await queryRows<{ now: Date }>(this.dataSource, 'SELECT now() AS now');
    return now;
  }
}
