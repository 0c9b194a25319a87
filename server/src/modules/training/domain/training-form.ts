/** The forms a training takes in the plan: 集体培训, 自学, 早会, 夕会, 知识竞赛, 演讲比赛, and an exam as a calendar event. */
export const TRAINING_FORMS = [
  'collective',
  'self_study',
  'morning_meeting',
  'evening_meeting',
  'knowledge_contest',
  'speech_contest',
  'exam',
] as const;
export type TrainingForm = (typeof TRAINING_FORMS)[number];

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent', 'excused', 'pending'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** What a trainer may set by hand (with a reason): a derived status, never `pending`. */
export const CORRECTED_STATUSES = ['present', 'late', 'absent', 'excused'] as const;
export type CorrectedStatus = (typeof CORRECTED_STATUSES)[number];

export const LEAVE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];
