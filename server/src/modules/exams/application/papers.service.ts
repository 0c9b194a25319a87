import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { isWithin } from '../../identity/domain/unit-path';
import { BankAccessService } from '../../question-bank/application/bank-access.service';
import { BlueprintShortfall, drawBlueprint } from '../domain/blueprint-draw';
import { CandidateQuestion, candidateQuestion } from '../domain/candidate-question';
import { choosePresentation, presentedContent } from '../domain/choice-presentation';
import type { MultipleChoiceRule } from '../domain/grading/grade-result';
import { BlueprintRule, maxScoreOf, PaperStructure, questionCountOf } from '../domain/paper-structure';
import { PaperWarning, practiceMaterialWarnings } from '../domain/paper-warnings';
import { PaperRepository, PaperRow } from '../persistence/paper.repository';
import { VersionContentCache } from '../persistence/version-content-cache';
import { ExamsErrors } from '../domain/exams-errors';

export type PaperInput = {
  title: string;
  description?: string;
  multipleRule?: MultipleChoiceRule;
  partialCredit?: boolean;
} & (
  | { kind: 'fixed'; sections: Array<{ title: string; slots: Array<{ questionId: string; points: number }> }> }
  | { kind: 'blueprint'; rules: BlueprintRule[] }
);

export interface PaperView extends Omit<PaperRow, 'ownerUnitPath'> {
  questionCount: number;
  maxScore: number;
}

/** One paper, with what the builder should warn its author about (practice material it draws). */
export interface PaperDetailView extends PaperView {
  warnings: PaperWarning[];
}

@Injectable()
export class PapersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly papers: PaperRepository,
    private readonly versions: VersionContentCache,
    private readonly banks: BankAccessService,
    private readonly scope: ScopeService,
  ) {}

  async list(principal: Principal): Promise<PaperView[]> {
    return (await this.papers.listInScope(await this.scope.scopePathOf(principal))).map(toView);
  }

  async get(principal: Principal, paperId: string): Promise<PaperDetailView> {
    const paper = await this.requirePaper(principal, paperId);
    return { ...toView(paper), warnings: await this.warningsFor(paper.structure) };
  }

  /** Fixed papers pin each question's current version; blueprints are checked for enough questions. */
  async create(principal: Principal, input: PaperInput): Promise<PaperDetailView> {
    const structure = await this.structureFrom(principal, input);
    const id = await this.dataSource.transaction((manager) =>
      this.papers.insert(
        {
          title: input.title.trim(),
          description: input.description?.trim() ?? '',
          structure,
          multipleRule: input.multipleRule ?? 'all_or_nothing',
          partialCredit: input.partialCredit ?? true,
          ownerUnitId: principal.unitId,
          createdBy: principal.userId,
        },
        manager,
      ),
    );
    return this.get(principal, id);
  }

  /** What one candidate would be shown: the pinned questions, or one random draw of a blueprint. */
  async preview(principal: Principal, paperId: string): Promise<CandidateQuestion[]> {
    const paper = await this.requirePaper(principal, paperId);
    const structure = paper.structure;
    const drawn =
      structure.kind === 'fixed'
        ? structure.sections.flatMap((section) => section.slots)
        : drawBlueprint(structure.rules, await Promise.all(structure.rules.map((rule) => this.papers.drawable(rule))), new Set()).map(
            (d) => ({ questionId: d.questionId, version: d.version, points: d.points }),
          );
    const contents = await this.versions.contents(drawn.map((d) => ({ questionId: d.questionId, version: d.version })));
    return drawn.map((d, i) => {
      const content = contents.get(`${d.questionId}@${d.version}`)!;
      return candidateQuestion(i + 1, d.points, presentedContent(content, choosePresentation(content)));
    });
  }

  private async warningsFor(structure: PaperStructure): Promise<PaperWarning[]> {
    if (structure.kind === 'fixed') {
      const ids = structure.sections.flatMap((s) => s.slots.map((slot) => slot.questionId));
      return practiceMaterialWarnings(structure, new Set(await this.papers.practiceMaterialAmong(ids)), []);
    }
    return practiceMaterialWarnings(structure, new Set(), await this.papers.practiceMaterialInRules(structure.rules));
  }

  async requirePaper(principal: Principal, paperId: string): Promise<PaperRow> {
    const [paper, scopePath] = await Promise.all([this.papers.findById(paperId), this.scope.scopePathOf(principal)]);
    if (!paper || (scopePath !== null && !isWithin(paper.ownerUnitPath, scopePath))) throw ExamsErrors['exams.paper.notFound']();
    return paper;
  }

  private async structureFrom(principal: Principal, input: PaperInput): Promise<PaperStructure> {
    if (input.kind === 'fixed') {
      const ids = input.sections.flatMap((s) => s.slots.map((slot) => slot.questionId));
      if (ids.length === 0) throw ExamsErrors['exams.paper.empty']();
      if (new Set(ids).size !== ids.length) throw ExamsErrors['exams.paper.duplicateQuestion']();
      const current = new Map((await this.papers.currentVersions(ids)).map((q) => [q.id, q]));
      for (const id of ids) {
        const q = current.get(id);
        if (!q) throw ExamsErrors['exams.paper.questionNotFound']({ questionId: id });
        await this.banks.requireView(principal, q.bankId);
        if (q.status !== 'active') throw ExamsErrors['exams.paper.questionRetired']({ questionId: id });
        if (q.needsReview) throw ExamsErrors['exams.paper.questionNeedsReview']({ questionId: id });
      }
      return {
        kind: 'fixed',
        sections: input.sections.map((s) => ({
          title: s.title,
          slots: s.slots.map((slot) => ({
            questionId: slot.questionId,
            version: current.get(slot.questionId)!.version,
            points: slot.points,
          })),
        })),
      };
    }
    if (input.rules.length === 0) throw ExamsErrors['exams.paper.noRules']();
    for (const rule of input.rules) await this.banks.requireView(principal, rule.bankId);
    const candidates = await Promise.all(input.rules.map((rule) => this.papers.drawable(rule)));
    try {
      drawBlueprint(input.rules, candidates, new Set());
    } catch (error) {
      if (error instanceof BlueprintShortfall)
        throw ExamsErrors['exams.paper.ruleShortfall']({
          ruleIndex: error.ruleIndex,
          rule: error.ruleIndex + 1,
          needed: error.needed,
          available: error.available,
          details: { ruleIndex: error.ruleIndex, needed: error.needed, available: error.available },
        });
      throw error;
    }
    return { kind: 'blueprint', rules: input.rules };
  }
}

function toView({ ownerUnitPath: _p, ...paper }: PaperRow): PaperView {
  return { ...paper, questionCount: questionCountOf(paper.structure), maxScore: maxScoreOf(paper.structure) };
}
