import type { Principal } from '../../identity/domain/principal';
import { isWithin } from '../../identity/domain/unit-path';

export interface BankReach {
  ownerUnitPath: string;
  sharedUnitPaths: string[];
}

/**
 * Who may see and who may change a bank. Trainers and managers see banks of units inside their
 * scope and banks shared with a unit inside it; only trainers (and admins) change them. Staff never
 * see a bank: questions reach them only through papers.
 */
export function canViewBank(principal: Principal, scopePath: string | null, bank: BankReach): boolean {
  if (principal.roles.includes('admin')) return true;
  if (!principal.roles.some((r) => r === 'trainer' || r === 'manager')) return false;
  return reaches(scopePath, bank);
}

export function canEditBank(principal: Principal, scopePath: string | null, bank: BankReach): boolean {
  if (principal.roles.includes('admin')) return true;
  if (!principal.roles.includes('trainer')) return false;
  return reaches(scopePath, bank);
}

/**
 * Sharing opens a bank to other units, so only those above it decide: admins, and trainers whose
 * scope holds the owning unit (a unit the bank is shared with edits it but does not re-share it).
 */
export function canShareBank(principal: Principal, scopePath: string | null, bank: BankReach): boolean {
  if (principal.roles.includes('admin')) return true;
  if (!principal.roles.includes('trainer')) return false;
  return scopePath === null || isWithin(bank.ownerUnitPath, scopePath);
}

function reaches(scopePath: string | null, bank: BankReach): boolean {
  if (scopePath === null) return true;
  // a bank owned above the caller (the department's banks) is visible to trainers below it only when shared
  return isWithin(bank.ownerUnitPath, scopePath) || bank.sharedUnitPaths.some((shared) => isWithin(scopePath, shared) || isWithin(shared, scopePath));
}

/**
 * The banks people of a unit may practise on: those a trainer of that unit would see. Staff never
 * browse a bank, but practice serves its questions.
 */
export function unitReachesBank(unitPath: string, bank: BankReach): boolean {
  return reaches(unitPath, bank);
}
