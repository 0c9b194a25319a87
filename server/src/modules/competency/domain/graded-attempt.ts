import { monthOf } from '../../../platform/calendar/month';
import { evidenceFromItems, type DimensionEvidence, type GradedItem } from './exam-evidence';

/** What the competency record needs from an `exam.attempt_graded` event. */
export interface GradedAttempt {
  attemptId: string;
  userId: string;
  sittingTitle: string;
  submittedAt: Date | null;
  gradedAt: Date;
  items: GradedItem[];
}

/** The evidence one source (here: one graded attempt) gives about one person. */
export interface EvidenceSource {
  sourceId: string;
  userId: string;
  title: string;
  occurredAt: Date;
  /** 'YYYY-MM-01' in China Standard Time. */
  month: string;
  /** When the source was graded: a later grading of the same source replaces this one, an earlier never does. */
  recordedAt: Date;
  dimensions: DimensionEvidence[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Far beyond any paper, and well inside what the ledger's numeric(10,2) holds. */
const MAX_POINTS = 1_000_000;
const TITLE_LENGTH = 200;

/** Reads an event payload; a malformed one yields the reason instead, so it can be logged and skipped. */
export function parseGradedAttempt(payload: unknown): GradedAttempt | { problem: string } {
  if (!isRecord(payload)) return { problem: 'payload is not an object' };
  const { attemptId, userId, sittingTitle, submittedAt, gradedAt, items } = payload;
  if (typeof attemptId !== 'string' || !UUID.test(attemptId)) return { problem: 'attemptId is not a uuid' };
  if (typeof userId !== 'string' || !UUID.test(userId)) return { problem: 'userId is not a uuid' };
  if (typeof sittingTitle !== 'string') return { problem: 'sittingTitle is not a string' };
  const graded = instant(gradedAt);
  if (!graded) return { problem: 'gradedAt is not a date' };
  const submitted = submittedAt === null || submittedAt === undefined ? null : instant(submittedAt);
  if (submitted === undefined) return { problem: 'submittedAt is not a date' };
  if (!Array.isArray(items)) return { problem: 'items is not an array' };
  const parsed: GradedItem[] = [];
  for (const [i, item] of items.entries()) {
    const read = gradedItem(item);
    if (!read) return { problem: `items[${i}] is malformed` };
    parsed.push(read);
  }
  if (parsed.reduce((sum, item) => sum + item.points + Math.abs(item.score), 0) > MAX_POINTS) return { problem: 'points out of range' };
  return { attemptId, userId, sittingTitle, submittedAt: submitted, gradedAt: graded, items: parsed };
}

/** The attempt's evidence: it counts in the month it was submitted (graded, if that is unknown). */
export function evidenceOfAttempt(attempt: GradedAttempt): EvidenceSource {
  const occurredAt = attempt.submittedAt ?? attempt.gradedAt;
  return {
    sourceId: attempt.attemptId,
    userId: attempt.userId,
    title: attempt.sittingTitle.slice(0, TITLE_LENGTH),
    occurredAt,
    month: monthOf(occurredAt),
    recordedAt: attempt.gradedAt,
    dimensions: evidenceFromItems(attempt.items),
  };
}

/**
 * Of several gradings of one source in a batch, only the latest counts: applying them one after
 * another would end the same way.
 */
export function latestPerSource(sources: EvidenceSource[]): EvidenceSource[] {
  const latest = new Map<string, EvidenceSource>();
  for (const source of sources) {
    const seen = latest.get(source.sourceId);
    if (!seen || seen.recordedAt <= source.recordedAt) latest.set(source.sourceId, source);
  }
  return [...latest.values()];
}

function gradedItem(item: unknown): GradedItem | null {
  if (!isRecord(item)) return null;
  const dimension = item.dimension ?? null;
  if (dimension !== null && typeof dimension !== 'string') return null;
  const { score, points } = item;
  if (!isFiniteNumber(score) || !isFiniteNumber(points)) return null;
  if (points < 0) return null;
  return { dimension, score, points };
}

function instant(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
