import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Exams1795740747846 implements MigrationInterface {
  name = 'Exams1795740747846';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"paper\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"kind\" character varying(16) NOT NULL, \"structure\" jsonb NOT NULL, \"multiple_rule\" character varying(32) NOT NULL DEFAULT 'all_or_nothing', \"partial_credit\" boolean NOT NULL DEFAULT true, \"owner_unit_id\" uuid NOT NULL, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ca8320a8e49e70e3de2d843a80a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_paper_owner_unit\" ON \"paper\"  (\"owner_unit_id\") ");
    await queryRunner.query("CREATE TABLE \"sitting\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"paper_id\" uuid NOT NULL, \"title\" character varying(200) NOT NULL, \"opens_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"closes_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"duration_minutes\" integer NOT NULL, \"attempts_allowed\" integer NOT NULL DEFAULT '1', \"grading_method\" character varying(16) NOT NULL DEFAULT 'highest', \"pass_percent\" numeric(5,2) NOT NULL DEFAULT '60', \"shuffle_questions\" boolean NOT NULL DEFAULT false, \"shuffle_options\" boolean NOT NULL DEFAULT false, \"review_policy\" jsonb NOT NULL, \"switch_limit\" integer, \"makeup_of\" uuid, \"owner_unit_id\" uuid NOT NULL, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_47851bb89908417f188a01ee561\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_sitting_paper\" ON \"sitting\"  (\"paper_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_sitting_window\" ON \"sitting\"  (\"opens_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_sitting_owner_unit\" ON \"sitting\"  (\"owner_unit_id\") ");
    await queryRunner.query("CREATE TABLE \"sitting_assignee\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"sitting_id\" uuid NOT NULL, \"unit_id\" uuid, \"role\" character varying(16), \"user_id\" uuid, CONSTRAINT \"PK_2c6cfb568329ecd2099e23e66c5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_sitting_assignee_user\" ON \"sitting_assignee\"  (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_sitting_assignee_sitting\" ON \"sitting_assignee\"  (\"sitting_id\") ");
    await queryRunner.query("CREATE TABLE \"sitting_override\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"sitting_id\" uuid NOT NULL, \"user_id\" uuid, \"unit_id\" uuid, \"opens_at\" TIMESTAMP WITH TIME ZONE, \"closes_at\" TIMESTAMP WITH TIME ZONE, \"extra_minutes\" integer NOT NULL DEFAULT '0', CONSTRAINT \"PK_2a3fda3979b02aac6acf65362f0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_sitting_override_sitting\" ON \"sitting_override\"  (\"sitting_id\") ");
    await queryRunner.query("CREATE TABLE \"attempt\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"sitting_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"attempt_no\" integer NOT NULL, \"status\" character varying(16) NOT NULL, \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"deadline\" TIMESTAMP WITH TIME ZONE NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"submitted_by\" character varying(16), \"score\" numeric(10,3), \"max_score\" numeric(10,3) NOT NULL, \"graded_at\" TIMESTAMP WITH TIME ZONE, \"switch_count\" integer NOT NULL DEFAULT '0', CONSTRAINT \"uq_attempt_number\" UNIQUE (\"sitting_id\", \"user_id\", \"attempt_no\"), CONSTRAINT \"PK_5f822b29b3128d1c65d3d6c193d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_attempt_user\" ON \"attempt\"  (\"user_id\", \"sitting_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_attempt_open_deadline\" ON \"attempt\"  (\"deadline\") WHERE status = 'in_progress'");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_attempt_one_in_progress\" ON \"attempt\"  (\"sitting_id\", \"user_id\") WHERE status = 'in_progress'");
    await queryRunner.query("CREATE TABLE \"attempt_slot\" (\"attempt_id\" uuid NOT NULL, \"slot\" integer NOT NULL, \"question_id\" uuid NOT NULL, \"question_version\" integer NOT NULL, \"points\" numeric(8,3) NOT NULL, \"choice_order\" jsonb, \"answer\" jsonb, \"answer_seq\" bigint NOT NULL DEFAULT '0', \"saved_at\" TIMESTAMP WITH TIME ZONE, \"fraction\" numeric(9,7), \"state\" character varying(16), \"score\" numeric(8,3), \"feedback\" text, \"graded_by\" uuid, CONSTRAINT \"PK_37267ddefc1556f65ae6a70308f\" PRIMARY KEY (\"attempt_id\", \"slot\"))");
    await queryRunner.query("CREATE INDEX \"ix_attempt_slot_question\" ON \"attempt_slot\"  (\"question_id\") ");
    await queryRunner.query("CREATE TABLE \"attempt_event\" (\"id\" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, \"attempt_id\" uuid NOT NULL, \"kind\" character varying(32) NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"client_at\" TIMESTAMP WITH TIME ZONE, \"details\" jsonb, CONSTRAINT \"PK_af6156ea191b85ecc6cd83f3117\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_attempt_event_attempt\" ON \"attempt_event\"  (\"attempt_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"domain_event\" (\"id\" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, \"type\" character varying(64) NOT NULL, \"payload\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f901502d0301da69fb8cebbb8f2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_domain_event_type_id\" ON \"domain_event\"  (\"type\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"sitting\" ADD CONSTRAINT \"FK_23e1af7099bd8e045757162f358\" FOREIGN KEY (\"paper_id\") REFERENCES \"paper\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sitting_assignee\" ADD CONSTRAINT \"FK_61fff158dc36e7bf621b415a16f\" FOREIGN KEY (\"sitting_id\") REFERENCES \"sitting\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sitting_override\" ADD CONSTRAINT \"FK_a76bcd7402034ba6c98cb070573\" FOREIGN KEY (\"sitting_id\") REFERENCES \"sitting\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attempt\" ADD CONSTRAINT \"FK_ae1fc060e27b9ce9f21571c4761\" FOREIGN KEY (\"sitting_id\") REFERENCES \"sitting\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attempt\" ADD CONSTRAINT \"FK_c976ed6445a23f1138e948bc20a\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attempt_slot\" ADD CONSTRAINT \"FK_5d995e5afec594f3f5b01bfffcb\" FOREIGN KEY (\"attempt_id\") REFERENCES \"attempt\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attempt_slot\" ADD CONSTRAINT \"FK_900c4159fd98a493c0d16539343\" FOREIGN KEY (\"question_id\") REFERENCES \"question\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attempt_event\" ADD CONSTRAINT \"FK_c6d630e1d54f274a0ab15bc6e21\" FOREIGN KEY (\"attempt_id\") REFERENCES \"attempt\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"attempt_event\" DROP CONSTRAINT \"FK_c6d630e1d54f274a0ab15bc6e21\"");
    await queryRunner.query("ALTER TABLE \"attempt_slot\" DROP CONSTRAINT \"FK_900c4159fd98a493c0d16539343\"");
    await queryRunner.query("ALTER TABLE \"attempt_slot\" DROP CONSTRAINT \"FK_5d995e5afec594f3f5b01bfffcb\"");
    await queryRunner.query("ALTER TABLE \"attempt\" DROP CONSTRAINT \"FK_c976ed6445a23f1138e948bc20a\"");
    await queryRunner.query("ALTER TABLE \"attempt\" DROP CONSTRAINT \"FK_ae1fc060e27b9ce9f21571c4761\"");
    await queryRunner.query("ALTER TABLE \"sitting_override\" DROP CONSTRAINT \"FK_a76bcd7402034ba6c98cb070573\"");
    await queryRunner.query("ALTER TABLE \"sitting_assignee\" DROP CONSTRAINT \"FK_61fff158dc36e7bf621b415a16f\"");
    await queryRunner.query("ALTER TABLE \"sitting\" DROP CONSTRAINT \"FK_23e1af7099bd8e045757162f358\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_domain_event_type_id\"");
    await queryRunner.query("DROP TABLE \"domain_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_attempt_event_attempt\"");
    await queryRunner.query("DROP TABLE \"attempt_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_attempt_slot_question\"");
    await queryRunner.query("DROP TABLE \"attempt_slot\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_attempt_one_in_progress\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_attempt_open_deadline\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_attempt_user\"");
    await queryRunner.query("DROP TABLE \"attempt\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_sitting_override_sitting\"");
    await queryRunner.query("DROP TABLE \"sitting_override\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_sitting_assignee_sitting\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_sitting_assignee_user\"");
    await queryRunner.query("DROP TABLE \"sitting_assignee\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_sitting_owner_unit\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_sitting_window\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_sitting_paper\"");
    await queryRunner.query("DROP TABLE \"sitting\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_paper_owner_unit\"");
    await queryRunner.query("DROP TABLE \"paper\"");
  }
}
