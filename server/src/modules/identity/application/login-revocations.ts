import { Inject, Injectable } from '@nestjs/common';
import { LIVE_BUS } from '../../../platform/live/live-bus';
import type { LiveBus } from '../../../platform/live/live-bus';
import { LOGIN_REVOCATION_TOPIC, LoginRevocation } from '../../../platform/live/login-revocation';

/**
 * Tells every instance that a login ended, so its open live sockets close now. HTTP needs no message
 * (the guard reads the login on every request); call this after the revoking transaction commits.
 */
@Injectable()
export class LoginRevocations {
  constructor(@Inject(LIVE_BUS) private readonly bus: LiveBus) {}

  announce(revocation: LoginRevocation): void {
    this.bus.publish(LOGIN_REVOCATION_TOPIC, JSON.stringify(revocation));
  }
}
