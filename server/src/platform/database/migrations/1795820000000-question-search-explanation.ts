import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search finds words in a question's explanation too (question-index.ts, questionSearchText): the
 * search text of existing questions gets their current explanation, as plain text, appended. The
 * GIN trigram index on search_text (pg_trgm, loaded on both engines) covers it without change.
 */
export class QuestionSearchExplanation1795820000000 implements MigrationInterface {
  name = 'QuestionSearchExplanation1795820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE "question" q
         SET "search_text" = q."search_text" || E'\\n' || replace(replace(replace(replace(regexp_replace(v."content"->>'explanation', '<[^>]*>', '', 'g'),
               '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&amp;', '&')
        FROM "question_version" v
       WHERE v."question_id" = q."id" AND v."version" = q."current_version" AND coalesce(v."content"->>'explanation', '') <> ''`);
  }

  async down(): Promise<void> {
    // the appended text only widens search; nothing to undo
  }
}
