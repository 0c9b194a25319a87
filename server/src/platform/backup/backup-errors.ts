import { defineErrors } from '../errors/error-catalogue';

export const BackupErrors = defineErrors({
  'backups.notFound': { kind: 'not_found', message: '没有名为 {name} 的备份' },
});
