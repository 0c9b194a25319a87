import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QuestionContent } from '../../question-bank/domain/question-draft';
import { queryRows } from '../../../platform/database/query';

const MAX_ENTRIES = 50_000;

/**
 * Question versions never change once written, so their contents can be kept in memory: on exam
 * day two thousand starts and submits read the same few hundred versions. Safe with several API
 * instances — nothing here can go stale.
 */
@Injectable()
export class VersionContentCache {
  private readonly cache = new Map<string, QuestionContent>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async contents(
    pairs: ReadonlyArray<{ questionId: string; version: number }>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, QuestionContent>> {
    const key = (p: { questionId: string; version: number }) => `${p.questionId}@${p.version}`;
    const missing = pairs.filter((p) => !this.cache.has(key(p)));
    if (missing.length) {
      const rows = await queryRows<{ question_id: string; version: number; content: QuestionContent }>(
        manager,
        `SELECT question_id, version, content FROM question_version v JOIN unnest($1::uuid[], $2::int[]) AS p(qid, ver) ON v.question_id = p.qid AND v.version = p.ver`,
        [missing.map((p) => p.questionId), missing.map((p) => p.version)],
      );
      if (this.cache.size + rows.length > MAX_ENTRIES) this.cache.clear();
      for (const r of rows) this.cache.set(`${r.question_id}@${r.version}`, r.content);
    }
    return new Map(pairs.flatMap((p) => (this.cache.has(key(p)) ? [[key(p), this.cache.get(key(p))!] as const] : [])));
  }
}
