/** A judge's sheet for one speaker: the item scores and their total. */
export interface Sheet {
  items: Record<string, number>;
  total: number;
}

/** What the contest log holds for a speech contest; any other type in the log is not the speech's and is skipped. */
export type SpeechEvent =
  | { type: 'speech.scored'; payload: { speakerId: string; judgeId: string } & Sheet }
  | { type: 'speech.timed'; payload: { speakerId: string; seconds: number } }
  | { type: 'speech.locked'; payload: { speakerId: string } }
  | { type: 'speech.correctionRequested'; payload: { speakerId: string; judgeId: string; reason: string } & Sheet }
  | { type: 'speech.correctionApproved'; payload: { speakerId: string; judgeId: string } }
  | { type: 'speech.correctionRejected'; payload: { speakerId: string; judgeId: string } };

export type SpeechEventType = SpeechEvent['type'];

export interface LoggedEvent {
  seq: number;
  type: string;
  payload: unknown;
  actorId: string | null;
  createdAt: Date;
}

export interface PendingCorrection extends Sheet {
  speakerId: string;
  judgeId: string;
  reason: string;
  requestedBy: string | null;
  seq: number;
}

/** One change of a judge's total, with why: for the export's history. */
export interface ScoreChange {
  seq: number;
  at: Date;
  speakerId: string;
  judgeId: string;
  before: number | null;
  after: number;
  reason: 'scored' | 'corrected';
  note: string;
  actorId: string | null;
  approvedBy: string | null;
}

export interface SpeechState {
  sheets: Map<string, Map<string, Sheet>>;
  seconds: Map<string, number>;
  locked: Set<string>;
  pending: Map<string, PendingCorrection>;
  changes: ScoreChange[];
}

const SPEECH_TYPES: ReadonlySet<string> = new Set<SpeechEventType>([
  'speech.scored',
  'speech.timed',
  'speech.locked',
  'speech.correctionRequested',
  'speech.correctionApproved',
  'speech.correctionRejected',
]);

export const correctionKey = (speakerId: string, judgeId: string) => `${speakerId}/${judgeId}`;

export function emptySpeechState(): SpeechState {
  return { sheets: new Map(), seconds: new Map(), locked: new Set(), pending: new Map(), changes: [] };
}

/** The speech contest as its log says, event by event in `seq` order. */
export function speechState(events: readonly LoggedEvent[]): SpeechState {
  const state = emptySpeechState();
  for (const logged of [...events].sort((a, b) => a.seq - b.seq)) {
    if (!SPEECH_TYPES.has(logged.type)) continue;
    const event = { type: logged.type, payload: logged.payload } as SpeechEvent;
    applySpeechEvent(state, event, logged);
  }
  return state;
}

function setSheet(state: SpeechState, speakerId: string, judgeId: string, sheet: Sheet): number | null {
  const row = state.sheets.get(speakerId) ?? new Map<string, Sheet>();
  const before = row.get(judgeId)?.total ?? null;
  row.set(judgeId, { items: sheet.items, total: sheet.total });
  state.sheets.set(speakerId, row);
  return before;
}

export function applySpeechEvent(state: SpeechState, event: SpeechEvent, at: Pick<LoggedEvent, 'seq' | 'actorId' | 'createdAt'>): void {
  const base = { seq: at.seq, at: at.createdAt, actorId: at.actorId };
  switch (event.type) {
    case 'speech.scored': {
      const { speakerId, judgeId } = event.payload;
      // a score arriving after the lock never changes a locked speaker (the service refuses it; an old log is read the same way)
      if (state.locked.has(speakerId)) return;
      const before = setSheet(state, speakerId, judgeId, event.payload);
      state.changes.push({ ...base, speakerId, judgeId, before, after: event.payload.total, reason: 'scored', note: '', approvedBy: null });
      return;
    }
    case 'speech.timed':
      state.seconds.set(event.payload.speakerId, event.payload.seconds);
      return;
    case 'speech.locked':
      state.locked.add(event.payload.speakerId);
      return;
    case 'speech.correctionRequested': {
      const { speakerId, judgeId } = event.payload;
      state.pending.set(correctionKey(speakerId, judgeId), { ...event.payload, requestedBy: at.actorId, seq: at.seq });
      return;
    }
    case 'speech.correctionApproved': {
      const key = correctionKey(event.payload.speakerId, event.payload.judgeId);
      const pending = state.pending.get(key);
      if (!pending) return;
      state.pending.delete(key);
      const before = setSheet(state, pending.speakerId, pending.judgeId, pending);
      state.changes.push({
        ...base,
        actorId: pending.requestedBy,
        speakerId: pending.speakerId,
        judgeId: pending.judgeId,
        before,
        after: pending.total,
        reason: 'corrected',
        note: pending.reason,
        approvedBy: at.actorId,
      });
      return;
    }
    case 'speech.correctionRejected':
      state.pending.delete(correctionKey(event.payload.speakerId, event.payload.judgeId));
      return;
  }
}
