import type { EntityManager } from 'typeorm';
import { execute, queryOne, queryRows } from '../platform/database/query';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/**
 * The month's trainings for the demo: a collective training for every staff member that is about to
 * start (so its check-in can be tried at once) and is followed by the monthly quiz, yesterday's
 * morning meeting of 城中一组 with its check-ins, and a knowledge contest next week.
 */
export async function seedDemoTrainings(manager: EntityManager, sittingId: string | null, now = new Date()): Promise<void> {
  const unit = async (name: string) => (await queryOne<{ id: string }>(manager, 'SELECT id FROM org_unit WHERE name = $1', [name]))!.id;
  const trainer = (await queryOne<{ id: string }>(manager, "SELECT id FROM app_user WHERE username = 'trainer'"))!.id;
  const [dept, cz1] = [await unit('营销部'), await unit('城中一组')];
  const session = async (
    s: {
      title: string;
      form: string;
      topic: string;
      subjects: string[];
      place: string;
      startsAt: Date;
      minutes: number;
      sittingId?: string | null;
    },
    assignee: { unitId: string; role: string | null },
  ) => {
    const row = await queryOne<{ id: string }>(
      manager,
      `INSERT INTO training_session (owner_unit_id, title, form, topic, subjects, trainer_id, place, starts_at, ends_at, sitting_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $6) RETURNING id`,
      [
        dept,
        s.title,
        s.form,
        s.topic,
        s.subjects,
        trainer,
        s.place,
        s.startsAt,
        new Date(s.startsAt.getTime() + s.minutes * MIN),
        s.sittingId ?? null,
      ],
    );
    await execute(manager, 'INSERT INTO training_assignee (session_id, unit_id, role) VALUES ($1, $2, $3)', [
      row!.id,
      assignee.unitId,
      assignee.role,
    ]);
    return row!.id;
  };
  await session(
    {
      title: '卷烟营销法律法规集中培训',
      form: 'collective',
      topic: '烟草专卖法实施条例与零售许可管理',
      subjects: ['法律法规', '行业政策'],
      place: '营销部三楼会议室',
      startsAt: new Date(now.getTime() + 10 * MIN),
      minutes: 90,
      sittingId,
    },
    { unitId: dept, role: 'staff' },
  );
  const meeting = await session(
    {
      title: '早会：紧俏卷烟供应政策',
      form: 'morning_meeting',
      topic: '本周货源投放与紧俏卷烟供应管理办法',
      subjects: ['供货政策'],
      place: '城中客户服务部',
      startsAt: new Date(now.getTime() - DAY),
      minutes: 20,
    },
    { unitId: cz1, role: null },
  );
  await session(
    {
      title: '营销知识竞赛',
      form: 'knowledge_contest',
      topic: '营销知识与V3系统操作',
      subjects: ['营销知识', 'V3系统操作'],
      place: '营销部报告厅',
      startsAt: new Date(now.getTime() + 7 * DAY),
      minutes: 120,
    },
    { unitId: dept, role: 'staff' },
  );
  // yesterday's meeting: most of the team checked in on time, one late; the rest show as absent
  const staff = await queryRows<{ id: string; username: string }>(
    manager,
    'SELECT u.id, u.username FROM app_user u WHERE u.username = ANY($1) ORDER BY u.username',
    [['staff01', 'staff02', 'staff03', 'staff04', 'staff05', 'staff06']],
  );
  for (const [i, person] of staff.entries()) {
    const minutes = i === 5 ? 14 : i - 3;
    await execute(manager, 'INSERT INTO training_check_in (session_id, user_id, checked_in_at) VALUES ($1, $2, $3)', [
      meeting,
      person.id,
      new Date(now.getTime() - DAY + minutes * MIN),
    ]);
  }
}
