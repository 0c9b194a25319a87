import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrgUnitEntity } from '../../identity/persistence/org-unit.entity';
import { QuestionBankEntity } from './question-bank.entity';

/** Trainers whose scope covers unit_id may also edit the bank. */
@Entity('question_bank_share')
export class QuestionBankShareEntity {
  @PrimaryColumn({ name: 'bank_id', type: 'uuid' })
  bankId: string;

  @PrimaryColumn({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @ManyToOne(() => QuestionBankEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bank_id' })
  bank?: QuestionBankEntity;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: OrgUnitEntity;
}
