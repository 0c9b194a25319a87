import type { DataSource } from 'typeorm';
import { openRepositoryDatabase, RepositoryDatabase } from '../../../../test/support/repository-database';
import { execute, queryOne, queryRows } from '../../../platform/database/query';
import { QuestionRepository } from './question.repository';
import { SourceDocumentRepository } from './source-document.repository';

describe(`the question bank's repositories (${process.env.KAOPING_TEST_ENGINE})`, () => {
  let db: RepositoryDatabase;
  let ds: DataSource;
  let questions: QuestionRepository;
  let documents: SourceDocumentRepository;
  let bankId: string;
  let ids: string[];

  beforeAll(async () => {
    db = await openRepositoryDatabase();
    ds = db.dataSource;
    questions = new QuestionRepository(ds);
    documents = new SourceDocumentRepository(ds);
    bankId = (await queryOne<{ id: string }>(ds, `SELECT id FROM question_bank WHERE key = 'laws-regulations'`))!.id;
    ids = (await queryRows<{ id: string }>(ds, 'SELECT id FROM question WHERE bank_id = $1 ORDER BY key LIMIT 3', [bankId])).map((r) => r.id);
  });

  afterAll(async () => db.close());

  it('marks questions with a quality flag and says how many it marked', async () => {
    expect(await questions.setQualityFlag([...ids.slice(0, 2), '00000000-0000-4000-8000-000000000000'], '区分度低')).toBe(2);
    expect((await questions.findRow(ids[0]))!.qualityFlag).toBe('区分度低');
    expect((await questions.findRow(ids[2]))!.qualityFlag).toBeNull();
  });

  it('names the bank of each question that exists', async () => {
    expect(await questions.banksOf([ids[0], '00000000-0000-4000-8000-000000000000'])).toEqual([{ id: ids[0], bankId }]);
  });

  it('appends a version and answers its number, leaving the earlier ones as they were', async () => {
    const row = (await questions.findRow(ids[2]))!;
    const version = await ds.transaction((manager) => questions.addVersion(ids[2], row.categoryId, { ...row.content, key: row.key }, null, '复核', manager));
    expect(version).toBe(row.currentVersion + 1);
    expect((await questions.versions(ids[2])).map((v) => v.version)).toEqual(expect.arrayContaining([row.currentVersion, version]));
  });

  it('counts what a bulk change touched, inside the bank only', async () => {
    const otherBank = (await queryOne<{ id: string }>(ds, 'SELECT id FROM question_bank WHERE id <> $1 LIMIT 1', [bankId]))!.id;
    await ds.transaction(async (manager) => {
      expect(await questions.addTag(ids, bankId, '矩阵', manager)).toBe(3);
      expect(await questions.addTag(ids, bankId, '矩阵', manager)).toBe(0);
      expect(await questions.setStatus(ids, otherBank, 'retired', manager)).toBe(0);
      expect(await questions.setStatus(ids.slice(0, 1), bankId, 'retired', manager)).toBe(1);
      await questions.replaceTags(ids[1], ['新'], manager);
    });
    expect((await questions.findRow(ids[1]))!.tags).toEqual(['新']);
    expect((await questions.findRow(ids[0]))!.status).toBe('retired');
  });

  it('lists the documents cited with their counts, and flags the citing questions when one is superseded', async () => {
    const title = '城中测试条例';
    await execute(ds, 'UPDATE question SET source_document = $2 WHERE id = ANY($1::uuid[])', [ids.slice(0, 2), title]);
    const before = (await documents.citedIn([bankId])).find((d) => d.title === title);
    expect(before).toEqual({ title, questionCount: 2, needsReviewCount: 0, supersededAt: null, supersededNote: null });
    const flagged = await ds.transaction(async (manager) => {
      await documents.markSuperseded(title, '第一次', manager);
      await documents.markSuperseded(title, '已修订', manager);
      return questions.flagCiting(title, '依据已修订', [bankId], manager);
    });
    expect(flagged).toBe(2);
    const after = (await documents.citedIn(null)).find((d) => d.title === title)!;
    expect(after).toMatchObject({ questionCount: 2, needsReviewCount: 2, supersededNote: '已修订' });
    expect(after.supersededAt).toBeInstanceOf(Date);
    expect((await documents.citedIn([])).find((d) => d.title === title)).toBeUndefined();
  });
});
