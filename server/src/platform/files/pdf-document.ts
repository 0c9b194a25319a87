import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { woffToSfnt } from './woff-to-sfnt';

/**
 * A printable A4 document with Chinese text, built on the server (pdfkit, no browser): headings,
 * paragraphs, tables that break across pages with their header repeated, and on every page a
 * header line and "第 n / N 页". The font is Noto Sans SC's simplified-Chinese cut from the
 * @fontsource/noto-sans-sc package (it holds ASCII too), so it works offline after npm install;
 * pdfkit embeds only the glyphs the document uses, so a report stays small.
 */
export interface PdfColumn {
  header: string;
  /** Relative width: the columns share the page's width in proportion. */
  width?: number;
  align?: 'left' | 'right' | 'center';
}

export interface PdfDocumentOptions {
  /** The document's title (metadata, first heading and every page's header line). */
  title: string;
  /** A line under the title, e.g. the unit and the month. */
  subtitle?: string;
  /** Right side of every page's header, e.g. when it was generated. */
  headerNote?: string;
}

const FONT_FILES = {
  regular: 'noto-sans-sc-chinese-simplified-400-normal.woff',
  bold: 'noto-sans-sc-chinese-simplified-700-normal.woff',
} as const;
const fontCache = new Map<keyof typeof FONT_FILES, Buffer>();

function font(weight: keyof typeof FONT_FILES): Buffer {
  let data = fontCache.get(weight);
  if (!data) {
    const folder = join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
    data = woffToSfnt(readFileSync(join(folder, FONT_FILES[weight])));
    fontCache.set(weight, data);
  }
  return data;
}

const MARGIN = 48;
const CELL_PADDING = 4;
const GREY = '#666666';

export class PdfDocumentBuilder {
  private readonly doc: PDFKit.PDFDocument;
  private readonly done: Promise<Buffer>;

  constructor(private readonly options: PdfDocumentOptions) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN + 12, bottom: MARGIN + 8, left: MARGIN, right: MARGIN },
      bufferPages: true,
      info: { Title: options.title, Producer: 'Kaoping' },
      lang: 'zh-CN',
    });
    const chunks: Buffer[] = [];
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.doc.registerFont('regular', font('regular'));
    this.doc.registerFont('bold', font('bold'));
    this.doc.font('bold').fontSize(16).text(options.title);
    if (options.subtitle) this.doc.font('regular').fontSize(10).fillColor(GREY).text(options.subtitle).fillColor('black');
    this.doc.moveDown(0.5);
  }

  private get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  private ensureRoom(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heading(text: string): this {
    this.ensureRoom(40);
    this.doc.moveDown(0.4).font('bold').fontSize(12).text(text, this.doc.page.margins.left).moveDown(0.2);
    return this;
  }

  paragraph(text: string, options: { muted?: boolean } = {}): this {
    this.doc
      .font('regular')
      .fontSize(9)
      .fillColor(options.muted ? GREY : 'black')
      .text(text, this.doc.page.margins.left, undefined, { width: this.contentWidth })
      .fillColor('black');
    return this;
  }

  /** Label–value pairs, two to a line. */
  facts(pairs: ReadonlyArray<readonly [string, string]>): this {
    const half = this.contentWidth / 2;
    for (let i = 0; i < pairs.length; i += 2) {
      this.ensureRoom(16);
      const y = this.doc.y;
      pairs.slice(i, i + 2).forEach(([label, value], j) => {
        this.doc
          .font('regular')
          .fontSize(9)
          .text(`${label}：${value}`, this.doc.page.margins.left + j * half, y, { width: half - 8 });
      });
      this.doc.y = y + 15;
    }
    this.doc.x = this.doc.page.margins.left;
    return this;
  }

  /** A table; rows that do not fit go to the next page under a repeated header. An empty table prints `empty`. */
  table(columns: readonly PdfColumn[], rows: ReadonlyArray<ReadonlyArray<string>>, empty = '（无）'): this {
    const total = columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
    const widths = columns.map((c) => ((c.width ?? 1) / total) * this.contentWidth);
    const drawRow = (cells: ReadonlyArray<string>, header: boolean) => {
      this.doc.font(header ? 'bold' : 'regular').fontSize(8);
      const height =
        Math.max(...cells.map((cell, i) => this.doc.heightOfString(cell || ' ', { width: widths[i] - 2 * CELL_PADDING }))) +
        2 * CELL_PADDING;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (!header)
          drawRow(
            columns.map((c) => c.header),
            true,
          );
        this.doc.font('regular').fontSize(8);
      }
      const y = this.doc.y;
      let x = this.doc.page.margins.left;
      if (header) this.doc.rect(x, y, this.contentWidth, height).fill('#eeeeee').fillColor('black');
      cells.forEach((cell, i) => {
        this.doc.text(cell, x + CELL_PADDING, y + CELL_PADDING, { width: widths[i] - 2 * CELL_PADDING, align: columns[i].align ?? 'left' });
        x += widths[i];
      });
      this.doc
        .moveTo(this.doc.page.margins.left, y + height)
        .lineTo(this.doc.page.margins.left + this.contentWidth, y + height)
        .lineWidth(0.5)
        .strokeColor('#cccccc')
        .stroke();
      this.doc.x = this.doc.page.margins.left;
      this.doc.y = y + height;
    };
    this.ensureRoom(40);
    drawRow(
      columns.map((c) => c.header),
      true,
    );
    if (rows.length === 0) drawRow([empty, ...columns.slice(1).map(() => '')], false);
    for (const row of rows) drawRow(row, false);
    this.doc.moveDown(0.5);
    return this;
  }

  /** Writes every page's header and page number, and returns the file. */
  async toBuffer(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const { left, right, bottom } = this.doc.page.margins;
      const width = this.doc.page.width - left - right;
      // writing into the margins must not start a new page
      this.doc.page.margins.bottom = 0;
      this.doc.font('regular').fontSize(8).fillColor(GREY);
      this.doc.text(this.options.title, left, MARGIN - 16, { width, lineBreak: false });
      if (this.options.headerNote) this.doc.text(this.options.headerNote, left, MARGIN - 16, { width, align: 'right', lineBreak: false });
      this.doc.text(`第 ${i - range.start + 1} / ${range.count} 页`, left, this.doc.page.height - MARGIN + 8, {
        width,
        align: 'center',
        lineBreak: false,
      });
      this.doc.page.margins.bottom = bottom;
      this.doc.fillColor('black');
    }
    this.doc.end();
    return this.done;
  }
}
