import { countingOf, evidenceOfAttempt, latestPerSource, parseGradedAttempt, type GradedAttempt } from './graded-attempt';

const payload = {
  attemptId: '7d3c1e0a-1111-4a2b-9c3d-000000000001',
  sittingId: '7d3c1e0a-1111-4a2b-9c3d-0000000000aa',
  sittingTitle: '2026年11月 月度测验',
  userId: '7d3c1e0a-1111-4a2b-9c3d-0000000000bb',
  submittedAt: '2026-10-31T16:30:00.000Z',
  gradedAt: '2026-10-31T16:30:01.000Z',
  score: 7,
  maxScore: 10,
  items: [
    { slot: 1, questionId: 'q1', version: 1, dimension: '法律法规', fraction: 1, score: 5, points: 5 },
    { slot: 2, questionId: 'q2', version: 2, dimension: '法律法规', fraction: 0.4, score: 2, points: 5 },
    { slot: 3, questionId: 'q3', version: 1, dimension: null, fraction: 0, score: 0, points: 5 },
  ],
};

describe('a graded attempt as the competency record reads it', () => {
  it('reads the event the exams module writes', () => {
    const attempt = parseGradedAttempt(payload) as GradedAttempt;
    expect(attempt).toEqual({
      attemptId: payload.attemptId,
      userId: payload.userId,
      sittingId: payload.sittingId,
      sittingTitle: payload.sittingTitle,
      makeupOf: null,
      counted: null,
      submittedAt: new Date(payload.submittedAt),
      gradedAt: new Date(payload.gradedAt),
      items: [
        { dimension: '法律法规', score: 5, points: 5 },
        { dimension: '法律法规', score: 2, points: 5 },
        { dimension: null, score: 0, points: 5 },
      ],
    });
  });

  it('names what is wrong with a malformed event instead of throwing', () => {
    expect(parseGradedAttempt(null)).toEqual({ problem: 'payload is not an object' });
    expect(parseGradedAttempt({ ...payload, userId: 'staff01' })).toEqual({ problem: 'userId is not a uuid' });
    expect(parseGradedAttempt({ ...payload, gradedAt: 'yesterday' })).toEqual({ problem: 'gradedAt is not a date' });
    expect(parseGradedAttempt({ ...payload, items: [{ dimension: '法律法规', score: '5', points: 5 }] })).toEqual({
      problem: 'items[0] is malformed',
    });
    expect(parseGradedAttempt({ ...payload, items: [{ dimension: '法律法规', score: 1, points: 1e9 }] })).toEqual({
      problem: 'points out of range',
    });
  });

  it('counts in the Beijing month it was submitted, and in the month graded when that is unknown', () => {
    const attempt = parseGradedAttempt(payload) as GradedAttempt;
    const evidence = evidenceOfAttempt(attempt);
    expect(evidence).toMatchObject({
      sourceId: payload.attemptId,
      month: '2026-11-01',
      occurredAt: new Date(payload.submittedAt),
      recordedAt: new Date(payload.gradedAt),
    });
    expect(evidence.dimensions).toEqual([{ dimension: '法律法规', points: 7, maxPoints: 10, items: 2 }]);
    expect(evidenceOfAttempt({ ...attempt, submittedAt: null, gradedAt: new Date('2026-12-01T01:00:00Z') }).month).toBe('2026-12-01');
  });

  it('keeps only the latest grading of an attempt met twice in one batch', () => {
    const first = evidenceOfAttempt(parseGradedAttempt(payload) as GradedAttempt);
    const regraded = { ...first, recordedAt: new Date('2026-11-02T00:00:00Z'), dimensions: [] };
    expect(latestPerSource([regraded, first])).toEqual([regraded]);
    expect(latestPerSource([first, regraded])).toEqual([regraded]);
  });

  it('marks a make-up and counts an attempt as the sitting score counts it', () => {
    const makeup = parseGradedAttempt({
      ...payload,
      makeupOf: payload.sittingId,
      counted: [{ attemptId: payload.attemptId, share: 0.5 }],
    }) as GradedAttempt;
    expect(evidenceOfAttempt(makeup)).toMatchObject({ kind: 'exam', group: payload.sittingId, makeup: true, countedShare: 0.5 });
    const notCounted = parseGradedAttempt({ ...payload, counted: [{ attemptId: 'another', share: 1 }] }) as GradedAttempt;
    expect(evidenceOfAttempt(notCounted).countedShare).toBe(0);
    // events written before the exams module said what counts: in full, as before
    expect(evidenceOfAttempt(parseGradedAttempt(payload) as GradedAttempt)).toMatchObject({ makeup: false, countedShare: 1 });
    expect(parseGradedAttempt({ ...payload, counted: [{ attemptId: 'x', share: 2 }] })).toEqual({ problem: 'counted is malformed' });
  });

  it("takes a sitting's counting from the person's latest grading in the batch", () => {
    const first = parseGradedAttempt({ ...payload, counted: [{ attemptId: 'a1', share: 1 }] }) as GradedAttempt;
    const later = parseGradedAttempt({
      ...payload,
      attemptId: '7d3c1e0a-1111-4a2b-9c3d-000000000002',
      gradedAt: '2026-11-01T00:00:00.000Z',
      counted: [{ attemptId: 'a2', share: 1 }],
    }) as GradedAttempt;
    expect(countingOf([later, first])).toEqual([
      { group: payload.sittingId, userId: payload.userId, recordedAt: later.gradedAt, shares: [{ sourceId: 'a2', share: 1 }] },
    ]);
  });
});
