/**
 * What a piece of evidence comes from. Exams write through the outbox; the others are written by
 * their modules through `CompetencyEvidenceService.recordEvidence` (decisions §23).
 */
export const EVIDENCE_KINDS = ['exam', 'attendance', 'contest', 'speech', 'meeting_quiz', 'training_quiz'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export function isEvidenceKind(value: string): value is EvidenceKind {
  return (EVIDENCE_KINDS as readonly string[]).includes(value);
}
