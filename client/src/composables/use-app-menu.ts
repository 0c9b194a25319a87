import { computed, type Component } from 'vue'
import { useRoute } from 'vue-router'
import {
  Aim,
  Calendar,
  Checked,
  Collection,
  DataAnalysis,
  Document,
  EditPen,
  Files,
  FolderOpened,
  HomeFilled,
  Medal,
  Notebook,
  OfficeBuilding,
  Tickets,
  Trophy,
  Stamp,
  TrendCharts,
  Upload,
  User,
} from '@element-plus/icons-vue'
import { useSessionStore } from '@/modules/identity/stores/session'
import type { Role } from '@/modules/identity/roles'

export type NavKey =
  | 'home'
  | 'users'
  | 'units'
  | 'myExams'
  | 'practice'
  | 'questionBanks'
  | 'sourceDocuments'
  | 'papers'
  | 'sittings'
  | 'grading'
  | 'trainingPlan'
  | 'myTrainings'
  | 'myRecord'
  | 'team'
  | 'assessment'
  | 'coaching'
  | 'kpiImport'
  | 'targets'
  | 'backups'
  | 'contests'
  | 'judging'

export interface NavItem {
  key: NavKey
  icon: Component
  /** Route name; absent while the feature is still to come. */
  routeName?: string
  /** Any one of these roles shows the item; absent means everyone. */
  roles?: Role[]
  comingSoon?: boolean
}

/** The whole navigation, in menu order. Route guards repeat the role checks; this only decides what is shown. */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', icon: HomeFilled, routeName: 'home' },
  { key: 'myExams', icon: EditPen, routeName: 'my-exams', roles: ['staff'] },
  { key: 'practice', icon: Notebook, routeName: 'practice', roles: ['staff'] },
  // A customer manager's own competency record and field KPIs.
  { key: 'myRecord', icon: Medal, routeName: 'my-record', roles: ['staff'] },
  { key: 'myTrainings', icon: Calendar, routeName: 'my-trainings', roles: ['staff'] },
  { key: 'trainingPlan', icon: Calendar, routeName: 'training-plan', roles: ['trainer', 'manager'] },
  // Trainers edit banks; managers read them (the bank's canEdit decides, per bank).
  { key: 'questionBanks', icon: Collection, routeName: 'question-banks', roles: ['trainer', 'manager'] },
  { key: 'sourceDocuments', icon: Document, routeName: 'source-documents', roles: ['trainer'] },
  { key: 'papers', icon: Files, routeName: 'papers', roles: ['trainer'] },
  // Managers read sittings, results and item analyses; the pages hide what only trainers may change.
  { key: 'sittings', icon: Tickets, routeName: 'sittings', roles: ['trainer', 'manager'] },
  { key: 'grading', icon: Checked, routeName: 'grading', roles: ['trainer'] },
  // 知识竞赛 and 演讲比赛: trainers host them, managers read them; judges score on their phones
  { key: 'contests', icon: Trophy, routeName: 'contests', roles: ['trainer', 'manager'] },
  { key: 'judging', icon: Stamp, routeName: 'judging', roles: ['staff', 'trainer', 'manager'] },
  // Competency and KPIs of a unit and its people; importing the month's KPIs and setting targets is the managers'.
  { key: 'team', icon: TrendCharts, routeName: 'team', roles: ['trainer', 'manager', 'admin'] },
  // The month's 考核: weighted scores and ranks, the department's weights, the monthly report.
  { key: 'assessment', icon: DataAnalysis, routeName: 'assessment', roles: ['trainer', 'manager', 'admin'] },
  { key: 'coaching', icon: Aim, routeName: 'team-coaching', roles: ['manager', 'admin'] },
  { key: 'kpiImport', icon: Upload, routeName: 'kpi-import', roles: ['manager', 'admin'] },
  { key: 'targets', icon: Aim, routeName: 'team-targets', roles: ['manager', 'admin'] },
  { key: 'users', icon: User, routeName: 'users', roles: ['admin', 'manager'] },
  { key: 'units', icon: OfficeBuilding, routeName: 'units', roles: ['admin'] },
  { key: 'backups', icon: FolderOpened, routeName: 'backups', roles: ['admin'] },
]

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)))
}

export function useAppMenu() {
  const session = useSessionStore()
  const route = useRoute()

  const items = computed(() => navItemsFor(session.roles))
  /** The menu item of the current page (a child page keeps its section highlighted). */
  const activeKey = computed(() => {
    const names = [...route.matched.map((record) => record.name), route.meta.navParent]
    return items.value.find((item) => item.routeName && names.includes(item.routeName))?.key ?? ''
  })

  return { items, activeKey }
}
