import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../../platform/audit/audit-log';
import type { AppConfig } from '../../../platform/config/app-config';
import { APP_CONFIG } from '../../../platform/config/config.module';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { isWithin } from '../../identity/domain/unit-path';
import { attendanceStatus } from '../domain/attendance-status';
import { currentCode, verifyCode, type CheckInCode } from '../domain/check-in-code';
import { checkInPhase } from '../domain/check-in-window';
import { TrainingErrors } from '../domain/training-errors';
import type { AttendanceStatus, CorrectedStatus } from '../domain/training-form';
import { RosterRow, SessionRow, TrainingRepository } from '../persistence/training.repository';
import { TrainingAccess } from './training-access';
import { TrainingLive } from './training-live';

export interface AttendanceItem {
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  status: AttendanceStatus;
  checkedInAt: Date | null;
  /** The device that checked this person in also checked in someone else: a flag to look at, nothing is blocked. */
  sharedDevice: boolean;
  overrideReason: string | null;
  leaveStatus: string | null;
  leaveReason: string | null;
}

export interface CheckInResult {
  sessionId: string;
  userId: string;
  status: AttendanceStatus;
  checkedInAt: Date | null;
}

@Injectable()
export class AttendanceService {
  private readonly secret: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: TrainingRepository,
    private readonly access: TrainingAccess,
    private readonly scope: ScopeService,
    private readonly audit: AuditLog,
    private readonly live: TrainingLive,
  ) {
    // a key of its own, derived from the token secret every instance shares
    this.secret = createHmac('sha256', config.jwtSecret).update('kaoping training check-in codes').digest('hex');
  }

  /** The code on the trainer's screen: the session's trainer, or whoever manages the session. */
  async code(principal: Principal, sessionId: string): Promise<CheckInCode> {
    const { session, canManage } = await this.access.read(principal, sessionId);
    if (!canManage && session.trainerId !== principal.userId) throw TrainingErrors['training.session.notFound']();
    return currentCode(this.secret, session.id, new Date());
  }

  async checkIn(
    principal: Principal,
    sessionId: string,
    code: string,
    deviceId?: string,
  ): Promise<{ result: CheckInResult; created: boolean }> {
    const session = await this.sessions.findById(sessionId);
    if (!session || !(await this.sessions.isAssigned(sessionId, principal.userId))) throw TrainingErrors['training.checkIn.notAssigned']();
    const now = new Date();
    const phase = checkInPhase(session, now);
    if (phase === 'notYet') throw TrainingErrors['training.checkIn.notOpen']({ minutes: session.opensEarlyMinutes });
    if (phase === 'closed') throw TrainingErrors['training.checkIn.closed']();
    if (!verifyCode(this.secret, session.id, code, now)) throw TrainingErrors['training.checkIn.badCode']();
    const deviceHash = deviceId ? createHash('sha256').update(deviceId).digest('hex') : null;
    const { row, created } = await this.sessions.checkIn(sessionId, principal.userId, deviceHash);
    const status = attendanceStatus(
      session,
      { checkedInAt: row.checkedInAt, statusOverride: row.statusOverride, leaveApproved: false },
      now,
    );
    const result = { sessionId, userId: principal.userId, status, checkedInAt: row.checkedInAt };
    if (created) {
      const sharedDevice = deviceHash !== null && (await this.sessions.deviceUsedByOthers(sessionId, deviceHash, principal.userId));
      this.live.changed(sessionId, { userId: principal.userId, status, checkedInAt: row.checkedInAt?.toISOString() ?? null, sharedDevice });
    }
    return { result, created };
  }

  async attendance(principal: Principal, sessionId: string): Promise<{ items: AttendanceItem[] }> {
    const { session, peoplePath } = await this.access.readPeople(principal, sessionId);
    const now = new Date();
    return { items: (await this.sessions.roster(sessionId, peoplePath)).map((r) => item(session, r, now)) };
  }

  /** A trainer's correction, with its reason; audited with the status before and after. */
  async correct(principal: Principal, sessionId: string, userId: string, status: CorrectedStatus, reason: string): Promise<AttendanceItem> {
    const session = await this.access.manage(principal, sessionId);
    const scopePath = await this.scope.scopePathOf(principal);
    const [before] = await this.sessions.roster(sessionId, scopePath, userId);
    if (!before) throw TrainingErrors['training.attendance.notAssignee']();
    const now = new Date();
    const previous = item(session, before, now).status;
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.correct(sessionId, userId, status, reason.trim(), principal.userId, manager);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'training.attendance_correct',
          targetType: 'training_session',
          targetId: sessionId,
          details: { userId, before: previous, after: status, reason: reason.trim() },
        },
        manager,
      );
    });
    const [after] = await this.sessions.roster(sessionId, scopePath, userId);
    const view = item(session, after, now);
    this.live.changed(sessionId, {
      userId,
      status: view.status,
      checkedInAt: view.checkedInAt?.toISOString() ?? null,
      sharedDevice: view.sharedDevice,
    });
    return view;
  }

  /** Staff ask for leave in advance, for a session they are asked to attend that has not ended. */
  async requestLeave(principal: Principal, sessionId: string, reason: string): Promise<AttendanceItem> {
    const session = await this.sessions.findById(sessionId);
    if (!session || !(await this.sessions.isAssigned(sessionId, principal.userId))) throw TrainingErrors['training.leave.notAssigned']();
    if (new Date() >= session.endsAt) throw TrainingErrors['training.leave.tooLate']();
    if (!(await this.sessions.requestLeave(sessionId, principal.userId, reason.trim()))) throw TrainingErrors['training.leave.decided']();
    const [me] = await this.sessions.roster(sessionId, null, principal.userId);
    return item(session, me, new Date());
  }

  /** The person's manager (a manager or admin whose scope holds them) approves or rejects; audited. */
  async decideLeave(principal: Principal, sessionId: string, userId: string, decision: 'approved' | 'rejected'): Promise<AttendanceItem> {
    const { session } = await this.access.readPeople(principal, sessionId);
    const leave = await this.sessions.findLeave(sessionId, userId);
    const scopePath = await this.scope.scopePathOf(principal);
    if (!leave || (scopePath !== null && !isWithin(leave.unitPath, scopePath))) throw TrainingErrors['training.leave.notFound']();
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.decideLeave(sessionId, userId, decision, principal.userId, manager);
      await this.audit.record(
        {
          actorId: principal.userId,
          action: 'training.leave_decide',
          targetType: 'training_session',
          targetId: sessionId,
          details: { userId, before: leave.status, after: decision },
        },
        manager,
      );
    });
    const [after] = await this.sessions.roster(sessionId, scopePath, userId);
    const view = item(session, after, new Date());
    this.live.changed(sessionId, {
      userId,
      status: view.status,
      checkedInAt: view.checkedInAt?.toISOString() ?? null,
      sharedDevice: view.sharedDevice,
    });
    return view;
  }
}

function item(session: SessionRow, r: RosterRow, now: Date): AttendanceItem {
  return {
    userId: r.userId,
    username: r.username,
    displayName: r.displayName,
    unitId: r.unitId,
    unitName: r.unitName,
    status: attendanceStatus(
      session,
      { checkedInAt: r.checkedInAt, statusOverride: r.statusOverride, leaveApproved: r.leaveStatus === 'approved' },
      now,
    ),
    checkedInAt: r.checkedInAt,
    sharedDevice: r.sharedDevice,
    overrideReason: r.overrideReason,
    leaveStatus: r.leaveStatus,
    leaveReason: r.leaveReason,
  };
}
