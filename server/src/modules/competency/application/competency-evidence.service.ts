import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CompetencyErrors } from '../domain/competency-errors';
import { evidenceOfInput, type EvidenceInput } from '../domain/evidence-input';
import { windowsTouchedBy } from '../domain/evidence-window';
import { CompetencyRepository } from '../persistence/competency.repository';

/**
 * The one way a module other than exams (trainings' attendance and quizzes, contests, speech
 * contests, 早晚例会 quizzes) puts evidence into the competency record (decisions §23). Exams write
 * through the outbox instead, because a re-grading must reach the record in commit order.
 */
@Injectable()
export class CompetencyEvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly competency: CompetencyRepository,
  ) {}

  /**
   * Records what one source says about one person, replacing whatever the same kind and source id
   * said before (idempotent: recording it twice ends the same way; with no items it takes the
   * evidence back). Pass the caller's transaction to record it with the change it comes from.
   * Throws `competency.evidence.invalid` naming the problem.
   */
  async recordEvidence(input: EvidenceInput, manager?: EntityManager): Promise<void> {
    const source = evidenceOfInput(input, new Date());
    if ('problem' in source) throw CompetencyErrors['competency.evidence.invalid']({ problem: source.problem });
    const write = async (m: EntityManager) => {
      const touched = await this.competency.replaceEvidence([source], m);
      await this.competency.refreshWindows(windowsTouchedBy(touched), m);
    };
    if (manager) await write(manager);
    else await this.dataSource.transaction(write);
  }
}
