import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { monthOf } from '../../../platform/calendar/month';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { SittingsService } from '../../exams/application/sittings.service';
import { sittingConcernsUnit } from '../domain/calendar-sittings';
import { cadenceOf, monthBounds, type Cadence, type CalendarEvent } from '../domain/cadence';
import { attendanceStatus } from '../domain/attendance-status';
import { DEFAULT_LATE_AFTER_MINUTES, DEFAULT_OPENS_EARLY_MINUTES } from '../domain/check-in-window';
import { TrainingErrors } from '../domain/training-errors';
import type { AttendanceStatus, TrainingForm } from '../domain/training-form';
import { AssigneeRow, SessionFields, SessionRow, TrainingRepository } from '../persistence/training.repository';
import { TrainingAccess } from './training-access';

export interface TrainingInput {
  title: string;
  form: TrainingForm;
  topic?: string;
  subjects?: string[];
  trainerId?: string | null;
  place?: string;
  onlineLink?: string | null;
  startsAt: Date;
  endsAt: Date;
  required?: boolean;
  opensEarlyMinutes?: number;
  lateAfterMinutes?: number;
  signOut?: boolean;
  sittingId?: string | null;
  assignees: Array<{ unitId?: string; role?: string; userId?: string }>;
}

export type TrainingView = Omit<SessionRow, 'ownerUnitPath' | 'createdBy'> & { assignees: AssigneeRow[]; canManage: boolean };

export interface MyTraining {
  id: string;
  title: string;
  form: TrainingForm;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineLink: string | null;
  status: AttendanceStatus;
  leaveStatus: string | null;
}

export interface CalendarEntry {
  kind: 'training' | 'exam';
  id: string;
  title: string;
  form: TrainingForm | 'sitting';
  startsAt: Date;
  endsAt: Date;
  makeup: boolean;
}

export interface TrainingCalendar {
  month: string;
  sessions: CalendarEntry[];
  cadence: Cadence;
}

@Injectable()
export class TrainingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: TrainingRepository,
    private readonly access: TrainingAccess,
    private readonly scope: ScopeService,
    private readonly sittings: SittingsService,
  ) {}

  async create(principal: Principal, input: TrainingInput): Promise<TrainingView> {
    const fields = await this.checked(principal, input, null);
    const id = await this.dataSource.transaction((manager) => this.sessions.insert(fields, assigneeRows(input), manager));
    return this.get(principal, id);
  }

  async update(principal: Principal, sessionId: string, input: TrainingInput): Promise<TrainingView> {
    const existing = await this.access.manage(principal, sessionId);
    const fields = await this.checked(principal, input, existing);
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.update(sessionId, fields, manager);
      await this.sessions.replaceAssignees(sessionId, assigneeRows(input), manager);
    });
    return this.get(principal, sessionId);
  }

  async remove(principal: Principal, sessionId: string): Promise<void> {
    await this.access.manage(principal, sessionId);
    await this.dataSource.transaction((manager) => this.sessions.remove(sessionId, manager));
  }

  async get(principal: Principal, sessionId: string): Promise<TrainingView> {
    const { session, canManage } = await this.access.read(principal, sessionId);
    return this.view(session, canManage);
  }

  /** The sessions of a unit's month (the caller's own unit when none is named). */
  async list(principal: Principal, unitId: string | undefined, month: string | undefined): Promise<TrainingView[]> {
    const path = await this.scope.requireUnitInScope(principal, unitId ?? principal.unitId, unitId ? 'unitId' : undefined);
    const { from, to } = monthBounds(month ?? monthOf(new Date()));
    const rows = await this.sessions.forUnit(path, from, to);
    const scopePath = await this.scope.scopePathOf(principal);
    return Promise.all(
      rows.map((row) =>
        this.view(
          row,
          principal.roles.some((r) => r === 'trainer' || r === 'admin') && (scopePath === null || row.ownerUnitPath.startsWith(scopePath)),
        ),
      ),
    );
  }

  async mine(principal: Principal): Promise<MyTraining[]> {
    const rows = await this.sessions.assignedTo(principal.userId);
    const now = new Date();
    return Promise.all(
      rows.map(async (s) => {
        const [me] = await this.sessions.roster(s.id, null, principal.userId);
        const status = attendanceStatus(
          s,
          {
            checkedInAt: me?.checkedInAt ?? null,
            statusOverride: me?.statusOverride ?? null,
            leaveApproved: me?.leaveStatus === 'approved',
          },
          now,
        );
        return {
          id: s.id,
          title: s.title,
          form: s.form,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          place: s.place,
          onlineLink: s.onlineLink,
          status,
          leaveStatus: me?.leaveStatus ?? null,
        };
      }),
    );
  }

  /** Trainings and exam sittings of a unit's month together, with the plan's cadence. */
  async calendar(principal: Principal, unitId: string, month: string | undefined): Promise<TrainingCalendar> {
    const path = await this.scope.requireUnitInScope(principal, unitId);
    const m = month ? `${month}-01` : monthOf(new Date());
    const { from, to } = monthBounds(m);
    const [sessions, sittings] = await Promise.all([this.sessions.forUnit(path, from, to), this.sittings.list(principal)]);
    const exams = sittings.filter((s) => s.opensAt >= from && s.opensAt < to && sittingConcernsUnit(s, path));
    const entries: CalendarEntry[] = [
      ...sessions.map((s) => ({
        kind: s.form === 'exam' ? ('exam' as const) : ('training' as const),
        id: s.id,
        title: s.title,
        form: s.form,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        makeup: false,
      })),
      ...exams.map((s) => ({
        kind: 'exam' as const,
        id: s.id,
        title: s.title,
        form: 'sitting' as const,
        startsAt: s.opensAt,
        endsAt: s.closesAt,
        makeup: s.makeupOf !== null,
      })),
    ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    // a 考试-form session linked to a sitting is that sitting: count it once; make-ups are not the month's exam
    const examIds = new Set(exams.map((s) => s.id));
    const sameExam = new Set(sessions.filter((s) => s.form === 'exam' && s.sittingId && examIds.has(s.sittingId)).map((s) => s.id));
    const counted: CalendarEvent[] = entries
      .filter((e) => !e.makeup && !sameExam.has(e.id) && !isMeeting(e.form))
      .map((e) => ({ kind: e.kind, startsAt: e.startsAt }));
    return { month: m.slice(0, 7), sessions: entries, cadence: cadenceOf(counted, m) };
  }

  private async checked(principal: Principal, input: TrainingInput, existing: SessionRow | null): Promise<SessionFields> {
    if (input.endsAt <= input.startsAt) throw TrainingErrors['training.session.invalidTimes']();
    if (input.assignees.length === 0) throw TrainingErrors['training.session.noAssignees']();
    for (const [i, a] of input.assignees.entries()) {
      if (!a.unitId && !a.userId && !a.role) throw TrainingErrors['training.session.emptyAssignee']();
      if (a.unitId) await this.scope.requireUnitInScope(principal, a.unitId, `assignees[${i}].unitId`);
      if (a.userId) await this.scope.requirePersonInScope(principal, a.userId, `assignees[${i}].userId`);
    }
    if (input.trainerId) await this.scope.requirePersonInScope(principal, input.trainerId, 'trainerId');
    if (input.sittingId) {
      try {
        await this.sittings.requireSitting(principal, input.sittingId);
      } catch {
        throw TrainingErrors['training.session.sittingNotFound']();
      }
    }
    return {
      ownerUnitId: existing?.ownerUnitId ?? principal.unitId,
      title: input.title.trim(),
      form: input.form,
      topic: input.topic?.trim() ?? '',
      subjects: input.subjects ?? [],
      trainerId: input.trainerId ?? principal.userId,
      place: input.place?.trim() ?? '',
      onlineLink: input.onlineLink ?? null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      required: input.required ?? true,
      opensEarlyMinutes: input.opensEarlyMinutes ?? DEFAULT_OPENS_EARLY_MINUTES,
      lateAfterMinutes: input.lateAfterMinutes ?? DEFAULT_LATE_AFTER_MINUTES,
      signOut: input.signOut ?? false,
      sittingId: input.sittingId ?? null,
      createdBy: existing?.createdBy ?? principal.userId,
    };
  }

  private async view({ ownerUnitPath: _p, createdBy: _c, ...row }: SessionRow, canManage: boolean): Promise<TrainingView> {
    return { ...row, assignees: await this.sessions.assignees(row.id), canManage };
  }
}

/** 早晚例会 are the plan's time slots for short sessions, not the month's trainings: shown, not counted. */
function isMeeting(form: CalendarEntry['form']): boolean {
  return form === 'morning_meeting' || form === 'evening_meeting';
}

function assigneeRows(input: TrainingInput): AssigneeRow[] {
  return input.assignees.map((a) => ({ unitId: a.unitId ?? null, role: a.role ?? null, userId: a.userId ?? null }));
}
