import { defineErrors } from '../../platform/errors/error-catalogue';

/** Errors of the live socket's subscriptions, declared once. */
export const LiveErrors = defineErrors({
  'live.topic.unknown': { kind: 'not_found', message: '没有可订阅的主题类型：{topic}' },
});
