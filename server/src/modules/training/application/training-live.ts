import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { LIVE_BUS } from '../../../platform/live/live-bus';
import type { LiveBus } from '../../../platform/live/live-bus';
import { busTopic } from '../../../platform/live/live-protocol';
import { hasAnyRole } from '../../identity/domain/principal';
import { LiveTopics } from '../../live/live-topics';
import { TrainingErrors } from '../domain/training-errors';
import type { AttendanceStatus } from '../domain/training-form';
import { TrainingRepository } from '../persistence/training.repository';
import { TrainingAccess } from './training-access';

/** What the trainer's live board hears about one person. */
export interface AttendanceActivity {
  userId: string;
  status: AttendanceStatus;
  checkedInAt: string | null;
  sharedDevice: boolean;
}

/** The `training` live topic: whoever may read a session's attendance watches it, for their own people. */
@Injectable()
export class TrainingLive implements OnModuleInit {
  constructor(
    @Inject(LIVE_BUS) private readonly bus: LiveBus,
    private readonly topics: LiveTopics,
    private readonly access: TrainingAccess,
    private readonly sessions: TrainingRepository,
  ) {}

  onModuleInit(): void {
    this.topics.register('training', async (principal, sessionId) => {
      if (!hasAnyRole(principal, 'trainer', 'manager', 'admin')) throw TrainingErrors['training.live.forbidden']();
      const { peoplePath } = await this.access.readPeople(principal, sessionId);
      if (peoplePath === null) return undefined;
      const people = new Set((await this.sessions.roster(sessionId, peoplePath)).map((p) => p.userId));
      return (json: string) => people.has((JSON.parse(json) as AttendanceActivity).userId);
    });
  }

  /** Published after the write committed; the board re-reads over HTTP on reconnect. */
  changed(sessionId: string, activity: AttendanceActivity): void {
    this.bus.publish(busTopic('training', sessionId), JSON.stringify(activity));
  }
}
