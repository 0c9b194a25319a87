import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { InProcessLiveBus, LIVE_BUS } from './live-bus';
import type { LiveBus } from './live-bus';
import { RedisLiveBus } from './redis-live-bus';

@Global()
@Module({
  providers: [
    {
      provide: LIVE_BUS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): LiveBus => (config.redisUrl ? new RedisLiveBus(config.redisUrl) : new InProcessLiveBus()),
    },
  ],
  exports: [LIVE_BUS],
})
export class LiveBusModule implements OnApplicationShutdown {
  constructor(@Inject(LIVE_BUS) private readonly bus: LiveBus) {}

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}
