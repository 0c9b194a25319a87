import { monthOf } from '../../../platform/calendar/month';
import type { EvidenceKind } from './evidence-kinds';
import { evidenceFromItems, type DimensionEvidence, type GradedItem } from './exam-evidence';

/** What the competency record needs from an `exam.attempt_graded` event. */
export interface GradedAttempt {
  attemptId: string;
  userId: string;
  sittingId: string | null;
  sittingTitle: string;
  /** The sitting this one makes up for (补考), if any. */
  makeupOf: string | null;
  /**
   * The person's attempts at the sitting the official score counts once this one is graded, with
   * their share (the sitting's grading method, decided by the exams module); null in events
   * written before it said so, whose attempts count in full.
   */
  counted: Array<{ attemptId: string; share: number }> | null;
  submittedAt: Date | null;
  gradedAt: Date;
  items: GradedItem[];
}

/** The evidence one source (a graded attempt, a contest result, an attendance…) gives about one person. */
export interface EvidenceSource {
  kind: EvidenceKind;
  sourceId: string;
  /** Where the source is officially scored with others (an attempt: its sitting); null on its own. */
  group: string | null;
  makeup: boolean;
  /** The share the official score counts (the sitting's grading method); 1 for a source on its own. */
  countedShare: number;
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
  const sittingId = optionalUuid(payload.sittingId);
  if (sittingId === undefined) return { problem: 'sittingId is not a uuid' };
  const makeupOf = optionalUuid(payload.makeupOf);
  if (makeupOf === undefined) return { problem: 'makeupOf is not a uuid' };
  const counted = countedList(payload.counted);
  if (counted === undefined) return { problem: 'counted is malformed' };
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
  return { attemptId, userId, sittingId, sittingTitle, makeupOf, counted, submittedAt: submitted, gradedAt: graded, items: parsed };
}

/** The attempt's evidence: it counts in the month it was submitted (graded, if that is unknown). */
export function evidenceOfAttempt(attempt: GradedAttempt): EvidenceSource {
  const occurredAt = attempt.submittedAt ?? attempt.gradedAt;
  return {
    kind: 'exam',
    sourceId: attempt.attemptId,
    group: attempt.sittingId,
    makeup: attempt.makeupOf !== null,
    countedShare: shareOf(attempt.counted, attempt.attemptId),
    userId: attempt.userId,
    title: attempt.sittingTitle.slice(0, TITLE_LENGTH),
    occurredAt,
    month: monthOf(occurredAt),
    recordedAt: attempt.gradedAt,
    dimensions: evidenceFromItems(attempt.items),
  };
}

/** The share of each attempt of a person's sitting the official score counts, as the latest grading said. */
export interface GroupCounting {
  group: string;
  userId: string;
  recordedAt: Date;
  shares: Array<{ sourceId: string; share: number }>;
}

/**
 * What each graded attempt says about its sitting's counting, the latest grading per person and
 * sitting winning: a better second attempt under 'highest' takes the count from the first.
 */
export function countingOf(attempts: GradedAttempt[]): GroupCounting[] {
  const latest = new Map<string, GroupCounting>();
  for (const a of attempts) {
    if (a.sittingId === null || a.counted === null) continue;
    const key = `${a.sittingId}|${a.userId}`;
    const seen = latest.get(key);
    if (seen && seen.recordedAt > a.gradedAt) continue;
    latest.set(key, {
      group: a.sittingId,
      userId: a.userId,
      recordedAt: a.gradedAt,
      shares: a.counted.map((c) => ({ sourceId: c.attemptId, share: c.share })),
    });
  }
  return [...latest.values()];
}

function shareOf(counted: GradedAttempt['counted'], attemptId: string): number {
  if (counted === null) return 1;
  return counted.find((c) => c.attemptId === attemptId)?.share ?? 0;
}

function optionalUuid(value: unknown): string | null | undefined {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' && UUID.test(value) ? value : undefined;
}

function countedList(value: unknown): GradedAttempt['counted'] | undefined {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return undefined;
  const list: Array<{ attemptId: string; share: number }> = [];
  for (const entry of value) {
    if (!isRecord(entry) || typeof entry.attemptId !== 'string' || !isFiniteNumber(entry.share)) return undefined;
    if (entry.share < 0 || entry.share > 1) return undefined;
    list.push({ attemptId: entry.attemptId, share: entry.share });
  }
  return list;
}

/**
 * Of several gradings of one source in a batch, only the latest counts: applying them one after
 * another would end the same way.
 */
export function latestPerSource(sources: EvidenceSource[]): EvidenceSource[] {
  const latest = new Map<string, EvidenceSource>();
  for (const source of sources) {
    const seen = latest.get(`${source.kind}|${source.sourceId}`);
    if (!seen || seen.recordedAt <= source.recordedAt) latest.set(`${source.kind}|${source.sourceId}`, source);
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
