import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { LiveSocketServer } from './live-socket.server';
import { LiveTopics } from './live-topics';

/** The live socket; modules that have something to watch import it and register their topic. */
@Module({
  imports: [IdentityModule],
  providers: [LiveSocketServer, LiveTopics],
  exports: [LiveTopics],
})
export class LiveModule {}
