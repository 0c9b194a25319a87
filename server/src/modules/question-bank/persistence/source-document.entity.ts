import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A law or policy document that questions cite; superseding it flags every citing question for review. */
@Entity('source_document')
export class SourceDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_source_document_title', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  @Column({ name: 'superseded_note', type: 'text', nullable: true })
  supersededNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
