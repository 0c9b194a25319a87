import { defineErrors } from '../../../platform/errors/error-catalogue';

/** Every error the training module raises, declared once. */
export const TrainingErrors = defineErrors({
  'training.session.notFound': { kind: 'not_found', message: '培训不存在或不在您的范围内' },
  'training.session.invalidTimes': { kind: 'invalid', message: '培训的结束时间须晚于开始时间' },
  'training.session.noAssignees': { kind: 'invalid', message: 'assignees: 至少指定一个参训单位、角色或人员' },
  'training.session.emptyAssignee': { kind: 'invalid', message: 'assignees: 每一项须指定单位、角色或人员' },
  'training.session.sittingNotFound': { kind: 'not_found', message: 'sittingId: 考试场次不存在或不在您的范围内' },
  'training.checkIn.notAssigned': { kind: 'not_found', message: '培训不存在，或您不在这次培训的参训名单中' },
  'training.checkIn.notOpen': { kind: 'unprocessable', message: '签到尚未开始：开始前 {minutes} 分钟开放签到' },
  'training.checkIn.closed': { kind: 'unprocessable', message: '培训已结束，签到已关闭' },
  'training.checkIn.badCode': { kind: 'unprocessable', message: '签到码错误或已过期，请扫描培训现场的最新二维码' },
  'training.attendance.notAssignee': { kind: 'not_found', message: '此人不在这次培训的参训名单中' },
  'training.leave.notAssigned': { kind: 'not_found', message: '培训不存在，或您不在这次培训的参训名单中' },
  'training.leave.notFound': { kind: 'not_found', message: '没有此人的请假申请' },
  'training.leave.tooLate': { kind: 'unprocessable', message: '培训已结束，不能再请假' },
  'training.leave.decided': { kind: 'conflict', message: '请假申请已经审批，不能修改' },
  'training.live.forbidden': { kind: 'forbidden', message: '只有培训的组织者可以查看签到看板' },
});
