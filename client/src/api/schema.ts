// Generated from server/openapi.json by `npm run openapi`. Do not edit.

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

export interface ChoiceDto {
  id: string;
  text: string;
}

export interface ChoiceViewDto {
  id: string;
  text: string;
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
  status: "met" | "below" | "no_evidence";
  /** Graded items behind the level */
  items: number;
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
export type ErrorCode = "auth.forbidden" | "auth.passwordChangeRequired" | "auth.required" | "auth.sessionOver" | "auth.tokenExpired" | "auth.tokenInvalid" | "auth.tokenMalformed" | "backups.notFound" | "common.badRequest" | "common.bodyTooLarge" | "common.conflict" | "common.forbidden" | "common.internal" | "common.invalidJson" | "common.notFound" | "common.throttled" | "common.unauthenticated" | "common.unavailable" | "common.unprocessable" | "common.validation.failed" | "common.validation.invalidNumber" | "common.validation.invalidText" | "common.validation.tooDeep" | "competency.person.notInScope" | "competency.targets.duplicateDimension" | "competency.targets.forbidden" | "exams.answer.invalidShape" | "exams.answer.missing" | "exams.answer.stale" | "exams.attempt.closed" | "exams.attempt.noSuchSlot" | "exams.attempt.notFound" | "exams.attempt.startFailed" | "exams.attempt.submitted" | "exams.grading.notEssay" | "exams.grading.notSubmitted" | "exams.grading.scoreOutOfRange" | "exams.live.forbidden" | "exams.makeup.nobody" | "exams.paper.duplicateQuestion" | "exams.paper.empty" | "exams.paper.noRules" | "exams.paper.notFound" | "exams.paper.questionNeedsReview" | "exams.paper.questionNotFound" | "exams.paper.questionRetired" | "exams.paper.ruleShortfall" | "exams.practice.dimensionRequired" | "exams.practice.essay" | "exams.practice.heldBack" | "exams.practice.keyNotReleased" | "exams.practice.questionNotFound" | "exams.practice.unanswered" | "exams.sitting.alreadyEnded" | "exams.sitting.attemptsUsed" | "exams.sitting.emptyAssignee" | "exams.sitting.invalidWindow" | "exams.sitting.noAssignees" | "exams.sitting.notAssigned" | "exams.sitting.notFound" | "exams.sitting.notOpenYet" | "exams.sitting.over" | "exams.sitting.shortfall" | "exams.wrongBook.entryNotFound" | "exams.wrongBook.heldBack" | "files.tooLarge" | "files.unsafeArchive" | "identity.account.unavailable" | "identity.import.fileMissing" | "identity.import.invalidRows" | "identity.import.missingColumns" | "identity.import.noRows" | "identity.import.tooManyRows" | "identity.import.unreadable" | "identity.login.accountDisabled" | "identity.login.demoPassword" | "identity.login.throttled" | "identity.login.wrongCredentials" | "identity.password.currentWrong" | "identity.password.unchanged" | "identity.password.weak" | "identity.scope.fieldUnitNotInScope" | "identity.scope.ownUnitGone" | "identity.scope.personNotInScope" | "identity.scope.unitNotInScope" | "identity.unit.moveIntoOwnSubtree" | "identity.unit.nameTaken" | "identity.unit.notEmpty" | "identity.unit.notFound" | "identity.unit.parentNotFound" | "identity.user.cannotLockOutSelf" | "identity.user.invalidUsername" | "identity.user.notFound" | "identity.user.notInScope" | "identity.user.usernameTaken" | "kpi.brandList.forbidden" | "kpi.brandList.invalid" | "kpi.import.fileMissing" | "kpi.import.invalidRows" | "kpi.import.invalidRowsListed" | "kpi.import.legacyExcel" | "kpi.import.looksLikeForecasts" | "kpi.import.looksLikeRatios" | "kpi.import.missingColumns" | "kpi.import.noRows" | "kpi.import.notAWorkbook" | "kpi.import.tooManyRows" | "kpi.import.unreadable" | "kpi.import.unsupportedFile" | "kpi.month.invalid" | "kpi.person.notInScope" | "kpi.targets.duplicate" | "kpi.targets.forbidden" | "kpi.targets.invalid" | "kpi.targets.unknownKpi" | "live.topic.unknown" | "questionBank.bank.createForbidden" | "questionBank.bank.editForbidden" | "questionBank.bank.notFound" | "questionBank.bank.shareForbidden" | "questionBank.bulk.tagRequired" | "questionBank.category.exists" | "questionBank.category.notFound" | "questionBank.category.parentNotFound" | "questionBank.category.slashInName" | "questionBank.import.empty" | "questionBank.import.fileMissing" | "questionBank.import.fileTooLarge" | "questionBank.import.invalidRows" | "questionBank.import.tooManyQuestions" | "questionBank.import.unknownFormat" | "questionBank.keyCorrection.invalid" | "questionBank.keyCorrection.questionNotFound" | "questionBank.question.invalid" | "questionBank.question.keyTaken" | "questionBank.question.notFound" | "questionBank.question.notInBank" | "questionBank.question.targetCategoryNotFound" | "questionBank.source.supersedeForbidden" | "questionBank.version.invalid" | "questionBank.version.notFound";

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
  sourceKind: "exam";
  sourceTitle: string;
  occurredAt: string;
  dimension: "行业政策" | "供货政策" | "法律法规" | "V3系统操作" | "日常业务" | "营销知识" | "社交礼仪与沟通" | "市场分析与预测";
  points: number;
  maxPoints: number;
  items: number;
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

export interface ImportErrorDto {
  /** Row number as Excel shows it (header is row 1) */
  row: number;
  /** Column header or "file" */
  field: string;
  message: string;
}

export interface ImportIssueDto {
  /** 1-based line (text formats) */
  line?: number;
  /** Row as Excel shows it (XLSX) */
  row?: number;
  field: string;
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

export interface PersonCompetencyDto {
  person: PersonRefDto;
  /** Months the current level looks back over */
  windowMonths: number;
  /** Current level per dimension (the last windowMonths months) */
  current: Array<DimensionLevelDto>;
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

export interface SetOverridesDto {
  overrides: Array<OverrideDto>;
}

export interface ShareQuestionBankDto {
  /** Units whose trainers may also edit the bank (replaces the list); only units within the caller’s scope */
  unitIds: Array<string>;
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

export interface SpreadEntryDto {
  count: number;
  share: number;
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
  dimensions: Array<UnitDimensionDto>;
  /** One page of people, most gaps first, then by name */
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
  'GET /api/kpi/definitions': {
    response: Array<KpiDefinitionDto>;
  };
  'POST /api/kpi/imports': {
    query: { kind: "ratios" | "forecasts"; dryRun?: "true" | "false" };
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
    query: { kind: "ratios" | "forecasts" };
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
    query: { format: "xlsx" | "csv" | "gift" | "moodle-xml" | "yaml" };
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
