import { Injectable } from '@nestjs/common';
import type { Principal } from '../identity/domain/principal';

/** Throws (a DomainError) when the caller may not watch this thing; the same rule as reading it over HTTP. */
export type TopicAuthorizer = (principal: Principal, id: string) => Promise<void>;

/** The kinds of things a page may watch live, each registered by the module that owns them. */
@Injectable()
export class LiveTopics {
  private readonly authorizers = new Map<string, TopicAuthorizer>();

  register(kind: string, authorize: TopicAuthorizer): void {
    if (this.authorizers.has(kind)) throw new Error(`live topic ${kind} registered twice`);
    this.authorizers.set(kind, authorize);
  }

  authorizerOf(kind: string): TopicAuthorizer | undefined {
    return this.authorizers.get(kind);
  }
}
