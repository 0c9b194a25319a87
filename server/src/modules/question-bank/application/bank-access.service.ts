import { Injectable } from '@nestjs/common';
import { ScopeService } from '../../identity/application/scope.service';
import type { Principal } from '../../identity/domain/principal';
import { canEditBank, canShareBank, canViewBank, unitReachesBank } from '../domain/bank-access';
import { BankRow, QuestionBankRepository } from '../persistence/question-bank.repository';
import { QuestionBankErrors } from '../domain/question-bank-errors';

@Injectable()
export class BankAccessService {
  constructor(
    private readonly banks: QuestionBankRepository,
    private readonly scope: ScopeService,
  ) {}

  /** A bank the caller may not see is reported as absent. */
  async requireView(principal: Principal, bankId: string): Promise<BankRow> {
    const [bank, scopePath] = await Promise.all([this.banks.findRow(bankId), this.scopeOf(principal)]);
    if (!bank || !canViewBank(principal, scopePath, bank)) throw QuestionBankErrors['questionBank.bank.notFound']();
    return bank;
  }

  async requireEdit(principal: Principal, bankId: string): Promise<BankRow> {
    const bank = await this.requireView(principal, bankId);
    if (!canEditBank(principal, await this.scopeOf(principal), bank)) throw QuestionBankErrors['questionBank.bank.editForbidden']();
    return bank;
  }

  async requireShare(principal: Principal, bankId: string): Promise<BankRow> {
    const bank = await this.requireView(principal, bankId);
    if (!canShareBank(principal, await this.scopeOf(principal), bank)) throw QuestionBankErrors['questionBank.bank.shareForbidden']();
    return bank;
  }

  /** Ids of the banks the caller may change; null means every bank (an admin). */
  async editableBankIds(principal: Principal): Promise<string[] | null> {
    if (principal.roles.includes('admin')) return null;
    const scopePath = await this.scopeOf(principal);
    return (await this.banks.listRows()).filter((bank) => canEditBank(principal, scopePath, bank)).map((bank) => bank.id);
  }

  async visibleBanks(principal: Principal): Promise<BankRow[]> {
    const scopePath = await this.scopeOf(principal);
    return (await this.banks.listRows()).filter((bank) => canViewBank(principal, scopePath, bank));
  }

  /** The banks practice may draw from for this person: those their unit reaches, whatever their roles. */
  async practiceBankIds(principal: Principal): Promise<string[]> {
    const [banks, unitPath] = await Promise.all([this.banks.listReach(), this.scope.unitPathOf(principal)]);
    return banks.filter((bank) => unitReachesBank(unitPath, bank)).map((bank) => bank.id);
  }

  async canEdit(principal: Principal, bank: BankRow): Promise<boolean> {
    return canEditBank(principal, await this.scopeOf(principal), bank);
  }

  private scopeOf(principal: Principal): Promise<string | null> {
    return principal.roles.some((r) => r === 'trainer' || r === 'manager' || r === 'admin') ? this.scope.scopePathOf(principal) : Promise.resolve('/nothing/');
  }
}
