import type { MixedList } from 'typeorm';
import { TrainingSessionEntity } from '../../modules/training/persistence/training-session.entity';
import { TrainingAssigneeEntity } from '../../modules/training/persistence/training-assignee.entity';
import { TrainingCheckInEntity } from '../../modules/training/persistence/training-check-in.entity';
import { LeaveRequestEntity } from '../../modules/training/persistence/leave-request.entity';
import { OrgUnitEntity } from '../../modules/identity/persistence/org-unit.entity';
import { UserEntity } from '../../modules/identity/persistence/user.entity';
import { RefreshTokenEntity } from '../../modules/identity/persistence/refresh-token.entity';
import { LoginAttemptEntity } from '../../modules/identity/persistence/login-attempt.entity';
import { AuthSessionEntity } from '../../modules/identity/persistence/auth-session.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { QuestionBankEntity } from '../../modules/question-bank/persistence/question-bank.entity';
import { QuestionBankShareEntity } from '../../modules/question-bank/persistence/question-bank-share.entity';
import { QuestionCategoryEntity } from '../../modules/question-bank/persistence/question-category.entity';
import { QuestionEntity } from '../../modules/question-bank/persistence/question.entity';
import { QuestionVersionEntity } from '../../modules/question-bank/persistence/question-version.entity';
import { SourceDocumentEntity } from '../../modules/question-bank/persistence/source-document.entity';
import { PaperEntity } from '../../modules/exams/persistence/paper.entity';
import { SittingEntity } from '../../modules/exams/persistence/sitting.entity';
import { SittingAssigneeEntity } from '../../modules/exams/persistence/sitting-assignee.entity';
import { SittingOverrideEntity } from '../../modules/exams/persistence/sitting-override.entity';
import { AttemptEntity } from '../../modules/exams/persistence/attempt.entity';
import { AttemptSlotEntity } from '../../modules/exams/persistence/attempt-slot.entity';
import { AttemptEventEntity } from '../../modules/exams/persistence/attempt-event.entity';
import { DomainEventEntity } from '../events/domain-event.entity';
import { EssayMarkEntity } from '../../modules/exams/persistence/essay-mark.entity';
import { PracticeCardEntity } from '../../modules/exams/persistence/practice-card.entity';
import { EventCursorEntity } from '../events/event-cursor.entity';
import { CompetencyEvidenceEntity } from '../../modules/competency/persistence/competency-evidence.entity';
import { CompetencyTargetEntity } from '../../modules/competency/persistence/competency-target.entity';
import { CompetencyWindowEntity } from '../../modules/competency/persistence/competency-window.entity';
import { KpiRatioEntity } from '../../modules/kpi/persistence/kpi-ratio.entity';
import { KpiForecastEntity } from '../../modules/kpi/persistence/kpi-forecast.entity';
import { KpiTargetEntity } from '../../modules/kpi/persistence/kpi-target.entity';
import { AssessmentWeightEntity } from '../../modules/reports/persistence/assessment-weight.entity';
import { KpiBrandListEntity } from '../../modules/kpi/persistence/kpi-brand-list.entity';
import { ContestEntity } from '../../modules/contests/persistence/contest.entity';
import { ContestTeamEntity } from '../../modules/contests/persistence/contest-team.entity';
import { ContestParticipantEntity } from '../../modules/contests/persistence/contest-participant.entity';
import { ContestJudgeEntity } from '../../modules/contests/persistence/contest-judge.entity';
import { ContestEventEntity } from '../../modules/contests/persistence/contest-event.entity';
import { Identity1795738829178 } from './migrations/1795738829178-identity';
import { QuestionBank1795739598019 } from './migrations/1795739598019-question-bank';
import { Exams1795740747846 } from './migrations/1795740747846-exams';
import { GradingPractice1795741257128 } from './migrations/1795741257128-grading-practice';
import { AttemptEventId1795742707687 } from './migrations/1795742707687-attempt-event-id';
import { PracticeSource1795744777272 } from './migrations/1795744777272-practice-source';
import { CompetencyKpi1795754065963 } from './migrations/1795754065963-competency-kpi';
import { AttemptScoring1795760000000 } from './migrations/1795760000000-attempt-scoring';
import { KpiDataVersion1795761000000 } from './migrations/1795761000000-kpi-data-version';
import { VerifiedGuidance1795781000000 } from './migrations/1795781000000-verified-guidance';
import { PriceRiseUnit1795781100000 } from './migrations/1795781100000-price-rise-unit';
import { KeyBrandList1795781200000 } from './migrations/1795781200000-key-brand-list';
import { PracticeMaterial1795770000000 } from './migrations/1795770000000-practice-material';
import { Sessions1795774000000 } from './migrations/1795774000000-sessions';
import { AttemptScoringFailures1795775000000 } from './migrations/1795775000000-attempt-scoring-failures';
import { DropSittingShuffleOptions1795780000000 } from './migrations/1795780000000-drop-sitting-shuffle-options';
import { LoginAttemptInFlight1795780100000 } from './migrations/1795780100000-login-attempt-in-flight';
import { OutboxClock1795790000000 } from './migrations/1795790000000-outbox-clock';
import { Training1795800000000 } from './migrations/1795800000000-training';
import { Contests1795810000000 } from './migrations/1795810000000-contests';
import { QuestionSearchExplanation1795820000000 } from './migrations/1795820000000-question-search-explanation';
import { AssessmentWeights1795830000000 } from './migrations/1795830000000-assessment-weights';
import { CompetencyEvidenceContract1795840000000 } from './migrations/1795840000000-competency-evidence-contract';
import { Coaching1795840100000 } from './migrations/1795840100000-coaching';
import { CoachingActionEntity } from '../../modules/coaching/persistence/coaching-action.entity';

/**
 * The one list of entities and migrations, shared by the app, the CLI scripts and the tests,
 * so `db:check` compares exactly what the app maps against exactly what the migrations build.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES: MixedList<Function> = [
  OrgUnitEntity,
  UserEntity,
  RefreshTokenEntity,
  LoginAttemptEntity,
  AuthSessionEntity,
  AuditEventEntity,
  QuestionBankEntity,
  QuestionBankShareEntity,
  QuestionCategoryEntity,
  QuestionEntity,
  QuestionVersionEntity,
  SourceDocumentEntity,
  PaperEntity,
  SittingEntity,
  SittingAssigneeEntity,
  SittingOverrideEntity,
  AttemptEntity,
  AttemptSlotEntity,
  AttemptEventEntity,
  DomainEventEntity,
  EssayMarkEntity,
  PracticeCardEntity,
  EventCursorEntity,
  CompetencyEvidenceEntity,
  CoachingActionEntity,
  CompetencyTargetEntity,
  CompetencyWindowEntity,
  KpiRatioEntity,
  KpiForecastEntity,
  KpiTargetEntity,
  KpiBrandListEntity,
  TrainingSessionEntity,
  TrainingAssigneeEntity,
  TrainingCheckInEntity,
  LeaveRequestEntity,
  ContestEntity,
  ContestTeamEntity,
  ContestParticipantEntity,
  ContestJudgeEntity,
  ContestEventEntity,
  AssessmentWeightEntity,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: MixedList<Function> = [
  Identity1795738829178,
  QuestionBank1795739598019,
  Exams1795740747846,
  GradingPractice1795741257128,
  AttemptEventId1795742707687,
  PracticeSource1795744777272,
  CompetencyKpi1795754065963,
  AttemptScoring1795760000000,
  KpiDataVersion1795761000000,
  PracticeMaterial1795770000000,
  Sessions1795774000000,
  AttemptScoringFailures1795775000000,
  DropSittingShuffleOptions1795780000000,
  LoginAttemptInFlight1795780100000,
  VerifiedGuidance1795781000000,
  PriceRiseUnit1795781100000,
  KeyBrandList1795781200000,
  OutboxClock1795790000000,
  Training1795800000000,
  Contests1795810000000,
  QuestionSearchExplanation1795820000000,
  AssessmentWeights1795830000000,
  CompetencyEvidenceContract1795840000000,
  Coaching1795840100000,
];
