import { Injectable } from '@nestjs/common';
import type { Principal } from '../identity/domain/principal';

/** Which of a topic's events (as published, JSON) this watcher may hear; all of them when absent. */
export type LiveEventFilter = (json: string) => boolean;

/**
 * Throws (a DomainError) when the caller may not watch this thing; the same rule as reading it over
 * HTTP. Returns a filter when the caller may read only part of it (a manager's own people).
 */
export type TopicAuthorizer = (principal: Principal, id: string) => Promise<LiveEventFilter | undefined>;

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
