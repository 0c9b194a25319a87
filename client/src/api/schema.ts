// Generated from server/openapi.json by `npm run openapi`. Do not edit.

export interface AbsentPersonDto {
  userId: string;
  displayName: string;
  unitName: string;
  status: "upcoming" | "open" | "in_progress" | "scoring" | "submitted" | "graded" | "missed";
}

export interface AnalysedItemDto {
  item: number;
  questionId: string;
  questionKey: string;
  /** The stem the candidates saw (rich text) */
  stem: string;
  type: "single" | "multiple" | "true_false" | "fill_blank" | "numeric" | "matching" | "ordering" | "essay";
  attempts: number;
  maxMark: number;
  facilityPercent: number | null;
  standardDeviation: number | null;
  sdPercent: number | null;
  intendedWeightPercent: number | null;
  effectiveWeightPercent: number | null;
  /** Pearson's r with the rest of the paper × 100 */
  discriminationIndex: number | null;
  discriminativeEfficiency: number | null;
  /** −1..1, right/wrong items only */
  pointBiserial: number | null;
  randomGuessPercent: number | null;
  review: ItemReview;
  distractors: ItemDistractorsDto | null;
}

/** single: option id; multiple: option ids; true_false: boolean; fill_blank: accepted answers per blank; numeric: {value, tolerance?} or {min, max}; matching: {leftId: rightId}; ordering: ids in order */
export type AnswerKey = string | Array<string> | boolean | Array<Array<string>> | NumericAnswer | Record<string, string>;

/** single: option id; multiple: ids; true_false: boolean; fill_blank: one string per blank; numeric: number; matching: {leftId: rightId}; ordering: ids; essay: text; null: no answer */
export type AnswerValue = string | Array<string> | boolean | number | Record<string, string> | null;

export interface AssigneeDto {
  /** Everyone in this unit's subtree (or, with role, those holding it there) */
  unitId?: string;
  role?: "staff" | "trainer" | "manager" | "admin";
  userId?: string;
}

export interface AssigneeViewDto {
  unitId: string | null;
  role: string | null;
  userId: string | null;
}

export interface AttemptDto {
  id: string;
  sittingId: string;
  title: string;
  status: "in_progress" | "scoring" | "submitted" | "graded";
  /** The server's deadline: min(start + duration, window close) */
  deadline: string;
  /** The server's clock, so a phone with a wrong clock still counts down right */
  serverNow: string;
  /** Answers are still accepted this long after the deadline */
  graceSeconds: number;
  /** Strict mode: submitted after this many page switches */
  switchLimit: number | null;
  /** Page switches recorded so far */
  switchCount: number;
  /** No key, explanation or rubric of any kind */
  questions: Array<CandidateQuestionDto>;
  answers: Array<SavedAnswerDto>;
}

export interface AttemptEventDto {
  /** 'hidden' is a page switch (切屏); 'unload' (a reload, the tab closed) is recorded but never counted */
  kind: "hidden" | "visible" | "offline" | "online" | "unload";
  /** The device's own clock, for the timeline */
  clientAt?: string;
  /** Chosen by the device; an event re-sent with the same id is recorded once */
  eventId?: string;
}

export interface AttemptEventResultDto {
  switchCount: number;
  /** True when the attempt is (now) submitted */
  submitted: boolean;
}

export interface AttemptReviewDto {
  attempt: ReviewedAttemptDto;
  /** Every answer with the key and score */
  slots: Array<ReviewedSlotDto>;
  /** Started, page switches, reconnects, submitted, regraded */
  timeline: Array<TimelineEventDto>;
}

export interface AttendanceCorrectionDto {
  status: "present" | "late" | "absent" | "excused";
  reason: string;
}

export interface AttendanceDto {
  items: Array<AttendanceItemDto>;
}

export interface AttendanceItemDto {
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  status: "present" | "late" | "absent" | "excused" | "pending";
  checkedInAt: string | null;
  /** The same device also checked in another account (a flag; nothing was blocked) */
  sharedDevice: boolean;
  overrideReason: string | null;
  leaveStatus: "pending" | "approved" | "rejected" | null;
  leaveReason: string | null;
}

export interface AuthUserDto {
  id: string;
  username: string;
  displayName: string;
  roles: Array<"staff" | "trainer" | "manager" | "admin">;
  /** The password was chosen by an administrator: every route but PUT /api/me/password answers 403 password_change_required */
  mustChangePassword: boolean;
}

export interface BackupFailureDto {
  at: string;
  message: string;
}

export interface BackupInfoDto {
  name: string;
  /** Size of the file in bytes */
  bytes: number;
  createdAt: string;
  /** The Kaoping version that made it */
  appVersion: string;
  /** The newest schema migration it holds */
  schema: string | null;
}

export interface BackupStatusDto {
  /** Newest first */
  backups: Array<BackupInfoDto>;
  /** The next daily backup; null when off (PostgreSQL or BACKUP_TIME=off) */
  nextRunAt: string | null;
  lastFailure?: BackupFailureDto | null;
  /** How many daily backups are kept (BACKUP_KEEP) */
  keep: number;
}

export interface BankFiguresDto {
  questions: number;
  longestKey: RatioDto;
  allButOneKeyed: RatioDto;
  hard: RatioDto;
  recitesPlan: RatioDto;
  nearDuplicatePairs: number;
  byCheck: Record<string, number>;
  byDifficulty: Record<string, SpreadEntryDto>;
  byType: Record<string, SpreadEntryDto>;
  byDimension: Record<string, SpreadEntryDto>;
  deviations: Array<MixDeviationDto>;
}

export interface BankQualityDto {
  figures: BankFiguresDto;
  /** The limits of the shipped banks this bank breaks, as sentences */
  breaches: Array<string>;
  /** Active questions with a written finding or an item-analysis flag */
  questions: Array<QualityQuestionDto>;
  similarPairs: Array<SimilarPairDto>;
}

export interface BlueprintRuleDto {
  count: number;
  points: number;
  bankId: string;
  type?: "single" | "multiple" | "true_false" | "fill_blank" | "numeric" | "matching" | "ordering" | "essay";
  /** Category path; includes everything below it */
  categoryPath?: string;
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  difficulty?: number;
}

export interface BlueprintStructureDto {
  kind: "blueprint";
  rules: Array<BlueprintRuleDto>;
}

export interface BrandForecastDto {
  brand: string;
  keyBrand: boolean;
  /** On the year’s list of new brands (新品牌) */
  newBrand: boolean;
  forecast: number;
  actual: number;
  accuracy: number;
}

export interface BrandListDto {
  year: number;
  /** Key brands first, then by name */
  brands: Array<ListedBrandDto>;
}

export interface BrandListImportDto {
  year: number;
  /** Key brands first, then by name */
  brands: Array<ListedBrandDto>;
  /** false on a dry run: the list as it would be, nothing written */
  written: boolean;
}

export interface BulkQuestionActionDto {
  questionIds: Array<string>;
  action: "move" | "tag" | "retire" | "restore";
  /** move: target category (null for none) */
  categoryId?: string | null;
  /** tag: the tag to add */
  tag?: string;
}

export interface BulkResultDto {
  changed: number;
}

export interface CadenceDto {
  trainings: number;
  exams: number;
  ok: boolean;
  problem: "missing" | "tooMany" | null;
}

export interface CalendarEntryDto {
  kind: "training" | "exam";
  id: string;
  title: string;
  form: "collective" | "self_study" | "morning_meeting" | "evening_meeting" | "knowledge_contest" | "speech_contest" | "exam" | "sitting";
  startsAt: string;
  endsAt: string;
  /** A make-up sitting (补考): shown, not counted */
  makeup: boolean;
}

export interface CandidateQuestionDto {
  slot: number;
  type: "single" | "multiple" | "true_false" | "fill_blank" | "numeric" | "matching" | "ordering" | "essay";
  /** Sanitised rich text; fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  points: number;
  /** single, multiple */
  options?: Array<ChoiceViewDto>;
  /** matching */
  left?: Array<ChoiceViewDto>;
  /** matching */
  right?: Array<ChoiceViewDto>;
  /** ordering (shuffled) */
  items?: Array<ChoiceViewDto>;
  /** fill_blank */
  blanks?: number;
  /** numeric */
  unit?: string;
}

export interface CandidateResultDto {
  userId: string;
  username: string;
  displayName: string;
  unitName: string;
  status: "upcoming" | "open" | "in_progress" | "scoring" | "submitted" | "graded" | "missed";
  attemptsUsed: number;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  passed: boolean | null;
  submittedAt: string | null;
  /** Page switches (切屏) recorded */
  switchCount: number;
  lastAttemptId: string | null;
}

export interface ChangePasswordDto {
  currentPassword: string;
  newPassword: string;
}

export interface CheckInCodeDto {
  code: string;
  /** The path of Kaoping's check-in page with the code, for the QR */
  qrText: string;
  expiresAt: string;
}

export interface CheckInDto {
  sessionId: string;
  userId: string;
  status: "present" | "late" | "absent" | "excused" | "pending";
  checkedInAt: string | null;
}

export interface CheckInInputDto {
  code: string;
  /** The browser's own random id, to flag one device checking in two accounts */
  deviceId?: string;
}

export interface ChoiceDto {
  id: string;
  text: string;
}

export interface ChoiceViewDto {
  id: string;
  text: string;
}

export interface CoachingActionDto {
  id: string;
  person: PersonRefDto;
  kind: "practice" | "training";
  dimension: string | null;
  kpi: string | null;
  note: string;
  dueOn: string;
  status: "open" | "closed";
  overdue: boolean;
  createdAt: string;
  closedAt: string | null;
  /** The month the baseline was read in */
  baselineMonth: string;
  /** Subject level when assigned */
  levelBefore: number | null;
  /** Subject level now */
  levelNow: number | null;
  levelMoved: "up" | "down" | "same" | "unknown";
  /** KPI value when assigned */
  kpiBefore: number | null;
  /** KPI value in the latest month with figures */
  kpiNow: number | null;
  kpiMoved: "up" | "down" | "same" | "unknown";
}

export interface CoachingMatrixDto {
  unitId: string;
  unitName: string;
  month: string;
  /** People with something to act on first */
  rows: Array<CoachingRowDto>;
}

export interface CoachingRowDto {
  person: PersonRefDto;
  /** Subjects below target, widest gap first (at most 3) */
  weakest: Array<SubjectLevelDto>;
  /** Subjects without enough evidence for a level (证据不足) */
  unassessed: Array<string>;
  /** KPIs below target or behind pace this month */
  kpisOfConcern: Array<KpiStandingDto>;
  suggestion: SuggestionDto;
  /** Coaching actions still open */
  openActions: number;
}

export interface CompetencyTargetDto {
  dimension: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  /** Expected level, a share of points 0–1 */
  target: number;
  /** True while the department has not set its own */
  isDefault: boolean;
}

export interface CompetencyTargetInputDto {
  dimension: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  target: number;
}

export interface ConsistencyDto {
  judges: Array<JudgeConsistencyDto>;
  icc: IccDto | null;
  outliers: Array<OutlierDto>;
  /** Names of the judges and speakers by id */
  names: Record<string, string>;
}

export interface ContestDto {
  id: string;
  title: string;
  kind: "knowledge" | "speech";
  joinCode: string;
  status: "draft" | "running" | "ended";
  ownerUnitId: string;
  ownerUnitName: string;
  finalMethod: "trimmed" | "median" | "normalised";
  rubric: Array<SpeechRubricItemDto> | null;
  timeLimitSeconds: number | null;
  overrunGraceSeconds: number;
  overrunStepSeconds: number;
  overrunPointsPerStep: number;
  overrunMaxPenalty: number | null;
  createdAt: string;
}

export interface CorrectionDto {
  speakerId: string;
  judgeId: string;
  total: number;
  items: Record<string, number>;
  reason: string;
  requestedBy: string | null;
}

export interface CorrectionInputDto {
  /** A score for every item of the rubric, by key */
  items: Record<string, number>;
  /** Why the locked score changes (audited) */
  reason: string;
}

export interface CreateCoachingActionDto {
  userId: string;
  kind: "practice" | "training";
  /** Required for practice: the subject whose practice material to use */
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  /** The KPI the action should move */
  kpi?: string;
  note?: string;
  /** Due date (China) */
  dueOn: string;
}

export interface CreateContestDto {
  title: string;
  kind: "knowledge" | "speech";
  /** Speech: trimmed mean (default), median, or per-judge normalisation */
  finalMethod?: "trimmed" | "median" | "normalised";
  /** Speech: the score sheet; default 内容 30, 语言表达 30, 形象风度 20, 脱稿 10, 综合印象 10 */
  rubric?: Array<SpeechRubricItemDto>;
  /** Speech timer: the limit in seconds (none: no overrun penalty) */
  timeLimitSeconds?: number | null;
  overrunGraceSeconds?: number;
  /** Each started step past the limit and grace costs overrunPointsPerStep */
  overrunStepSeconds?: number;
  overrunPointsPerStep?: number;
  overrunMaxPenalty?: number | null;
}

export interface CreatedContestDto {
  id: string;
  /** Six letters and digits to join on a phone */
  joinCode: string;
}

export interface CreateMakeupDto {
  /** Defaults to the original title plus （补考） */
  title?: string;
  opensAt: string;
  closesAt: string;
  /** Defaults to the original's */
  durationMinutes?: number;
}

export interface CreatePaperDto {
  title: string;
  description?: string;
  kind: "fixed" | "blueprint";
  /** fixed papers */
  sections?: Array<PaperSectionInputDto>;
  /** blueprint papers */
  rules?: Array<BlueprintRuleDto>;
  /** partial_half = 少选得一半 */
  multipleRule?: "all_or_nothing" | "partial_half" | "proportional_penalty";
  /** Partial credit for matching, ordering and multi-blank questions */
  partialCredit?: boolean;
}

export interface CreateQuestionBankDto {
  name: string;
  description?: string;
  /** practice = 练习题 (practice may serve it); exam = 考试题 (reserved for exams, never served by practice) */
  purpose?: "practice" | "exam";
  /** Owning unit; defaults to the caller's unit */
  ownerUnitId?: string;
}

export interface CreateQuestionCategoryDto {
  name: string;
  parentId: string | null;
}

export interface CreateSittingDto {
  paperId: string;
  title: string;
  opensAt: string;
  closesAt: string;
  durationMinutes: number;
  attemptsAllowed?: number;
  gradingMethod?: "highest" | "last" | "average" | "first";
  passPercent?: number;
  shuffleQuestions?: boolean;
  reviewPolicy?: ReviewPolicyDto;
  /** Strict mode: submit after this many page switches */
  switchLimit?: number | null;
  /** A make-up sitting (补考) for this sitting */
  makeupOf?: string;
  assignees: Array<AssigneeDto>;
  overrides?: Array<OverrideDto>;
}

export interface CreateUnitDto {
  name: string;
  /** null for a new root */
  parentId: string | null;
}

export interface CreateUserDto {
  username: string;
  displayName: string;
  password: string;
  roles: Array<"staff" | "trainer" | "manager" | "admin">;
  unitId: string;
}

export interface DimensionLevelDto {
  dimension: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  /** Share of points earned, 0–1; null without evidence */
  level: number | null;
  target: number;
  /** target − level when below, else 0 */
  gap: number | null;
  /** insufficient (证据不足): some evidence, less than the minimum; no level shown */
  status: "met" | "below" | "insufficient" | "no_evidence";
  /** Graded items behind the level, as the sittings count them */
  items: number;
  /** Points at stake behind the level, as the sittings count them */
  pointsAtStake: number;
}

export interface DimensionScoreDto {
  dimension: string;
  /** Scored so far; not final while pending */
  score: number;
  maxScore: number;
  /** An essay of this dimension still waits for a marker (待阅卷) */
  pending: boolean;
}

export interface DimensionStandingDto {
  dimension: string;
  score: number;
  maxScore: number;
  percent: number | null;
}

export interface DraftCheckDto {
  type: "single" | "multiple" | "true_false" | "fill_blank" | "numeric" | "matching" | "ordering" | "essay";
  /** Stable key within the bank; generated when absent */
  key?: string;
  /** Rich text (sanitised); fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  /** Category path, levels joined by / */
  category?: string;
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  difficulty?: number;
  points?: number;
  tags?: Array<string>;
  explanation?: string;
  source?: SourceReferenceDto;
  /** single, multiple */
  options?: Array<ChoiceDto>;
  /** single: options other than the key that earn part of the marks, option id → fraction (0..1) */
  credit?: Record<string, number>;
  /** matching */
  left?: Array<ChoiceDto>;
  /** matching (may include distractors) */
  right?: Array<ChoiceDto>;
  /** ordering */
  items?: Array<ChoiceDto>;
  /** essay: omit */
  answer?: AnswerKey;
  /** numeric */
  unit?: string;
  /** essay */
  referenceAnswer?: string;
  /** essay */
  rubric?: Array<RubricItemDto>;
  /** The key of the question being edited, so it is not reported as a near-duplicate of itself */
  ownKey?: string;
}

export interface DraftCheckResultDto {
  /** What a save would refuse */
  problems: Array<DraftProblemDto>;
  /** Item-writing checks the draft breaks; never blocking */
  warnings: Array<ImportWarningDto>;
}

export interface DraftProblemDto {
  field: string;
  /** Stable code of the problem; the client translates by it (client/src/i18n/issue-texts.*.ts) */
  code?: IssueCode;
  /** What a translation of the code needs, by placeholder name */
  params?: Record<string, string | number>;
  /** zh-CN; the fallback of a translation by code */
  message: string;
}

export interface DuplicateNoteDto {
  line?: number;
  row?: number;
  key: string | null;
  /** The start of the imported stem */
  stem: string;
  existingKey: string;
  outcome: "skipped" | "new_version";
  /** It repeats the question at this line of the same file */
  sameAsLine?: number;
  /** It repeats the question at this row of the same file */
  sameAsRow?: number;
}

export interface ErrorBody {
  statusCode: number;
  /** The status reason phrase */
  error: string;
  code: ErrorCode;
  /** The zh-CN text (a list for request validation): the fallback of a translation */
  message: string | Array<string>;
  /** What a translation of the code needs, by placeholder name */
  params?: Record<string, string | number>;
  /** What the client acts on: line/row/field of import and answer problems, the reason of a refused answer */
  details?: unknown;
}

/** Stable code of an error; the client translates by it (client/src/i18n/error-texts.*.ts) */
export type ErrorCode = "auth.forbidden" | "auth.passwordChangeRequired" | "auth.required" | "auth.sessionOver" | "auth.tokenExpired" | "auth.tokenInvalid" | "auth.tokenMalformed" | "backups.notFound" | "coaching.action.dimensionRequired" | "coaching.action.duePast" | "coaching.action.notFound" | "common.badRequest" | "common.bodyTooLarge" | "common.conflict" | "common.diskFull" | "common.forbidden" | "common.internal" | "common.invalidJson" | "common.notFound" | "common.throttled" | "common.unauthenticated" | "common.unavailable" | "common.unprocessable" | "common.validation.failed" | "common.validation.invalidNumber" | "common.validation.invalidText" | "common.validation.tooDeep" | "competency.evidence.invalid" | "competency.person.notInScope" | "competency.targets.duplicateDimension" | "competency.targets.forbidden" | "contests.contest.notFound" | "contests.contest.notSpeech" | "contests.correction.nonePending" | "contests.correction.noScore" | "contests.correction.samePerson" | "contests.judge.isSpeaker" | "contests.judge.notOnPanel" | "contests.judge.notYourself" | "contests.rubric.invalid" | "contests.score.missingItem" | "contests.score.outOfRange" | "contests.score.unknownItem" | "contests.speaker.notFound" | "contests.speaker.taken" | "contests.speech.locked" | "contests.speech.noScores" | "contests.speech.notLocked" | "exams.answer.invalidShape" | "exams.answer.missing" | "exams.answer.stale" | "exams.attempt.closed" | "exams.attempt.noSuchSlot" | "exams.attempt.notFound" | "exams.attempt.startFailed" | "exams.attempt.submitted" | "exams.grading.notEssay" | "exams.grading.notSubmitted" | "exams.grading.scoreOutOfRange" | "exams.live.forbidden" | "exams.makeup.nobody" | "exams.paper.duplicateQuestion" | "exams.paper.empty" | "exams.paper.noRules" | "exams.paper.notFound" | "exams.paper.questionNeedsReview" | "exams.paper.questionNotFound" | "exams.paper.questionRetired" | "exams.paper.ruleShortfall" | "exams.practice.dimensionRequired" | "exams.practice.essay" | "exams.practice.heldBack" | "exams.practice.keyNotReleased" | "exams.practice.questionNotFound" | "exams.practice.unanswered" | "exams.sitting.alreadyEnded" | "exams.sitting.attemptsUsed" | "exams.sitting.emptyAssignee" | "exams.sitting.invalidWindow" | "exams.sitting.noAssignees" | "exams.sitting.notAssigned" | "exams.sitting.notFound" | "exams.sitting.notOpenYet" | "exams.sitting.over" | "exams.sitting.shortfall" | "exams.wrongBook.entryNotFound" | "exams.wrongBook.heldBack" | "files.tooLarge" | "files.unsafeArchive" | "identity.account.unavailable" | "identity.import.fileMissing" | "identity.import.invalidRows" | "identity.import.missingColumns" | "identity.import.noRows" | "identity.import.tooManyRows" | "identity.import.unreadable" | "identity.login.accountDisabled" | "identity.login.demoPassword" | "identity.login.throttled" | "identity.login.wrongCredentials" | "identity.password.currentWrong" | "identity.password.unchanged" | "identity.password.weak" | "identity.scope.fieldUnitNotInScope" | "identity.scope.ownUnitGone" | "identity.scope.personNotInScope" | "identity.scope.unitNotInScope" | "identity.unit.moveIntoOwnSubtree" | "identity.unit.nameTaken" | "identity.unit.notEmpty" | "identity.unit.notFound" | "identity.unit.parentNotFound" | "identity.user.cannotLockOutSelf" | "identity.user.invalidUsername" | "identity.user.notFound" | "identity.user.notInScope" | "identity.user.usernameTaken" | "kpi.brandList.forbidden" | "kpi.brandList.invalid" | "kpi.brandList.invalidRows" | "kpi.import.fileMissing" | "kpi.import.invalidRows" | "kpi.import.invalidRowsListed" | "kpi.import.legacyExcel" | "kpi.import.looksLikeForecasts" | "kpi.import.looksLikeRatios" | "kpi.import.missingColumns" | "kpi.import.noRows" | "kpi.import.notAWorkbook" | "kpi.import.tooManyRows" | "kpi.import.unreadable" | "kpi.import.unsupportedFile" | "kpi.month.invalid" | "kpi.person.notInScope" | "kpi.targets.duplicate" | "kpi.targets.forbidden" | "kpi.targets.invalid" | "kpi.targets.unknownKpi" | "live.topic.unknown" | "questionBank.bank.createForbidden" | "questionBank.bank.editForbidden" | "questionBank.bank.notFound" | "questionBank.bank.shareForbidden" | "questionBank.bulk.tagRequired" | "questionBank.category.exists" | "questionBank.category.notFound" | "questionBank.category.parentNotFound" | "questionBank.category.slashInName" | "questionBank.import.empty" | "questionBank.import.fileMissing" | "questionBank.import.fileTooLarge" | "questionBank.import.invalidRows" | "questionBank.import.tooManyQuestions" | "questionBank.import.unknownFormat" | "questionBank.keyCorrection.invalid" | "questionBank.keyCorrection.questionNotFound" | "questionBank.question.invalid" | "questionBank.question.keyTaken" | "questionBank.question.notFound" | "questionBank.question.notInBank" | "questionBank.question.targetCategoryNotFound" | "questionBank.source.supersedeForbidden" | "questionBank.version.invalid" | "questionBank.version.notFound" | "reports.month.invalid" | "reports.weights.forbidden" | "reports.weights.invalid" | "training.attendance.notAssignee" | "training.checkIn.badCode" | "training.checkIn.closed" | "training.checkIn.notAssigned" | "training.checkIn.notOpen" | "training.leave.decided" | "training.leave.notAssigned" | "training.leave.notFound" | "training.leave.tooLate" | "training.live.forbidden" | "training.session.emptyAssignee" | "training.session.invalidTimes" | "training.session.noAssignees" | "training.session.notFound" | "training.session.sittingNotFound";

export interface EssayContentDto {
  /** Stable key within the bank (a question's current content; versions leave it out) */
  key?: string;
  /** Category path, levels joined by '/' (a question's current content) */
  category?: string;
  /** A question's current content */
  tags?: Array<string>;
  /** Plain text or sanitised HTML; fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  difficulty?: number;
  points?: number;
  explanation?: string;
  source?: SourceReferenceDto;
  type: "essay";
  referenceAnswer: string;
  rubric: Array<RubricItemDto>;
}

export interface EssayMarkDto {
  score: number;
  feedback?: string;
}

export interface EssayMarkResultDto {
  /** The slot's score: the mean of its marks */
  slotScore: number;
  attemptStatus: "submitted" | "graded";
  attemptScore: number | null;
}

export interface EvidenceDto {
  sourceKind: "exam" | "attendance" | "contest" | "speech" | "meeting_quiz" | "training_quiz";
  /** The source in its module (an exam: the attempt id) */
  sourceId: string;
  /** Where it is scored with others (an exam: the sitting id) */
  sourceGroup: string | null;
  /** From a make-up sitting (补考) */
  makeup: boolean;
  /** Share the official score counts: 0 for an attempt the sitting's grading method leaves out */
  countedShare: number;
  sourceTitle: string;
  occurredAt: string;
  dimension: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  points: number;
  maxPoints: number;
  items: number;
}

export interface EvidenceKindTotalDto {
  kind: "exam" | "attendance" | "contest" | "speech" | "meeting_quiz" | "training_quiz";
  /** Sources that count (attempts, contests…) */
  sources: number;
  items: number;
  points: number;
  maxPoints: number;
  /** Of the sources, make-ups (补考) */
  makeups: number;
}

export interface EvidenceMinimumDto {
  /** Least items per dimension in the window for a level */
  items: number;
  /** Least points at stake per dimension in the window for a level */
  points: number;
}

export interface FillBlankContentDto {
  /** Stable key within the bank (a question's current content; versions leave it out) */
  key?: string;
  /** Category path, levels joined by '/' (a question's current content) */
  category?: string;
  /** A question's current content */
  tags?: Array<string>;
  /** Plain text or sanitised HTML; fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  difficulty?: number;
  points?: number;
  explanation?: string;
  source?: SourceReferenceDto;
  type: "fill_blank";
  /** answer[i] lists the accepted answers of blank i+1 */
  answer: Array<Array<string>>;
}

export interface FixedSlotDto {
  questionId: string;
  /** The version pinned when the question was added */
  version: number;
  points: number;
}

export interface FixedSlotInputDto {
  questionId: string;
  points: number;
}

export interface FixedStructureDto {
  kind: "fixed";
  sections: Array<PaperSectionDto>;
}

export interface FlaggedReviewDto {
  item: number;
  status: "flagged";
  reasons: Array<string>;
}

export interface ForecastMonthDto {
  /** Volume-weighted over all brands */
  total: number | null;
  /** Volume-weighted over the national key brands */
  keyBrands: number | null;
  /** Volume-weighted over the year’s new brands (新品牌) */
  newBrands: number | null;
  brands: Array<BrandForecastDto>;
}

export interface GradingQueueItemDto {
  attemptId: string;
  slot: number;
  sittingId: string;
  sittingTitle: string;
  stem: string;
  referenceAnswer: string;
  rubric: Array<RubricItemDto>;
  /** The candidate's answer; the candidate is not named */
  response: string | null;
  points: number;
  /** Marks given so far (a second marker may add one) */
  marks: number;
  markedByMe: boolean;
}

export interface HealthDto {
  /** degraded: serving, with problems that need attention */
  status: "ok" | "degraded" | "error";
  database: "up" | "down";
  engine: "embedded" | "postgres";
  problems: Array<HealthProblemDto>;
}

export interface HealthProblemDto {
  /** Which check reports it, e.g. attempt-scoring */
  check: string;
  /** How many things are affected */
  count: number;
  message: string;
}

export interface HostSpeakerDto {
  id: string;
  userId: string;
  name: string;
  position: number;
  locked: boolean;
  seconds: number | null;
  penalty: number;
  /** Judges who have scored this speaker (values stay hidden until locked) */
  submittedJudgeIds: Array<string>;
  result: SpeakerResultDto | null;
}

export interface IccDto {
  /** ICC(2,1): one judge */
  single: number;
  /** ICC(2,k): the panel mean */
  average: number;
  singleBand: "poor" | "moderate" | "good" | "excellent";
  averageBand: "poor" | "moderate" | "good" | "excellent";
  speakers: number;
  judges: number;
}

export interface ImportErrorDto {
  /** Row number as Excel shows it (header is row 1) */
  row: number;
  /** Column header or "file" */
  field: string;
  /** Stable code of the problem; the client translates by it (client/src/i18n/issue-texts.*.ts) */
  code?: IssueCode;
  /** What a translation of the code needs, by placeholder name */
  params?: Record<string, string | number>;
  /** zh-CN; the fallback of a translation by code */
  message: string;
}

export interface ImportIssueDto {
  /** 1-based line (text formats) */
  line?: number;
  /** Row as Excel shows it (XLSX) */
  row?: number;
  field: string;
  /** Stable code of the problem; the client translates by it (client/src/i18n/issue-texts.*.ts) */
  code?: IssueCode;
  /** What a translation of the code needs, by placeholder name */
  params?: Record<string, string | number>;
  /** zh-CN; the fallback of a translation by code */
  message: string;
}

export interface ImportWarningDto {
  /** 1-based line (text formats) */
  line?: number;
  /** Row as Excel shows it (XLSX) */
  row?: number;
  key: string | null;
  code: "longest_key" | "all_but_one_keyed" | "catch_all_option" | "negative_stem" | "missing_explanation" | "missing_source" | "cites_work_plan" | "near_duplicate" | "essay_without_rubric";
  field: string;
  message: string;
}

export interface InstanceDto {
  /** Seeded demo accounts (password published in the README) can log in: every page says so */
  demoData: boolean;
}

/** Stable code of one problem in an import report or a question draft (client/src/i18n/issue-texts.*.ts) */
export type IssueCode = "identity.password.common" | "identity.password.containsUsername" | "identity.password.demo" | "identity.password.tooLong" | "identity.password.tooShort" | "identity.row.nameEmpty" | "identity.row.nameTooLong" | "identity.row.passwordEmpty" | "identity.row.rolesEmpty" | "identity.row.rolesUnknown" | "identity.row.unitAmbiguous" | "identity.row.unitEmpty" | "identity.row.unitNotFound" | "identity.row.usernameEmpty" | "identity.row.usernameInvalid" | "identity.row.usernameRepeated" | "identity.row.usernameTaken" | "kpi.row.actualZero" | "kpi.row.brandTooLong" | "kpi.row.denominatorZero" | "kpi.row.effectiveOverVerified" | "kpi.row.empty" | "kpi.row.forecastRepeated" | "kpi.row.futureMonth" | "kpi.row.kpiUnknown" | "kpi.row.negative" | "kpi.row.notAMonth" | "kpi.row.notANumber" | "kpi.row.ratioRepeated" | "kpi.row.shareOverWhole" | "kpi.row.tooLarge" | "kpi.row.tooManyDecimals" | "kpi.row.userUnknown" | "kpi.row.verifiedColumnMissing" | "kpi.row.verifiedNotApplicable" | "kpi.row.verifiedOverCases" | "kpi.row.yesNoUnknown" | "questionBank.aiken.answerEmpty" | "questionBank.aiken.answerMany" | "questionBank.aiken.answerNotAnOption" | "questionBank.aiken.answerUnreadable" | "questionBank.aiken.answerWithoutQuestion" | "questionBank.aiken.noAnswerLine" | "questionBank.aiken.noOptionsNoAnswer" | "questionBank.aiken.optionRepeated" | "questionBank.aiken.tooFewOptions" | "questionBank.check.answerNotAnOption" | "questionBank.check.answerRepeated" | "questionBank.check.answerShape" | "questionBank.check.blankCountMismatch" | "questionBank.check.blanksUnmarked" | "questionBank.check.blankWithoutAnswer" | "questionBank.check.choiceEmpty" | "questionBank.check.choiceIdRepeated" | "questionBank.check.creditNotAnOption" | "questionBank.check.creditRange" | "questionBank.check.difficultyRange" | "questionBank.check.dimensionUnknown" | "questionBank.check.leftUnpaired" | "questionBank.check.multipleTooFewCorrect" | "questionBank.check.numericNotNumber" | "questionBank.check.orderingAnswer" | "questionBank.check.pairLeftUnknown" | "questionBank.check.pairRightUnknown" | "questionBank.check.pointsPositive" | "questionBank.check.rangeReversed" | "questionBank.check.referenceAnswerMissing" | "questionBank.check.rubricItemInvalid" | "questionBank.check.rubricMissing" | "questionBank.check.stemEmpty" | "questionBank.check.textHasNul" | "questionBank.check.textLoneSurrogate" | "questionBank.check.textTooLong" | "questionBank.check.toleranceNegative" | "questionBank.check.tooFewEntries" | "questionBank.check.tooFewOptions" | "questionBank.check.tooMany" | "questionBank.check.trueFalseAnswer" | "questionBank.check.typeUnknown" | "questionBank.file.keyRepeated" | "questionBank.sheet.answerEmpty" | "questionBank.sheet.creditUnreadable" | "questionBank.sheet.csvEmpty" | "questionBank.sheet.difficultyUnreadable" | "questionBank.sheet.keyRepeated" | "questionBank.sheet.matchingNoEquals" | "questionBank.sheet.matchingNoRight" | "questionBank.sheet.matchingTooFewPairs" | "questionBank.sheet.matchingTooFewRight" | "questionBank.sheet.missingColumns" | "questionBank.sheet.multipleAnswerUnreadable" | "questionBank.sheet.noQuestions" | "questionBank.sheet.numericUnreadable" | "questionBank.sheet.optionGap" | "questionBank.sheet.orderingLetterUnknown" | "questionBank.sheet.orderingUnreadable" | "questionBank.sheet.pointsInvalid" | "questionBank.sheet.rubricPointsMissing" | "questionBank.sheet.singleAnswerMany" | "questionBank.sheet.singleAnswerUnreadable" | "questionBank.sheet.sourceDateInvalid" | "questionBank.sheet.sourceDocumentMissing" | "questionBank.sheet.trueFalseUnreadable" | "questionBank.sheet.typeEmpty" | "questionBank.sheet.unreadable";

export interface ItemAnalysisDto {
  test: TestStatisticsDto;
  /** Per question: facility, SD, discrimination index, discriminative efficiency, point-biserial, effective weight, distractors, review flag */
  items: Array<AnalysedItemDto>;
  /** Questions this analysis finds weak (POST …/item-analysis/flags marks them for review in their banks) */
  flagged: number;
}

export interface ItemDistractorsDto {
  item: number;
  /** Response records, blank ones included */
  responses: number;
  blank: ResponseTallyDto;
  options: Array<OptionTallyDto>;
}

export interface ItemFindingDto {
  code: "longest_key" | "all_but_one_keyed" | "catch_all_option" | "negative_stem" | "missing_explanation" | "missing_source" | "cites_work_plan" | "near_duplicate" | "essay_without_rubric";
  field: string;
  message: string;
}

export type ItemReview = TooFewAttemptsReviewDto | FlaggedReviewDto | OkReviewDto;

export interface ItemScoreDto {
  item: "exam" | "guidance_coverage_ytd" | "effective_guidance" | "awareness" | "self_reported_orders" | "push_coverage" | "quota_exhausted" | "month_start_surge" | "personal_service" | "price_per_carton" | "sales_volume" | "forecast_accuracy";
  /** 0–100; null when the item does not count this month */
  score: number | null;
  /** Why: met, missed, no_data, no_target, info (weightless), pending (exam not yet scored) */
  status: "met" | "missed" | "info" | "no_target" | "no_data" | "pending";
}

export interface JudgeConsistencyDto {
  judgeId: string;
  scored: number;
  /** Mean of (judge’s total − panel mean): negative is harsh */
  meanOffset: number;
  spread: number | null;
}

export interface JudgeScoreDto {
  judgeId: string;
  name: string;
  total: number;
  /** What the total counted as (rescaled under normalisation) */
  counted: number;
  /** Left out as the highest or lowest of five or more */
  dropped: boolean;
}

export interface JudgingDto {
  contestId: string;
  title: string;
  rubric: Array<SpeechRubricItemDto>;
  speakers: Array<JudgingSpeakerDto>;
}

export interface JudgingSpeakerDto {
  id: string;
  name: string;
  position: number;
  locked: boolean;
  /** This judge’s own sheet */
  mine: SheetDto | null;
}

export interface KeyCorrectionDto {
  /** The corrected answer, in the question type’s shape (not for essays) */
  answer?: AnswerKey;
  explanation?: string;
  /** essay */
  referenceAnswer?: string;
  /** essay */
  rubric?: Array<RubricItemDto>;
  /** Why the key was wrong; kept in the version history and audit log */
  note: string;
}

export interface KeyCorrectionResultDto {
  version: number;
  /** Finished attempts re-scored */
  regraded: number;
}

export interface KpiDefinitionDto {
  code: "guidance_coverage" | "guidance_coverage_ytd" | "effective_guidance" | "awareness" | "self_reported_orders" | "push_coverage" | "quota_exhausted" | "quota_underused" | "month_start_surge" | "personal_service" | "price_per_carton" | "sales_volume" | "forecast_accuracy";
  name: string;
  nameEn: string;
  numerator: string;
  denominator: string;
  kind: "share" | "amount" | "count";
  better: "higher" | "lower";
  /** The department's target (a rate for shares), null for none */
  target: number | null;
  /** The plan's default */
  defaultTarget: number | null;
  /** Judged against the same month of last year instead of a target */
  yearOnYear: boolean;
  /** The target is the rise required on last year (price per carton), in targetUnit */
  riseTarget: boolean;
  /** yuan: +元/条; percent: + a fraction of last year (0.03 = 3 %); null where the target is not a rise */
  targetUnit: "yuan" | "percent" | null;
  /** The target is for the full year; a month is judged on the pace to it (target × month ÷ 12), which KpiValue.target carries */
  paced: boolean;
  /** Shown for information only, never met or missed (the plan sets no bar) */
  informational: boolean;
  /** How to read the figure, where the plan makes it matter (zh-CN) */
  caption: string | null;
  captionEn: string | null;
}

export type KpiImportKind = "ratios" | "forecasts";

export interface KpiImportReportDto {
  dryRun: boolean;
  /** Rows read */
  rows: number;
  /** Distinct people in the file */
  people: number;
  /** Months in the file, YYYY-MM */
  months: Array<string>;
  /** Figures that did not exist before */
  created: number;
  /** Figures that replaced an earlier import of the same person, month and KPI (or brand) */
  replaced: number;
}

export interface KpiMonthDto {
  month: string;
  /** Every KPI in definition order, no_data where none was imported */
  values: Array<KpiValueDto>;
  forecast: ForecastMonthDto;
}

export interface KpiStandingDto {
  kpi: string;
  value: number | null;
  target: number | null;
  /** The kpi module's status: missed, or behind the year's pace */
  status: string;
}

export interface KpiTargetInputDto {
  kpi: "guidance_coverage" | "guidance_coverage_ytd" | "effective_guidance" | "awareness" | "self_reported_orders" | "push_coverage" | "quota_exhausted" | "quota_underused" | "month_start_surge" | "personal_service" | "price_per_carton" | "sales_volume" | "forecast_accuracy";
  /** null removes the target */
  target: number | null;
  /** Only for a rise target (price per carton): yuan per carton, or percent (target as a fraction) */
  unit?: "yuan" | "percent";
}

export interface KpiValueDto {
  kpi: "guidance_coverage" | "guidance_coverage_ytd" | "effective_guidance" | "awareness" | "self_reported_orders" | "push_coverage" | "quota_exhausted" | "quota_underused" | "month_start_surge" | "personal_service" | "price_per_carton" | "sales_volume" | "forecast_accuracy";
  numerator: number | null;
  denominator: number | null;
  /** The rate (0–1 for shares) or amount; null without data */
  value: number | null;
  /** What the value is judged against: the target, or last year for year-on-year KPIs */
  target: number | null;
  status: "met" | "missed" | "info" | "no_target" | "no_data";
}

export interface LeaveDecisionDto {
  status: "approved" | "rejected";
}

export interface LeaveInputDto {
  reason: string;
}

export interface ListedBrandDto {
  brand: string;
  /** key: 前20个全国卷烟重点骨干品牌; new: 新品牌 */
  kind: "key" | "new";
}

export interface LoginRequestDto {
  username: string;
  password: string;
}

export interface LoginResponseDto {
  /** Bearer token for the Authorization header; short-lived */
  accessToken: string;
  user: AuthUserDto;
}

export interface MatchingContentDto {
  /** Stable key within the bank (a question's current content; versions leave it out) */
  key?: string;
  /** Category path, levels joined by '/' (a question's current content) */
  category?: string;
  /** A question's current content */
  tags?: Array<string>;
  /** Plain text or sanitised HTML; fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  difficulty?: number;
  points?: number;
  explanation?: string;
  source?: SourceReferenceDto;
  type: "matching";
  left: Array<ChoiceDto>;
  /** May hold distractors */
  right: Array<ChoiceDto>;
  /** Every left id mapped to its right id */
  answer: Record<string, string>;
}

export interface MeDto {
  id: string;
  username: string;
  displayName: string;
  roles: Array<"staff" | "trainer" | "manager" | "admin">;
  unitId: string;
  unitName: string;
  disabled: boolean;
}

export interface MixDeviationDto {
  attribute: "difficulty" | "type";
  value: string;
  actual: number;
  target: number;
}

export interface MonthExamDto {
  expected: number;
  took: number;
  participationRate: number | null;
  absent: Array<AbsentPersonDto>;
  graded: number;
  passed: number;
  passRate: number | null;
  /** Mean percentage (0–100) of the graded */
  average: number | null;
  /** Graded in each band: <60, 60–69, 70–79, 80–89, ≥90 */
  distribution: Array<number>;
  sittingId: string;
  title: string;
  opensAt: string;
}

export interface MonthLevelsDto {
  month: string;
  dimensions: Array<DimensionLevelDto>;
}

export interface MultipleContentDto {
  /** Stable key within the bank (a question's current content; versions leave it out) */
  key?: string;
  /** Category path, levels joined by '/' (a question's current content) */
  category?: string;
  /** A question's current content */
  tags?: Array<string>;
  /** Plain text or sanitised HTML; fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  difficulty?: number;
  points?: number;
  explanation?: string;
  source?: SourceReferenceDto;
  type: "multiple";
  options: Array<ChoiceDto>;
  /** Every right option id */
  answer: Array<string>;
}

export interface MyCoachingActionDto {
  id: string;
  kind: "practice" | "training";
  dimension: string | null;
  kpi: string | null;
  note: string;
  dueOn: string;
  overdue: boolean;
}

export interface MyExamDto {
  sittingId: string;
  title: string;
  status: "upcoming" | "open" | "in_progress" | "scoring" | "submitted" | "graded" | "missed";
  opensAt: string;
  closesAt: string;
  durationMinutes: number;
  attemptsUsed: number;
  attemptsAllowed: number;
  inProgressAttemptId: string | null;
  /** The in-progress attempt's deadline: min(start + duration, window close) */
  inProgressDeadline: string | null;
  lastAttemptId: string | null;
  questionCount: number;
  maxScore: number;
  /** The server's clock when it answered, to keep a countdown right */
  serverNow: string;
}

export interface MyTrainingDto {
  id: string;
  title: string;
  form: "collective" | "self_study" | "morning_meeting" | "evening_meeting" | "knowledge_contest" | "speech_contest" | "exam";
  startsAt: string;
  endsAt: string;
  place: string;
  onlineLink: string | null;
  status: "present" | "late" | "absent" | "excused" | "pending";
  leaveStatus: "pending" | "approved" | "rejected" | null;
}

export type NumericAnswer = NumericExactAnswer | NumericRangeAnswer;

export interface NumericContentDto {
  /** Stable key within the bank (a question's current content; versions leave it out) */
  key?: string;
  /** Category path, levels joined by '/' (a question's current content) */
  category?: string;
  /** A question's current content */
  tags?: Array<string>;
  /** Plain text or sanitised HTML; fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  difficulty?: number;
  points?: number;
  explanation?: string;
  source?: SourceReferenceDto;
  type: "numeric";
  answer: NumericAnswer;
  unit?: string;
}

export interface NumericExactAnswer {
  value: number;
  /** Accepted either side of value */
  tolerance?: number;
}

export interface NumericRangeAnswer {
  min: number;
  max: number;
}

export interface OkReviewDto {
  item: number;
  status: "ok";
}

export interface OptionTallyDto {
  count: number;
  percent: number | null;
  option: string;
}

export interface OrderingContentDto {
  /** Stable key within the bank (a question's current content; versions leave it out) */
  key?: string;
  /** Category path, levels joined by '/' (a question's current content) */
  category?: string;
  /** A question's current content */
  tags?: Array<string>;
  /** Plain text or sanitised HTML; fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  difficulty?: number;
  points?: number;
  explanation?: string;
  source?: SourceReferenceDto;
  type: "ordering";
  items: Array<ChoiceDto>;
  /** Every item id once, in the right order */
  answer: Array<string>;
}

export interface OutlierDto {
  speakerId: string;
  judgeId: string;
  total: number;
  residual: number;
}

export interface OverrideDto {
  userId?: string;
  unitId?: string;
  opensAt?: string;
  closesAt?: string;
  extraMinutes?: number;
}

export interface OverrideViewDto {
  userId: string | null;
  unitId: string | null;
  opensAt: string | null;
  closesAt: string | null;
  extraMinutes: number;
}

export interface PanelDto {
  id: string;
  title: string;
  status: string;
}

export interface PaperDetailDto {
  id: string;
  title: string;
  description: string;
  kind: "fixed" | "blueprint";
  structure: PaperStructure;
  multipleRule: "all_or_nothing" | "partial_half" | "proportional_penalty";
  partialCredit: boolean;
  ownerUnitId: string;
  questionCount: number;
  maxScore: number;
  updatedAt: string;
  /** Not refusals: what the author should know (e.g. practice material drawn) */
  warnings: Array<PaperWarningDto>;
}

export interface PaperDto {
  id: string;
  title: string;
  description: string;
  kind: "fixed" | "blueprint";
  structure: PaperStructure;
  multipleRule: "all_or_nothing" | "partial_half" | "proportional_penalty";
  partialCredit: boolean;
  ownerUnitId: string;
  questionCount: number;
  maxScore: number;
  updatedAt: string;
}

export interface PaperSectionDto {
  title: string;
  slots: Array<FixedSlotDto>;
}

export interface PaperSectionInputDto {
  title: string;
  slots: Array<FixedSlotInputDto>;
}

export type PaperStructure = FixedStructureDto | BlueprintStructureDto;

export interface PaperWarningDto {
  /** practice_material: the paper draws 练习题, which candidates may have practised with the key shown */
  kind: "practice_material";
  message: string;
  /** Blueprint papers: the rule concerned (0-based) */
  ruleIndex?: number;
  /** Fixed papers: the practice-material questions */
  questionIds?: Array<string>;
  practiceCount: number;
  /** The paper's questions, or those the rule can draw */
  outOf: number;
}

export interface ParticipationDto {
  expected: number;
  took: number;
  participationRate: number | null;
  absent: Array<AbsentPersonDto>;
  graded: number;
  passed: number;
  passRate: number | null;
  /** Mean percentage (0–100) of the graded */
  average: number | null;
  /** Graded in each band: <60, 60–69, 70–79, 80–89, ≥90 */
  distribution: Array<number>;
}

export interface PeopleDto {
  userIds: Array<string>;
}

export interface PersonCompetencyDto {
  person: PersonRefDto;
  /** Months the current level looks back over */
  windowMonths: number;
  /** exam_score_rate while every piece of evidence in the window is an exam (考试得分率) */
  basis: "exam_score_rate" | "mixed" | "none";
  minimum: EvidenceMinimumDto;
  /** Current level per dimension (the last windowMonths months) */
  current: Array<DimensionLevelDto>;
  /** What the current window holds, per kind of evidence */
  evidenceByKind: Array<EvidenceKindTotalDto>;
  /** Each month on its own, oldest first */
  history: Array<MonthLevelsDto>;
  /** The most recent evidence, newest first */
  recentEvidence: Array<EvidenceDto>;
}

export interface PersonKpiRowDto {
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  values: Array<KpiValueDto>;
  /** KPIs missed this month */
  missed: number;
}

export interface PersonKpisDto {
  person: PersonRefDto;
  /** Oldest first */
  months: Array<KpiMonthDto>;
}

export interface PersonLevelsDto {
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  dimensions: Array<DimensionLevelDto>;
  /** Dimensions below target */
  gaps: number;
  /** Dimensions without enough evidence for a level (证据不足) */
  unassessed: number;
}

export interface PersonNameDto {
  userId: string;
  name: string;
}

export interface PersonRefDto {
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
}

export interface PracticeAnswerDto {
  questionId: string;
  /** Same shapes as in an exam */
  answer: AnswerValue;
}

export interface PracticeFeedbackDto {
  state: "correct" | "partial" | "incorrect" | "unanswered";
  fraction: number;
  /** An essay’s is its reference answer */
  rightAnswer: AnswerKey;
  explanation: string | null;
  box: number;
  nextDueAt: string;
  mastered: boolean;
  /** The server's clock, to count down to nextDueAt */
  serverNow: string;
}

export interface PracticeQuestionDto {
  slot: number;
  type: "single" | "multiple" | "true_false" | "fill_blank" | "numeric" | "matching" | "ordering" | "essay";
  /** Sanitised rich text; fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  points: number;
  /** single, multiple */
  options?: Array<ChoiceViewDto>;
  /** matching */
  left?: Array<ChoiceViewDto>;
  /** matching */
  right?: Array<ChoiceViewDto>;
  /** ordering (shuffled) */
  items?: Array<ChoiceViewDto>;
  /** fill_blank */
  blanks?: number;
  /** numeric */
  unit?: string;
  questionId: string;
  dimension: string | null;
}

export interface QualityQuestionDto {
  id: string;
  key: string;
  type: string;
  /** The stem as written (sanitised rich text) */
  stem: string;
  /** What the written question breaks */
  findings: Array<ItemFindingDto>;
  /** Item analysis's flag from real answers */
  qualityFlag: string | null;
}

export interface QuestionBankDto {
  id: string;
  /** Key of a bank kept in the repository */
  key: string | null;
  name: string;
  description: string;
  /** practice = 练习题 (practice may serve it); exam = 考试题 (reserved for exams, never served by practice) */
  purpose: "practice" | "exam";
  ownerUnitId: string;
  ownerUnitName: string;
  sharedUnitIds: Array<string>;
  questionCount: number;
  activeCount: number;
  needsReviewCount: number;
  updatedAt: string;
  /** Whether the caller may change this bank */
  canEdit: boolean;
}

export interface QuestionCategoryDto {
  id: string;
  parentId: string | null;
  name: string;
  /** Names from the root joined by / */
  path: string;
  /** Its own marking; null follows the nearest marked ancestor, else the bank */
  purpose: "practice" | "exam" | null;
  /** What its questions are, after inheritance */
  effectivePurpose: "practice" | "exam";
  /** Questions directly in this category */
  questionCount: number;
}

export type QuestionContent = SingleContentDto | MultipleContentDto | TrueFalseContentDto | FillBlankContentDto | NumericContentDto | MatchingContentDto | OrderingContentDto | EssayContentDto;

export interface QuestionDto {
  id: string;
  bankId: string;
  key: string;
  type: "single" | "multiple" | "true_false" | "fill_blank" | "numeric" | "matching" | "ordering" | "essay";
  status: "active" | "retired";
  /** A cited source was superseded; kept out of new papers until reviewed */
  needsReview: boolean;
  reviewReason: string | null;
  /** Set by item analysis when the question discriminates badly */
  qualityFlag: string | null;
  categoryId: string | null;
  categoryPath: string | null;
  dimension: string | null;
  difficulty: number | null;
  tags: Array<string>;
  currentVersion: number;
  updatedAt: string;
  /** The current version: meta and body of the question, answer key included (trainers only) */
  content: QuestionContent;
}

export type QuestionExportFormat = "xlsx" | "csv" | "gift" | "moodle-xml" | "yaml";

export type QuestionImportFormat = "xlsx" | "csv" | "gift" | "aiken" | "moodle-xml" | "yaml";

export interface QuestionImportReportDto {
  created: number;
  /** Existing questions given a new version */
  updated: number;
  skipped: number;
  byType: Record<string, number>;
  duplicates: Array<DuplicateNoteDto>;
  errors: Array<ImportIssueDto>;
  /** What reading the file changed or left out to keep it importable (a repeated name made unique, a setting ignored); never blocking */
  notes: Array<ImportIssueDto>;
  /** Item-writing checks the questions break; never blocking */
  warnings: Array<ImportWarningDto>;
  /** The questions written (created or given a new version), in file order; empty on a dry run */
  questionIds: Array<string>;
}

export interface QuestionInputDto {
  type: "single" | "multiple" | "true_false" | "fill_blank" | "numeric" | "matching" | "ordering" | "essay";
  /** Stable key within the bank; generated when absent */
  key?: string;
  /** Rich text (sanitised); fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  /** Category path, levels joined by / */
  category?: string;
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  difficulty?: number;
  points?: number;
  tags?: Array<string>;
  explanation?: string;
  source?: SourceReferenceDto;
  /** single, multiple */
  options?: Array<ChoiceDto>;
  /** single: options other than the key that earn part of the marks, option id → fraction (0..1) */
  credit?: Record<string, number>;
  /** matching */
  left?: Array<ChoiceDto>;
  /** matching (may include distractors) */
  right?: Array<ChoiceDto>;
  /** ordering */
  items?: Array<ChoiceDto>;
  /** essay: omit */
  answer?: AnswerKey;
  /** numeric */
  unit?: string;
  /** essay */
  referenceAnswer?: string;
  /** essay */
  rubric?: Array<RubricItemDto>;
}

export interface QuestionPageDto {
  items: Array<QuestionDto>;
  total: number;
}

export interface QuestionSearchHitDto {
  id: string;
  bankId: string;
  key: string;
  type: "single" | "multiple" | "true_false" | "fill_blank" | "numeric" | "matching" | "ordering" | "essay";
  status: "active" | "retired";
  /** A cited source was superseded; kept out of new papers until reviewed */
  needsReview: boolean;
  reviewReason: string | null;
  /** Set by item analysis when the question discriminates badly */
  qualityFlag: string | null;
  categoryId: string | null;
  categoryPath: string | null;
  dimension: string | null;
  difficulty: number | null;
  tags: Array<string>;
  currentVersion: number;
  updatedAt: string;
  /** The current version: meta and body of the question, answer key included (trainers only) */
  content: QuestionContent;
  bankName: string;
}

export interface QuestionSearchPageDto {
  items: Array<QuestionSearchHitDto>;
  total: number;
  /** The words every hit contains (split at spaces, full-width folded), for highlighting */
  terms: Array<string>;
}

export interface QuestionVersionDto {
  version: number;
  content: QuestionContent;
  createdAt: string;
  createdByName: string | null;
  changeNote: string | null;
}

export interface RatioDto {
  count: number;
  of: number;
  share: number;
}

export interface ReplaceBrandListDto {
  year: number;
  brands: Array<ListedBrandDto>;
}

export interface ReplaceWeightsDto {
  /** Every item once */
  weights: Array<WeightInputDto>;
}

export interface ResetPasswordDto {
  password: string;
}

export interface ResponseTallyDto {
  count: number;
  percent: number | null;
}

export interface ResultDto {
  attemptId: string;
  sittingId: string;
  title: string;
  status: "in_progress" | "scoring" | "submitted" | "graded";
  submittedAt: string | null;
  visible: ReviewVisibilityDto;
  /** More (answers, explanations) becomes visible once the window closes */
  moreAfterClose: boolean;
  score?: number | null;
  maxScore?: number;
  percent?: number | null;
  passed?: boolean | null;
  passPercent?: number;
  /** Only when the review policy shows correctness */
  byDimension?: Array<DimensionScoreDto>;
  questions?: Array<ReviewedQuestionDto>;
}

export interface RevertQuestionDto {
  /** The earlier version whose content becomes the new current version */
  version: number;
}

export interface ReviewedAttemptDto {
  id: string;
  sittingId: string;
  userId: string;
  attemptNo: number;
  status: "in_progress" | "scoring" | "submitted" | "graded";
  startedAt: string;
  /** The deadline the attempt was given when it started */
  deadline: string;
  /** The deadline the candidate's window gives now (after overrides) */
  expectedDeadline: string;
  submittedAt: string | null;
  submittedBy: "candidate" | "server" | "switch_limit" | null;
  score: number | null;
  maxScore: number;
  switchCount: number;
}

export interface ReviewedQuestionDto {
  slot: number;
  type: "single" | "multiple" | "true_false" | "fill_blank" | "numeric" | "matching" | "ordering" | "essay";
  /** Sanitised rich text; fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  points: number;
  /** single, multiple */
  options?: Array<ChoiceViewDto>;
  /** matching */
  left?: Array<ChoiceViewDto>;
  /** matching */
  right?: Array<ChoiceViewDto>;
  /** ordering (shuffled) */
  items?: Array<ChoiceViewDto>;
  /** fill_blank */
  blanks?: number;
  /** numeric */
  unit?: string;
  yourAnswer: AnswerValue;
  state?: "correct" | "partial" | "incorrect" | "unanswered" | "needs_grading" | null;
  score?: number | null;
  /** Only when the review policy allows; an essay’s is its reference answer */
  rightAnswer?: AnswerKey;
  explanation?: string;
  feedback?: string | null;
}

export interface ReviewedSlotDto {
  slot: number;
  questionId: string;
  version: number;
  points: number;
  /** In stored ids */
  answer: AnswerValue;
  savedAt: string | null;
  state: "correct" | "partial" | "incorrect" | "unanswered" | "needs_grading" | null;
  score: number | null;
  feedback: string | null;
  /** The version the candidate was shown, key included */
  content: QuestionContent;
  /** The order the candidate saw the choices in; null: as stored */
  shownOrder: ShownOrderDto | null;
}

export interface ReviewPolicyDto {
  /** Shown right after submitting */
  afterSubmit: ReviewVisibilityInputDto;
  /** Shown after the window closes */
  afterClose: ReviewVisibilityInputDto;
}

export interface ReviewVisibilityDto {
  score: boolean;
  correctness: boolean;
  rightAnswers: boolean;
  explanations: boolean;
}

export interface ReviewVisibilityInputDto {
  score: boolean;
  correctness: boolean;
  rightAnswers: boolean;
  explanations: boolean;
}

export interface RubricItemDto {
  criterion: string;
  points: number;
}

export interface SaveAnswerDto {
  /** null clears */
  answer: AnswerValue;
  /** The client's increasing sequence number; an older one never overwrites a newer one */
  seq: number;
}

export interface SavedAnswerDto {
  slot: number;
  /** As saved; shape by type */
  answer: AnswerValue;
  seq: number;
  savedAt: string | null;
}

export interface SavedDto {
  seq: number;
  savedAt: string;
  /** The server's clock when it answered, to keep a countdown right */
  serverNow: string;
}

export interface ScorecardDto {
  unitId: string;
  unitName: string;
  month: string;
  /** Every customer manager of the subtree, by rank */
  people: Array<ScorecardPersonDto>;
  kpis: Array<UnitKpiSummaryDto>;
  exams: Array<MonthExamDto>;
  examsOverall: ParticipationDto;
}

export interface ScorecardPersonDto {
  userId: string;
  username: string;
  displayName: string;
  unitName: string;
  /** The weighted score, 0–100, exact (shown to two decimals) */
  score: number | null;
  /** Highest score first; equal shown scores share a rank; null without a score */
  rank: number | null;
  /** Σ weights of the items that counted */
  weightCounted: number;
  items: Array<ItemScoreDto>;
  kpis: Array<KpiValueDto>;
  /** Exam attendance this month (参考) */
  attendance: AttendanceDto;
}

export interface SetOverridesDto {
  overrides: Array<OverrideDto>;
}

export interface ShareQuestionBankDto {
  /** Units whose trainers may also edit the bank (replaces the list); only units within the caller’s scope */
  unitIds: Array<string>;
}

export interface SheetDto {
  items: Record<string, number>;
  total: number;
}

export interface SheetInputDto {
  /** A score for every item of the rubric, by key */
  items: Record<string, number>;
}

export interface ShownIdsDto {
  options?: Record<string, string>;
  left?: Record<string, string>;
  right?: Record<string, string>;
  items?: Record<string, string>;
}

export interface ShownOrderDto {
  options?: Array<string>;
  left?: Array<string>;
  right?: Array<string>;
  items?: Array<string>;
  ids?: ShownIdsDto;
}

export interface SimilarPairDto {
  /** The question of this bank */
  question: SimilarStemDto;
  /** The similar question, in this bank or another the caller can see */
  similar: SimilarStemDto;
  /** Dice similarity of character bigrams, 0–1 */
  similarity: number;
}

export interface SimilarStemDto {
  questionId: string;
  bankId: string;
  bankName: string;
  key: string;
  stem: string;
}

export interface SingleContentDto {
  /** Stable key within the bank (a question's current content; versions leave it out) */
  key?: string;
  /** Category path, levels joined by '/' (a question's current content) */
  category?: string;
  /** A question's current content */
  tags?: Array<string>;
  /** Plain text or sanitised HTML; fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  difficulty?: number;
  points?: number;
  explanation?: string;
  source?: SourceReferenceDto;
  type: "single";
  options: Array<ChoiceDto>;
  /** The right option id */
  answer: string;
  /** Options other than the key that earn part of the marks: option id → fraction (0..1) */
  credit?: Record<string, number>;
}

export interface SittingDto {
  id: string;
  paperId: string;
  paperTitle: string;
  title: string;
  opensAt: string;
  closesAt: string;
  durationMinutes: number;
  attemptsAllowed: number;
  gradingMethod: "highest" | "last" | "average" | "first";
  passPercent: number;
  shuffleQuestions: boolean;
  reviewPolicy: ReviewPolicyDto;
  switchLimit: number | null;
  makeupOf: string | null;
  ownerUnitId: string;
  assignees: Array<AssigneeViewDto>;
  overrides: Array<OverrideViewDto>;
  /** Whether the caller may change it (overrides, make-ups); managers following their people read only */
  canManage: boolean;
}

export interface SittingEndedDto {
  /** When every window of the sitting and its make-ups now closes */
  closedAt: string;
  /** Attempts still being answered, submitted and scored by the server */
  submittedAttempts: number;
}

export interface SourceDocumentDto {
  title: string;
  questionCount: number;
  needsReviewCount: number;
  supersededAt: string | null;
  supersededNote: string | null;
}

export interface SourceReferenceDto {
  document: string;
  article?: string;
  effectiveDate?: string;
}

export interface SpeakerResultDto {
  rank: number;
  score: number;
  aggregated: number;
  penalty: number;
  judges: Array<JudgeScoreDto>;
}

export interface SpeechHostDto {
  rubric: Array<SpeechRubricItemDto>;
  judges: Array<PersonNameDto>;
  speakers: Array<HostSpeakerDto>;
  pendingCorrections: Array<CorrectionDto>;
}

export interface SpeechRubricItemDto {
  /** What the judges’ scores name it by */
  key: string;
  label: string;
  max: number;
}

export interface SpeechTimeDto {
  /** How long the speaker spoke, by the speech timer */
  seconds: number;
}

export interface SpreadEntryDto {
  count: number;
  share: number;
}

export interface StandingDto {
  participantId: string;
  name: string;
  /** Two decimals; the rank compares the third */
  score: number;
  rank: number;
}

export interface StandingsDto {
  items: Array<StandingDto>;
}

export interface SubjectKpiDto {
  unitId: string;
  month: string;
  dimension: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  kpi: string;
  /** People with both a level and a KPI value */
  points: Array<SubjectKpiPointDto>;
  /** People with both */
  n: number;
  /** Pearson's r; null when the data says nothing */
  r: number | null;
  /** Why there is no r */
  why: "too_few" | "no_spread" | null;
  /** Least people for an r */
  minPeople: number;
}

export interface SubjectKpiPointDto {
  person: PersonRefDto;
  /** Subject level (share of points), current window */
  level: number;
  /** The KPI's value that month */
  value: number;
}

export interface SubjectLevelDto {
  dimension: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  level: number | null;
  target: number;
  gap: number | null;
}

export interface SuggestionDto {
  kind: "practice" | "training" | "none";
  dimension: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测" | null;
  reason: "subject_below" | "kpi_subject_below" | "kpi_subject_unassessed" | "nothing";
  kpi: string | null;
}

export interface SupersedeResultDto {
  /** Questions flagged for review */
  flagged: number;
}

export interface SupersedeSourceDto {
  title: string;
  note: string;
}

export interface TestStatisticsDto {
  /** Graded attempts analysed */
  count: number;
  mean: number | null;
  median: number | null;
  variance: number | null;
  standardDeviation: number | null;
  skewness: number | null;
  kurtosis: number | null;
  /** Coefficient of internal consistency (Cronbach alpha) × 100 */
  cicPercent: number | null;
  errorRatioPercent: number | null;
  standardError: number | null;
}

export interface TimelineEventDto {
  /** started, hidden (a page switch), visible, offline, online, unload, submitted, regraded */
  kind: string;
  at: string;
  /** The device's own clock */
  clientAt: string | null;
  /** What the event carries, by kind */
  details: Record<string, unknown> | null;
}

export interface TooFewAttemptsReviewDto {
  item: number;
  status: "too_few_attempts";
  note: string;
}

export interface TrainingAssigneeDto {
  /** Everyone in this unit's subtree (or, with role, those holding it there) */
  unitId?: string;
  /** Alone: the role's holders in the owner unit's subtree */
  role?: "staff" | "trainer" | "manager" | "admin";
  userId?: string;
}

export interface TrainingAssigneeViewDto {
  unitId: string | null;
  role: string | null;
  userId: string | null;
}

export interface TrainingCalendarDto {
  month: string;
  sessions: Array<CalendarEntryDto>;
  cadence: CadenceDto;
}

export interface TrainingDto {
  id: string;
  ownerUnitId: string;
  title: string;
  form: "collective" | "self_study" | "morning_meeting" | "evening_meeting" | "knowledge_contest" | "speech_contest" | "exam";
  topic: string;
  subjects: Array<string>;
  trainerId: string | null;
  place: string;
  onlineLink: string | null;
  startsAt: string;
  endsAt: string;
  required: boolean;
  opensEarlyMinutes: number;
  lateAfterMinutes: number;
  signOut: boolean;
  sittingId: string | null;
  assignees: Array<TrainingAssigneeViewDto>;
  /** Whether the caller may change it and run its check-in */
  canManage: boolean;
}

export interface TrainingInputDto {
  title: string;
  form: "collective" | "self_study" | "morning_meeting" | "evening_meeting" | "knowledge_contest" | "speech_contest" | "exam";
  topic?: string;
  /** Competency dimensions the session covers */
  subjects?: Array<string>;
  /** Who runs it; the creator when absent */
  trainerId?: string;
  place?: string;
  onlineLink?: string;
  startsAt: string;
  endsAt: string;
  required?: boolean;
  /** Check-in opens this many minutes before the start */
  opensEarlyMinutes?: number;
  /** A check-in after start + this many minutes is late */
  lateAfterMinutes?: number;
  signOut?: boolean;
  /** The exam sitting that follows the training */
  sittingId?: string;
  assignees: Array<TrainingAssigneeDto>;
}

export interface TrueFalseContentDto {
  /** Stable key within the bank (a question's current content; versions leave it out) */
  key?: string;
  /** Category path, levels joined by '/' (a question's current content) */
  category?: string;
  /** A question's current content */
  tags?: Array<string>;
  /** Plain text or sanitised HTML; fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  difficulty?: number;
  points?: number;
  explanation?: string;
  source?: SourceReferenceDto;
  type: "true_false";
  answer: boolean;
}

export interface UnitCompetencyDto {
  unitId: string;
  unitName: string;
  month: string;
  windowMonths: number;
  /** Staff in the subtree */
  people: number;
  /** exam_score_rate while no evidence other than exams exists in the window */
  basis: "exam_score_rate" | "mixed" | "none";
  minimum: EvidenceMinimumDto;
  dimensions: Array<UnitDimensionDto>;
  /** One page of people, most dimensions below target or without enough evidence first, then by name */
  page: Array<PersonLevelsDto>;
  total: number;
}

export interface UnitDimensionDto {
  dimension: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  target: number;
  /** Pooled level: all points earned / all points at stake in the subtree */
  level: number | null;
  /** People with evidence in this dimension */
  assessed: number;
  /** Of those, below the target */
  below: number;
}

export interface UnitDto {
  id: string;
  name: string;
  parentId: string | null;
  /** Names from the root, e.g. 营销部/城中客户服务部 */
  path: string;
  /** Users directly in this unit */
  userCount: number;
}

export interface UnitKpisDto {
  unitId: string;
  unitName: string;
  month: string;
  /** Staff in the subtree */
  people: number;
  kpis: Array<UnitKpiSummaryDto>;
  /** One page of people, most missed first, then by name */
  page: Array<PersonKpiRowDto>;
  total: number;
}

export interface UnitKpiSummaryDto {
  kpi: "guidance_coverage" | "guidance_coverage_ytd" | "effective_guidance" | "awareness" | "self_reported_orders" | "push_coverage" | "quota_exhausted" | "quota_underused" | "month_start_surge" | "personal_service" | "price_per_carton" | "sales_volume" | "forecast_accuracy";
  /** Σ numerators over the subtree (Σ accurate volume for forecasts) */
  numerator: number | null;
  /** Σ denominators over the subtree, e.g. guidance cases verified */
  denominator: number | null;
  /** Pooled over the subtree: Σ numerators / Σ denominators (volume-weighted for forecasts) */
  value: number | null;
  target: number | null;
  status: "met" | "missed" | "info" | "no_target" | "no_data";
  /** People with data this month */
  reported: number;
  /** Of those, meeting the target */
  met: number;
}

export interface UpdateCompetencyTargetsDto {
  targets: Array<CompetencyTargetInputDto>;
}

export interface UpdateKpiTargetsDto {
  targets: Array<KpiTargetInputDto>;
}

export interface UpdateQuestionBankDto {
  name?: string;
  description?: string;
  /** practice = 练习题 (practice may serve it); exam = 考试题 (reserved for exams, never served by practice) */
  purpose?: "practice" | "exam";
}

export interface UpdateQuestionCategoryDto {
  /** practice = 练习题 (practice may serve it); exam = 考试题 (reserved for exams, never served by practice); null follows the parent category, else the bank */
  purpose: "practice" | "exam" | null;
}

export interface UpdateQuestionDto {
  type: "single" | "multiple" | "true_false" | "fill_blank" | "numeric" | "matching" | "ordering" | "essay";
  /** Stable key within the bank; generated when absent */
  key?: string;
  /** Rich text (sanitised); fill_blank marks blanks as {{1}}, {{2}} */
  stem: string;
  /** Category path, levels joined by / */
  category?: string;
  dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  difficulty?: number;
  points?: number;
  tags?: Array<string>;
  explanation?: string;
  source?: SourceReferenceDto;
  /** single, multiple */
  options?: Array<ChoiceDto>;
  /** single: options other than the key that earn part of the marks, option id → fraction (0..1) */
  credit?: Record<string, number>;
  /** matching */
  left?: Array<ChoiceDto>;
  /** matching (may include distractors) */
  right?: Array<ChoiceDto>;
  /** ordering */
  items?: Array<ChoiceDto>;
  /** essay: omit */
  answer?: AnswerKey;
  /** numeric */
  unit?: string;
  /** essay */
  referenceAnswer?: string;
  /** essay */
  rubric?: Array<RubricItemDto>;
  /** Why this version was made */
  changeNote?: string;
}

export interface UpdateUnitDto {
  name?: string;
  parentId?: string | null;
}

export interface UpdateUserDto {
  displayName?: string;
  roles?: Array<"staff" | "trainer" | "manager" | "admin">;
  unitId?: string;
  disabled?: boolean;
}

export interface UserDto {
  id: string;
  username: string;
  displayName: string;
  roles: Array<"staff" | "trainer" | "manager" | "admin">;
  unitId: string;
  unitName: string;
  disabled: boolean;
}

export interface UserImportReportDto {
  /** Users created (or, on a dry run, that would be) */
  created: number;
  errors: Array<ImportErrorDto>;
}

export interface UserPageDto {
  items: Array<UserDto>;
  total: number;
}

export interface WeightInputDto {
  /** 'exam' for the month's exams, else a KPI code */
  item: "exam" | "guidance_coverage_ytd" | "effective_guidance" | "awareness" | "self_reported_orders" | "push_coverage" | "quota_exhausted" | "month_start_surge" | "personal_service" | "price_per_carton" | "sales_volume" | "forecast_accuracy";
  /** A whole number; all items together must add up to 100 */
  weight: number;
}

export interface WeightItemDto {
  item: "exam" | "guidance_coverage_ytd" | "effective_guidance" | "awareness" | "self_reported_orders" | "push_coverage" | "quota_exhausted" | "month_start_surge" | "personal_service" | "price_per_carton" | "sales_volume" | "forecast_accuracy";
  name: string;
  nameEn: string;
  weight: number;
  /** The plan's default (decisions §22) */
  planWeight: number;
}

export interface WeightsDto {
  departmentId: string;
  departmentName: string;
  /** The department saved its own weights; false while the plan's apply */
  custom: boolean;
  updatedAt: string | null;
  /** The caller may change them (the head of the department, or an admin) */
  mayEdit: boolean;
  items: Array<WeightItemDto>;
}

export interface WrongAnswerDetailDto {
  questionId: string;
  dimension: string | null;
  /** The question as stored, with its key and explanation */
  content: QuestionContent;
  /** The person's own wrong exam answers, newest first (at most 5) */
  myAnswers: Array<WrongAnswerDto>;
}

export interface WrongAnswerDto {
  /** The answer as stored (option ids as stored) */
  answer: AnswerValue;
  answeredAt: string;
}

export interface WrongBookEntryDto {
  questionId: string;
  version: number;
  type: string;
  stem: string;
  dimension: string | null;
  /** Leitner box 1–5 */
  box: number;
  dueAt: string;
  wrongCount: number;
  lastWrongAt: string | null;
  mastered: boolean;
}

export interface ApiOperations {
  'GET /api/admin/backups': {
    response: BackupStatusDto;
  };
  'POST /api/admin/backups': {
    response: BackupInfoDto;
  };
  'GET /api/admin/backups/{name}': {
    path: { name: string };
    response: void;
  };
  'GET /api/attempts/{attemptId}': {
    path: { attemptId: string };
    response: AttemptDto;
  };
  'PUT /api/attempts/{attemptId}/answers/{slot}': {
    path: { attemptId: string; slot: number };
    body: SaveAnswerDto;
    response: SavedDto;
  };
  'POST /api/attempts/{attemptId}/events': {
    path: { attemptId: string };
    body: AttemptEventDto;
    response: AttemptEventResultDto;
  };
  'GET /api/attempts/{attemptId}/result': {
    path: { attemptId: string };
    response: ResultDto;
  };
  'GET /api/attempts/{attemptId}/review': {
    path: { attemptId: string };
    response: AttemptReviewDto;
  };
  'POST /api/attempts/{attemptId}/submit': {
    path: { attemptId: string };
    response: ResultDto;
  };
  'POST /api/auth/login': {
    body: LoginRequestDto;
    response: LoginResponseDto;
  };
  'POST /api/auth/logout': {
    response: void;
  };
  'POST /api/auth/refresh': {
    response: LoginResponseDto;
  };
  'POST /api/coaching/actions': {
    body: CreateCoachingActionDto;
    response: CoachingActionDto;
  };
  'PUT /api/coaching/actions/{actionId}/close': {
    path: { actionId: string };
    response: CoachingActionDto;
  };
  'GET /api/coaching/mine': {
    response: Array<MyCoachingActionDto>;
  };
  'GET /api/coaching/units/{unitId}/actions': {
    path: { unitId: string };
    query: { status?: "open" | "closed" };
    response: Array<CoachingActionDto>;
  };
  'GET /api/coaching/units/{unitId}/matrix': {
    path: { unitId: string };
    query: { month?: string };
    response: CoachingMatrixDto;
  };
  'GET /api/coaching/units/{unitId}/subject-kpi': {
    path: { unitId: string };
    query: { month?: string; dimension: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测"; kpi: string };
    response: SubjectKpiDto;
  };
  'GET /api/competency/people/{userId}': {
    path: { userId: string };
    query: { months?: number; month?: string };
    response: PersonCompetencyDto;
  };
  'GET /api/competency/targets': {
    response: Array<CompetencyTargetDto>;
  };
  'PUT /api/competency/targets': {
    body: UpdateCompetencyTargetsDto;
    response: Array<CompetencyTargetDto>;
  };
  'GET /api/competency/units/{unitId}': {
    path: { unitId: string };
    query: { page?: number; pageSize?: number; month?: string };
    response: UnitCompetencyDto;
  };
  'GET /api/competency/units/{unitId}/export': {
    path: { unitId: string };
    query: { page?: number; pageSize?: number; month?: string };
    response: void;
  };
  'GET /api/contests': {
    response: Array<ContestDto>;
  };
  'POST /api/contests': {
    body: CreateContestDto;
    response: CreatedContestDto;
  };
  'GET /api/contests/{id}': {
    path: { id: string };
    response: ContestDto;
  };
  'GET /api/contests/{id}/consistency': {
    path: { id: string };
    response: ConsistencyDto;
  };
  'GET /api/contests/{id}/export': {
    path: { id: string };
    query: { format: "xlsx" };
    response: void;
  };
  'POST /api/contests/{id}/judges': {
    path: { id: string };
    body: PeopleDto;
    response: SpeechHostDto;
  };
  'GET /api/contests/{id}/judging': {
    path: { id: string };
    response: JudgingDto;
  };
  'POST /api/contests/{id}/speakers': {
    path: { id: string };
    body: PeopleDto;
    response: SpeechHostDto;
  };
  'GET /api/contests/{id}/speech': {
    path: { id: string };
    response: SpeechHostDto;
  };
  'POST /api/contests/{id}/speeches/{speakerId}/lock': {
    path: { id: string; speakerId: string };
    response: SpeechHostDto;
  };
  'PUT /api/contests/{id}/speeches/{speakerId}/scores/{judgeId}': {
    path: { id: string; speakerId: string; judgeId: string };
    body: SheetInputDto;
    response: SheetDto;
  };
  'POST /api/contests/{id}/speeches/{speakerId}/scores/{judgeId}/correction': {
    path: { id: string; speakerId: string; judgeId: string };
    body: CorrectionInputDto;
    response: SpeechHostDto;
  };
  'POST /api/contests/{id}/speeches/{speakerId}/scores/{judgeId}/correction/approve': {
    path: { id: string; speakerId: string; judgeId: string };
    response: SpeechHostDto;
  };
  'POST /api/contests/{id}/speeches/{speakerId}/scores/{judgeId}/correction/reject': {
    path: { id: string; speakerId: string; judgeId: string };
    response: SpeechHostDto;
  };
  'PUT /api/contests/{id}/speeches/{speakerId}/time': {
    path: { id: string; speakerId: string };
    body: SpeechTimeDto;
    response: SpeechHostDto;
  };
  'GET /api/contests/{id}/standings': {
    path: { id: string };
    response: StandingsDto;
  };
  'GET /api/contests/judging': {
    response: Array<PanelDto>;
  };
  'POST /api/exams/{sittingId}/attempts': {
    path: { sittingId: string };
    response: AttemptDto;
  };
  'POST /api/grading/attempts/{attemptId}/slots/{slot}': {
    path: { attemptId: string; slot: number };
    body: EssayMarkDto;
    response: EssayMarkResultDto;
  };
  'GET /api/grading/queue': {
    query: { includeMarked?: "true" | "false" };
    response: Array<GradingQueueItemDto>;
  };
  'GET /api/health': {
    response: HealthDto;
  };
  'GET /api/instance': {
    response: InstanceDto;
  };
  'GET /api/kpi/brand-lists': {
    query: { year: number };
    response: BrandListDto;
  };
  'PUT /api/kpi/brand-lists': {
    body: ReplaceBrandListDto;
    response: BrandListDto;
  };
  'POST /api/kpi/brand-lists/import': {
    query: { year: number; dryRun?: "true" | "false" };
    body: FormData;
    response: BrandListImportDto;
  };
  'GET /api/kpi/brand-lists/template': {
    response: void;
  };
  'GET /api/kpi/definitions': {
    response: Array<KpiDefinitionDto>;
  };
  'POST /api/kpi/imports': {
    query: { kind: KpiImportKind; dryRun?: "true" | "false" };
    body: FormData;
    response: KpiImportReportDto;
  };
  'GET /api/kpi/people/{userId}': {
    path: { userId: string };
    query: { months?: number; month?: string };
    response: PersonKpisDto;
  };
  'PUT /api/kpi/targets': {
    body: UpdateKpiTargetsDto;
    response: Array<KpiDefinitionDto>;
  };
  'GET /api/kpi/template': {
    query: { kind: KpiImportKind };
    response: void;
  };
  'GET /api/kpi/units/{unitId}': {
    path: { unitId: string };
    query: { page?: number; pageSize?: number; month?: string };
    response: UnitKpisDto;
  };
  'GET /api/kpi/units/{unitId}/export': {
    path: { unitId: string };
    query: { page?: number; pageSize?: number; month?: string };
    response: void;
  };
  'GET /api/me': {
    response: MeDto;
  };
  'GET /api/me/dimensions': {
    response: Array<DimensionStandingDto>;
  };
  'GET /api/me/exams': {
    response: Array<MyExamDto>;
  };
  'PUT /api/me/password': {
    body: ChangePasswordDto;
    response: LoginResponseDto;
  };
  'GET /api/me/practice': {
    query: { source: "wrong_book" | "dimension"; dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测"; count?: number };
    response: Array<PracticeQuestionDto>;
  };
  'POST /api/me/practice/answers': {
    body: PracticeAnswerDto;
    response: PracticeFeedbackDto;
  };
  'GET /api/me/trainings': {
    response: Array<MyTrainingDto>;
  };
  'GET /api/me/wrong-answers': {
    response: Array<WrongBookEntryDto>;
  };
  'GET /api/me/wrong-answers/{questionId}': {
    path: { questionId: string };
    response: WrongAnswerDetailDto;
  };
  'GET /api/papers': {
    response: Array<PaperDto>;
  };
  'POST /api/papers': {
    body: CreatePaperDto;
    response: PaperDetailDto;
  };
  'GET /api/papers/{id}': {
    path: { id: string };
    response: PaperDetailDto;
  };
  'GET /api/papers/{id}/preview': {
    path: { id: string };
    response: Array<CandidateQuestionDto>;
  };
  'GET /api/question-banks': {
    response: Array<QuestionBankDto>;
  };
  'POST /api/question-banks': {
    body: CreateQuestionBankDto;
    response: QuestionBankDto;
  };
  'GET /api/question-banks/{bankId}': {
    path: { bankId: string };
    response: QuestionBankDto;
  };
  'PATCH /api/question-banks/{bankId}': {
    path: { bankId: string };
    body: UpdateQuestionBankDto;
    response: QuestionBankDto;
  };
  'GET /api/question-banks/{bankId}/categories': {
    path: { bankId: string };
    response: Array<QuestionCategoryDto>;
  };
  'POST /api/question-banks/{bankId}/categories': {
    path: { bankId: string };
    body: CreateQuestionCategoryDto;
    response: QuestionCategoryDto;
  };
  'PATCH /api/question-banks/{bankId}/categories/{categoryId}': {
    path: { bankId: string; categoryId: string };
    body: UpdateQuestionCategoryDto;
    response: QuestionCategoryDto;
  };
  'GET /api/question-banks/{bankId}/export': {
    path: { bankId: string };
    query: { format: QuestionExportFormat };
    response: void;
  };
  'POST /api/question-banks/{bankId}/imports': {
    path: { bankId: string };
    query: { dryRun?: "true" | "false"; duplicates?: "skip" | "new_version" };
    body: FormData;
    response: QuestionImportReportDto;
  };
  'GET /api/question-banks/{bankId}/quality': {
    path: { bankId: string };
    response: BankQualityDto;
  };
  'GET /api/question-banks/{bankId}/questions': {
    path: { bankId: string };
    query: { page?: number; pageSize?: number; type?: "single" | "multiple" | "true_false" | "fill_blank" | "numeric" | "matching" | "ordering" | "essay"; categoryId?: string; dimension?: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测"; difficulty?: number; tag?: string; status?: "active" | "retired"; needsReview?: "true" | "false"; q?: string; ids?: string };
    response: QuestionPageDto;
  };
  'POST /api/question-banks/{bankId}/questions': {
    path: { bankId: string };
    body: QuestionInputDto;
    response: QuestionDto;
  };
  'POST /api/question-banks/{bankId}/questions/bulk': {
    path: { bankId: string };
    body: BulkQuestionActionDto;
    response: BulkResultDto;
  };
  'POST /api/question-banks/{bankId}/questions/check': {
    path: { bankId: string };
    body: DraftCheckDto;
    response: DraftCheckResultDto;
  };
  'PUT /api/question-banks/{bankId}/shares': {
    path: { bankId: string };
    body: ShareQuestionBankDto;
    response: QuestionBankDto;
  };
  'GET /api/question-banks/import-template': {
    response: void;
  };
  'GET /api/question-banks/search': {
    query: { page?: number; pageSize?: number; q: string };
    response: QuestionSearchPageDto;
  };
  'GET /api/questions/{id}': {
    path: { id: string };
    response: QuestionDto;
  };
  'PUT /api/questions/{id}': {
    path: { id: string };
    body: UpdateQuestionDto;
    response: QuestionDto;
  };
  'POST /api/questions/{id}/key-correction': {
    path: { id: string };
    body: KeyCorrectionDto;
    response: KeyCorrectionResultDto;
  };
  'POST /api/questions/{id}/restore': {
    path: { id: string };
    response: QuestionDto;
  };
  'POST /api/questions/{id}/retire': {
    path: { id: string };
    response: QuestionDto;
  };
  'POST /api/questions/{id}/revert': {
    path: { id: string };
    body: RevertQuestionDto;
    response: QuestionDto;
  };
  'POST /api/questions/{id}/review': {
    path: { id: string };
    response: QuestionDto;
  };
  'GET /api/questions/{id}/versions': {
    path: { id: string };
    response: Array<QuestionVersionDto>;
  };
  'GET /api/reports/monthly-assessment': {
    query: { unitId: string; month?: string; format: "xlsx" | "pdf" };
    response: void;
  };
  'GET /api/reports/scorecard': {
    query: { unitId: string; month?: string };
    response: ScorecardDto;
  };
  'GET /api/reports/weights': {
    query: { unitId: string };
    response: WeightsDto;
  };
  'PUT /api/reports/weights': {
    body: ReplaceWeightsDto;
    response: WeightsDto;
  };
  'GET /api/sittings': {
    response: Array<SittingDto>;
  };
  'POST /api/sittings': {
    body: CreateSittingDto;
    response: SittingDto;
  };
  'GET /api/sittings/{id}': {
    path: { id: string };
    response: SittingDto;
  };
  'POST /api/sittings/{id}/end': {
    path: { id: string };
    response: SittingEndedDto;
  };
  'GET /api/sittings/{id}/item-analysis': {
    path: { id: string };
    response: ItemAnalysisDto;
  };
  'POST /api/sittings/{id}/item-analysis/flags': {
    path: { id: string };
    response: ItemAnalysisDto;
  };
  'POST /api/sittings/{id}/makeup': {
    path: { id: string };
    body: CreateMakeupDto;
    response: SittingDto;
  };
  'PUT /api/sittings/{id}/overrides': {
    path: { id: string };
    body: SetOverridesDto;
    response: SittingDto;
  };
  'GET /api/sittings/{id}/results': {
    path: { id: string };
    response: Array<CandidateResultDto>;
  };
  'GET /api/sittings/{id}/results/export': {
    path: { id: string };
    response: void;
  };
  'GET /api/source-documents': {
    response: Array<SourceDocumentDto>;
  };
  'POST /api/source-documents/supersede': {
    body: SupersedeSourceDto;
    response: SupersedeResultDto;
  };
  'GET /api/trainings': {
    query: { unitId?: string; month?: string };
    response: Array<TrainingDto>;
  };
  'POST /api/trainings': {
    body: TrainingInputDto;
    response: TrainingDto;
  };
  'GET /api/trainings/{id}': {
    path: { id: string };
    response: TrainingDto;
  };
  'PATCH /api/trainings/{id}': {
    path: { id: string };
    body: TrainingInputDto;
    response: TrainingDto;
  };
  'DELETE /api/trainings/{id}': {
    path: { id: string };
    response: void;
  };
  'GET /api/trainings/{id}/attendance': {
    path: { id: string };
    response: AttendanceDto;
  };
  'PUT /api/trainings/{id}/attendance/{userId}': {
    path: { id: string; userId: string };
    body: AttendanceCorrectionDto;
    response: AttendanceItemDto;
  };
  'GET /api/trainings/{id}/check-in-code': {
    path: { id: string };
    response: CheckInCodeDto;
  };
  'POST /api/trainings/{id}/check-ins': {
    path: { id: string };
    body: CheckInInputDto;
    response: CheckInDto;
  };
  'PUT /api/trainings/{id}/leave': {
    path: { id: string };
    body: LeaveInputDto;
    response: AttendanceItemDto;
  };
  'PUT /api/trainings/{id}/leave-requests/{userId}': {
    path: { id: string; userId: string };
    body: LeaveDecisionDto;
    response: AttendanceItemDto;
  };
  'GET /api/units': {
    response: Array<UnitDto>;
  };
  'POST /api/units': {
    body: CreateUnitDto;
    response: UnitDto;
  };
  'PATCH /api/units/{id}': {
    path: { id: string };
    body: UpdateUnitDto;
    response: UnitDto;
  };
  'DELETE /api/units/{id}': {
    path: { id: string };
    response: void;
  };
  'GET /api/units/{unitId}/training-calendar': {
    path: { unitId: string };
    query: { month?: string };
    response: TrainingCalendarDto;
  };
  'GET /api/users': {
    query: { page?: number; pageSize?: number; q?: string; unitId?: string };
    response: UserPageDto;
  };
  'POST /api/users': {
    body: CreateUserDto;
    response: UserDto;
  };
  'PATCH /api/users/{id}': {
    path: { id: string };
    body: UpdateUserDto;
    response: UserDto;
  };
  'POST /api/users/{id}/password': {
    path: { id: string };
    body: ResetPasswordDto;
    response: void;
  };
  'GET /api/users/import-template': {
    response: void;
  };
  'POST /api/users/imports': {
    query: { dryRun?: string };
    body: FormData;
    response: UserImportReportDto;
  };
}
