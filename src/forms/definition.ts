/**
 * What a profile (a form set) and its forms are, as zod schemas: the one definition of the files under
 * templates/profiles/<id>/. Types are inferred from them. Titles are Chinese: they name the key in messages about
 * a mistake in a profile file.
 */
import * as z from 'zod';
import { LEVEL1_BLOCKS, standards } from '../model/standards.js';
import { DEFINITION_MESSAGES as DM, DEFINITION_TITLES as T } from './definitionMessages.js';
import { LEADS_ON, YEAR_PREFIX } from './patterns.js';

/** 单元格种类: how a value is read, printed and formatted in a workbook. */
/** 文件种类: a table form printed from its definition, or the narrative (正文), laid out by its own code. */
export const DOCUMENT_KINDS = ['form', 'narrative'] as const;
/** What a set reports on: a department as a whole (部门整体) or projects only (项目支出). */
export const PROFILE_SCOPES = ['department', 'project'] as const;
export type ProfileScope = (typeof PROFILE_SCOPES)[number];

export const CELL_KINDS = ['money', 'percent', 'points', 'count', 'text', 'indicator', 'comparator', 'date', 'year'] as const;
export type CellKind = (typeof CELL_KINDS)[number];

/**
 * The schemas, built on first use: building them is a tenth of a `check`'s start, and a command reading the shipped
 * templates takes their profiles as validated when the package was bundled (src/node/profileStore.ts), never
 * building them. Only a templates folder of a user's own is validated with them.
 */
function buildSchemas() {
  const kind = z.enum(CELL_KINDS).meta({ title: T.cellKind });
  const share = z.number().positive().meta({ title: T.share });
  const id = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, DM.badId).meta({ title: T.id });

  /** A fact of another document of the set: "<document id>.<field>" or "<document id>.<section>.<row>.<column>". */
  const fact = z.string().regex(/^[A-Za-z]\w*(\.[A-Za-z]\w*){1,3}$/, DM.badSame);

  /** A value of the form: its Chinese title, kind, whether the input must give it. */
  const FieldSchema = z
    .object({
      title: z.string().min(1).meta({ title: T.chineseName }),
      kind: kind.default('text'),
      required: z.boolean().default(false).meta({ title: T.required }),
      /** Printed when left blank (e.g. the fixed 分值 10). */
      default: z.union([z.string(), z.number()]).optional().meta({ title: T.default }),
      /** Choices offered (drop-down in the workbook, checked on input). */
      options: z.array(z.string()).optional().meta({ title: T.options }),
      /** This field = Σ these fields (按收入性质分 = its lines). */
      sum: z.array(z.string()).optional().meta({ title: T.sumOfFields }),
      /** This field should equal that one; a difference is a warning (two splits of one total). */
      sameAs: z.string().optional().meta({ title: T.sameAs }),
      /**
       * The same fact printed on another document of the set: "<document id>.<field>" or "<document id>.<section>.<row>.<column>"
       * (a project's 项目支出 in the 自评表 and the 项目支出 row of the 基础数据表). A difference is an error at this field.
       */
      same: z
        .union([
          fact,
          /**
           * Which of several facts, chosen by the form's own figures: the first whose `when` holds (a field of this
           * form whose `sameAs` holds: 按支出性质分 adds up to 资金总额, so it was filled on the budget basis), else the
           * first without `when`.
           */
          z.array(z.union([fact, z.object({ fact, when: id.optional().meta({ title: T.sameWhen }) }).strict()])).min(1),
        ])
        .optional()
        .meta({ title: T.same }),
      /** `same`: a blank field takes the value of the fact it is the same as (the narrative's 日常公用经费 from the 基础数据表). */
      fill: z.enum(['same']).optional().meta({ title: T.fill }),
      /** `sum`: the sum only when every field added has a value (支出决算数 = 基本支出 + 项目支出). */
      sumNeedsAll: z.boolean().optional().meta({ title: T.sumNeedsAll }),
      /** This field = of ÷ over × 100% (资金执行率 = 执行数 ÷ 资金总额). */
      rate: z.object({ of: id, over: id }).strict().optional().meta({ title: T.rate }),
      /** This field = weight × min(rate, 100%) (执行率得分). */
      executionScore: z.object({ rate: id, weight: id }).strict().optional().meta({ title: T.executionScore }),
      /** This field may not exceed that one (得分 ≤ 分值). */
      atMost: id.optional().meta({ title: T.atMost }),
      /** A rate whose base is zero prints this instead of the profile's `zeroOverZero` (hunan-2022's 资金执行率: blank). */
      zeroOverZero: z.string().optional().meta({ title: T.zeroOverZero }),
      /** hunan-2022's workbook: the field's own row after the table, with this label (说明：). */
      sheetLabel: z.string().optional().meta({ title: T.sheetLabel }),
      /** The web editor types this text on one line (a name), not in a box that grows with it. */
      singleLine: z.boolean().default(false).meta({ title: T.singleLine }),
    })
    .strict();

  /** One cell of a grid row: a printed label, an input field, or a text with {{field}} places. */
  const GridCellSchema = z
    .object({
      label: z.string().optional().meta({ title: T.label }),
      field: id.optional().meta({ title: T.field }),
      text: z.string().optional().meta({ title: T.text }),
      span: z.number().int().positive().default(1).meta({ title: T.span }),
      align: z.enum(['left', 'center', 'right']).optional().meta({ title: T.align }),
      /** Cells of one column with the same key in consecutive rows print as one (年度预算申请 over two rows). */
      merge: z.string().optional().meta({ title: T.mergeDown }),
      /** A field given as a list prints one item a line, each through this template ("{{n}}、{{text}}"). */
      numbered: z.string().optional().meta({ title: T.numbered }),
      /** The cell's text on one line: its column at least that wide, as far as the page allows (资金执行率). */
      oneLine: z.boolean().default(false).meta({ title: T.oneLine }),
    })
    .strict()
    .refine((c) => [c.label, c.field, c.text].filter((v) => v !== undefined).length === 1, DM.oneCellContent);

  const rateRelation = z.object({ of: id, over: id }).strict().meta({ title: T.rate });
  const executionScoreRelation = z.object({ rate: id, weight: id }).strict().meta({ title: T.executionScore });
  const productRelation = z.object({ percent: id, of: id }).strict().meta({ title: T.product });
  const indicatorScoreRelation = z
    .object({
      target: id,
      actual: id,
      weight: id,
      comparator: id.optional(),
      unit: id.optional(),
      /** The column where a shortfall's reason is written (偏差原因分析及改进措施): a score that needs one is recorded when it is blank. */
      reason: id.optional().meta({ title: T.reasonColumn }),
      /** A 定性 score (no rule scores it) below this share of its 分值 needs a reason too (0.8: under 80%). */
      qualitativeShare: z.number().positive().max(1).optional().meta({ title: T.qualitativeShare }),
    })
    .strict()
    .meta({ title: T.indicatorScore });

  /** A column of a matrix or a list. Relations declared here derive blank cells and are checked. */
  const ColumnSchema = z
    .object({
      id,
      title: z.string().meta({ title: T.columnTitle }),
      kind: kind.default('text'),
      share,
      decimals: z.number().int().min(0).max(4).optional().meta({ title: T.decimals }),
      required: z.boolean().default(false).meta({ title: T.required }),
      /** Alignment of the column's values (numbers: right for money, centred otherwise). */
      align: z.enum(['left', 'center', 'right']).optional().meta({ title: T.align }),
      /** Matrix: the rows that have this cell; other rows print `na`. */
      rows: z.array(id).optional().meta({ title: T.onlyRows }),
      default: z.union([z.string(), z.number()]).optional().meta({ title: T.default }),
      options: z.array(z.string()).optional().meta({ title: T.options }),
      /** List: cells of consecutive rows with the same value are merged (一级、二级指标). */
      group: z.boolean().default(false).meta({ title: T.group }),
      /** hunan-2022's workbook: the column's drop-down, a list of templates/profiles/<id>/workbook.yaml (一级、二级指标). */
      sheet: z.object({ choices: z.enum(['level1Names', 'level2Names']).meta({ title: T.sheetChoices }) }).strict().optional().meta({ title: T.sheetColumn }),
      /** List: printed after a group label, e.g. "（{{weight}}分）" with the group's summed weight. */
      groupSuffix: z.string().optional().meta({ title: T.groupSuffix }),
      rate: rateRelation.optional(),
      executionScore: executionScoreRelation.optional(),
      product: productRelation.optional(),
      indicatorScore: indicatorScoreRelation.optional(),
      /** A score never above this column of the same row (得分 ≤ 分值). */
      atMost: id.optional().meta({ title: T.atMost }),
      /** The column is at least this many characters wide (a text column's heading in at most three lines). */
      minChars: z.number().min(0).optional().meta({ title: T.minChars }),
      /** A rate whose base is zero prints this instead of the profile's `zeroOverZero` (hunan-2022's 控制率: blank). */
      zeroOverZero: z.string().optional().meta({ title: T.zeroOverZero }),
    })
    .strict();

  const MatrixRowSchema = z
    .object({
      id,
      label: z.string().meta({ title: T.rowLabel }),
      /** This row = Σ these rows, in every money column. */
      sum: z.array(id).optional().meta({ title: T.sumOfRows }),
      /** Repeatable rows under this one (one project a row), named by the input; this row = their sum. */
      items: z.boolean().default(false).meta({ title: T.items }),
      /** This row ≤ that row, in every money column. */
      atMost: id.optional().meta({ title: T.atMostRow }),
      indent: z.number().optional().meta({ title: T.indent }),
      /** Indent of the row's repeatable items; without it one step (12 points) further than the row. */
      itemIndent: z.number().optional().meta({ title: T.itemIndent }),
      bold: z.boolean().default(false).meta({ title: T.bold }),
      /** A row that only takes part in sums and is not printed (人员经费: in the 基本支出 sum, not on the form). */
      hidden: z.boolean().default(false).meta({ title: T.hidden }),
      /** The sum is worked out only when every part has a value (基本支出 = 人员经费 + 公用经费, both needed). */
      sumNeedsAll: z.boolean().default(false).meta({ title: T.sumNeedsAll }),
      /**
       * The row's rates and scores are worked out and printed only when one of these columns is given (a 其中 row of
       * hunan-2022's project funds prints 执行率 and 得分 only with its own 分值 or a typed 执行率); else those cells stay blank.
       */
      relationsIf: z.array(id).min(1).optional().meta({ title: T.relationsIf }),
      /** A row of text instead of values: this field, spanning every value column (厉行节约保障措施). */
      text: id.optional().meta({ title: T.textField }),
      /** A text field given as a list prints one item a line, each through this template ("{{n}}、{{text}}"). */
      numbered: z.string().optional().meta({ title: T.numbered }),
      /** hunan-2022's workbook: the row's label there when it differs (其中：人员经费（选填）), and its note's key in workbook.yaml. */
      sheet: z.object({ label: z.string().optional(), note: z.string().optional() }).strict().optional().meta({ title: T.sheetRow }),
    })
    .strict();

  /** A text printed beside the matrix rows, merged down all of them (Sichuan's 原因). */
  const sideTextSchema = z.object({ title: z.string(), field: id, span: z.number().int().positive().default(1) }).strict();

  const totalSchema = z
    .object({
      label: z.string().meta({ title: T.totalLabel }),
      /** The row's cells: list columns summed, plus facts from elsewhere (`funds.total.score`). */
      sums: z.record(z.string(), z.array(z.string())).meta({ title: T.sums }),
      /** Totals the form prints as fixed (总分 100). */
      expect: z.record(z.string(), z.number()).optional().meta({ title: T.expect }),
      /** Input field holding the stated total, if the input states it (自评总分). */
      stated: z.record(z.string(), id).optional().meta({ title: T.stated }),
      /** A total the form does not print as a row (it may print it elsewhere, e.g. 自评总分 in the header). */
      printed: z.boolean().default(true).meta({ title: T.printed }),
      /**
       * The rows' values added as the input gave them, not each rounded to its printed decimals first (hunan-2022's
       * 分值 row: a weight of 2.5 printed as 3 still counts 2.5).
       */
      unrounded: z.boolean().default(false).meta({ title: T.unrounded }),
      /**
       * A column's total and other cells (a field's id, or a matrix's `<section>.<row>.<column>`), as the input gave
       * them, that must make a fixed value (hunan-2022: the indicators' 分值 and the execution-rate line's make 100).
       * The row still prints the column's own total; the form's `findings.makes` names the finding.
       */
      makes: z
        .record(z.string(), z.object({ plus: z.array(z.string()), value: z.number() }).strict())
        .optional()
        .meta({ title: T.makes }),
      /** Columns the total row's label spans (from the left, after the block label). */
      labelSpan: z.number().int().positive().optional().meta({ title: T.labelSpan }),
    })
    .strict();

  const sectionBase = {
    id,
    block: z.string().optional().meta({ title: T.block }),
    blockShare: share.optional(),
    /** The block label's column is at least this many characters wide (two: the label set two characters a line). */
    blockChars: z.number().min(0).default(2).meta({ title: T.blockChars }),
    /** Rows at the table's end kept together with what follows it; without it two. */
    keepLast: z.number().int().min(1).optional().meta({ title: T.keepLast }),
    /**
     * The section's rows go on in the table of the section above: one table, one set of column widths (taken from the
     * first section's shares), as hunan-2022's project head block (name, funds and goals in one table).
     */
    continues: z.boolean().default(false).meta({ title: T.continues }),
  };

  const SectionSchema = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('grid'), ...sectionBase, shares: z.array(share).min(1), rows: z.array(z.array(GridCellSchema).min(1)) }).strict(),
    z
      .object({
        kind: z.literal('matrix'),
        ...sectionBase,
        /** Heading over the row labels (blank on most forms). */
        corner: z.string().default(''),
        /** The corner is a plain cell, not a heading with its fill (hunan-2022's project funds). */
        plainCorner: z.boolean().default(false).meta({ title: T.plainCorner }),
        /** Every column heading on one line: each column at least as wide as its heading (hunan-2022's project funds). */
        oneLineTitles: z.boolean().default(false).meta({ title: T.oneLineTitles }),
        /** Width of the row-label column; without it the rows have no label column (a single row of values). */
        labelShare: share.optional(),
        columns: z.array(ColumnSchema).min(1),
        rows: z.array(MatrixRowSchema).min(1),
        side: sideTextSchema.optional(),
        /** Printed in a cell the row does not have. */
        na: z.string().default('—'),
        /** The column headings are the table's header, printed again on every page it continues on. */
        repeatHeader: z.boolean().default(false).meta({ title: T.repeatHeader }),
      })
      .strict(),
    z
      .object({
        kind: z.literal('list'),
        ...sectionBase,
        columns: z.array(ColumnSchema).min(1),
        total: totalSchema.optional(),
        /** 一级指标 → its weight: Σ weights of the group must equal it. */
        groupWeights: z
          .object({
            column: id,
            weight: id,
            expect: z.record(z.string(), z.number()),
            /**
             * Standard splits of the groups' weights (产出 50 / 效益 30 / 满意度 10): each group is classed by
             * templates/standards.yaml `level1Words`, and held to the first split that has a weight for every class
             * present; a form with a group no word classes is left alone. `name` says the split in findings.
             */
            splits: z
              .array(z.object({ name: z.string(), weights: z.partialRecord(z.enum(LEVEL1_BLOCKS), z.number()) }).strict())
              .optional()
              .meta({ title: T.groupSplits }),
          })
          .strict()
          .optional(),
        minRows: z.number().int().min(0).default(1),
        /** The text columns share their room by their text: a long 偏差原因 gets a wide column, an empty one gives room away. */
        balance: z.boolean().default(false).meta({ title: T.balanceText }),
        /**
         * hunan-2022's workbook: an indicator value there takes three columns under these headings (比较符 | 数值或文字 |
         * 计量单位), and the list leaves this many blank rows after the items (a blank workbook: as many).
         */
        sheet: z
          .object({
            split: z.tuple([z.string(), z.string(), z.string()]).optional().meta({ title: T.sheetSplit }),
            blankRows: z.number().int().min(0).default(3).meta({ title: T.sheetBlankRows }),
          })
          .strict()
          .optional()
          .meta({ title: T.sheetList }),
      })
      .strict(),
  ]);

  /** A check no declaration can express: a rule in code, named here, with its places. */
  const CodeCheckSchema = z.object({ rule: z.string(), args: z.record(z.string(), z.union([z.string(), z.number()])).default({}) }).strict();

  /**
   * One cell of a workbook row (hunan-2022's 附件3 and 附件4 sheets): a label (a bold centred heading with `header`),
   * a field of the form (its place in the input from `input`), a place of the input the form does not print (`input`,
   * with its `kind`), the unit's name (`show: unit`, a formula on the cell where it is typed) or a note of
   * templates/workbook.yaml (`note`). A cell follows the one before it, past the columns a label above covers with
   * `rows`; `col` places it further right.
   */
  const SheetCellSchema = z
    .object({
      label: z.string().optional().meta({ title: T.label }),
      header: z.boolean().default(false).meta({ title: T.sheetHeader }),
      field: id.optional().meta({ title: T.field }),
      input: z.string().optional().meta({ title: T.sheetInput }),
      kind: z.enum(['text', 'date', 'file', 'signature']).default('text').meta({ title: T.sheetKind }),
      /** A text field given as a list: one item a row, the label beside the first. */
      list: z.boolean().default(false).meta({ title: T.sheetTextList }),
      show: z.enum(['unit']).optional().meta({ title: T.sheetShow }),
      note: z.string().optional().meta({ title: T.sheetNote }),
      col: z.number().int().positive().optional().meta({ title: T.sheetCol }),
      span: z.number().int().positive().default(1).meta({ title: T.span }),
      /** A label merged down over this many rows; the rows below skip its columns. */
      rows: z.number().int().positive().default(1).meta({ title: T.sheetRowsDown }),
    })
    .strict()
    .refine((c) => [c.label, c.field, c.input, c.show, c.note].filter((v) => v !== undefined).length === 1, DM.oneSheetCellContent);

  /**
   * A row of the sheet: its cells; or with the object its cells belong to (`object`, an input path, read back as {}
   * when blank, or left out if `optional`); or a section of the form laid out as on the form (a matrix, a list).
   * A row without a label goes on the block of the row above (a value under its heading).
   */
  const SheetRowSchema = z.union([
    z.array(SheetCellSchema).min(1),
    z
      .object({
        cells: z.array(SheetCellSchema).min(1),
        object: z.string().optional().meta({ title: T.sheetObject }),
        optional: z.boolean().default(false).meta({ title: T.sheetOptional }),
      })
      .strict(),
    z.object({ section: id }).strict(),
  ]);

  const FormSchema = z
    .object({
      id,
      title: z.string().meta({ title: T.formTitle }),
      /** e.g. "（{{year}}年度）"; left out when the year is in the title. */
      yearLine: z.string().optional().meta({ title: T.yearLine }),
      /** Right-aligned line above the title (Sichuan's 报表编号). */
      reportCode: z.string().optional().meta({ title: T.reportCode }),
      caption: z
        .object({
          left: z.string().default(''),
          right: z.string().default(''),
          /** The unit's seal goes over the left text (填报单位), as on today's hunan-2022 forms. */
          seal: z.boolean().default(false).meta({ title: T.seal }),
        })
        .strict()
        .optional()
        .meta({ title: T.caption }),
      orientation: z.enum(['portrait', 'landscape']).default('landscape').meta({ title: T.orientation }),
      fields: z.record(id, FieldSchema).default({}).meta({ title: T.field }),
      /** None for a form of facts only, printed as no table (hunan-2022's narrative's figures); a printed form has one at least. */
      sections: z.array(SectionSchema).default([]).meta({ title: T.sections }),
      /** Lines under the table: texts with {{field}} places, side by side. */
      signatures: z.array(z.array(z.string())).default([]).meta({ title: T.signatures }),
      notes: z.array(z.string()).default([]).meta({ title: T.notes }),
      /**
       * The signature lines of the set's other forms (填表人、填表日期、联系电话、单位负责人, with their images) instead of
       * `signatures`: `contacts` (hunan-2022, whose lines are in templates/labels.yaml `common`).
       */
      signatureBlock: z.enum(['contacts']).optional().meta({ title: T.signatureBlock }),
      /** Widths of the columns: one grid for every section (their columns line up), headings kept whole, keepChars. */
      widths: z
        .object({
          shared: z.boolean().default(false).meta({ title: T.sharedWidths }),
          wholeHeadings: z.boolean().default(false).meta({ title: T.wholeHeadings }),
          /** Per column, characters of room a raised heading may not take from it (the label column's "其中：办公经费"). */
          keepChars: z.array(z.number().min(0)).default([]).meta({ title: T.keepChars }),
        })
        .strict()
        .optional()
        .meta({ title: T.widths }),
      /**
       * hunan-2022's workbook: the sheet's column widths (characters) and, for a sheet laid out otherwise than the form,
       * its rows (src/workbook/sheets/fromRows.ts): under the title, the year line and the caption (over `captionSpan`
       * columns), these rows top to bottom.
       */
      sheet: z
        .object({
          widths: z.array(z.number().positive()),
          captionSpan: z.number().int().positive().default(1).meta({ title: T.sheetCaptionSpan }),
          rows: z.array(SheetRowSchema).optional().meta({ title: T.sheetRows }),
        })
        .strict()
        .optional()
        .meta({ title: T.sheet }),
      /** One page if a smaller style allowed by templates/styles.yaml `fit.<name>` gets the form there. */
      fit: z.string().optional().meta({ title: T.fit }),
      /**
       * Where the form's cells are in an input of another shape (hunan-2022's `basicData.*`): the form's place
       * (`fields.<id>`, `<section>.<row>`, `<section>.<row>.<column>`, `<section>.<row>.items`, `<list>`, `<list>.total`,
       * `defaults.scoreDecimals|rateDecimals`) → the input's path, or a list of paths (the first with a value), or for
       * items and lists `{ from, values }`. src/forms/loadProfile.ts refuses any other place.
       */
      input: z
        .record(z.string(), z.union([z.string(), z.array(z.string()).min(1), z.object({ from: z.string(), values: z.string().optional() }).strict()]))
        .optional()
        .meta({ title: T.inputPlaces }),
      checks: z.array(CodeCheckSchema).default([]).meta({ title: T.checks }),
      /**
       * "The same fact" for a form printed once per item (a project's 附件4): the item's own row among the rows of
       * items of another document (the 基础数据表's project rows), found by name, and the cells that must agree with
       * that row's columns. `name`: the first of these that the item gives names the row (a field, or for a form read
       * through `input` an input place of the item not printed, `{ input: basicDataRow }`); `columns`: the row's
       * column → this form's cells, one of which must equal it (several: the 本年预算数 may be the 年初 or the 全年预算数).
       */
      sameRow: z
        .object({
          document: id.meta({ title: T.sameRowDocument }),
          rows: z.array(z.string()).min(1).meta({ title: T.sameRowRows }),
          name: z
            .array(z.union([id, z.object({ input: z.string().min(1) }).strict()]))
            .min(1)
            .meta({ title: T.sameRowName }),
          columns: z.record(id, z.array(z.string()).min(1)).meta({ title: T.sameRowColumns }),
        })
        .strict()
        .optional()
        .meta({ title: T.sameRow }),
      /**
       * The finding each kind of relation reports under, from the check catalog (hunan-2022 keeps its ids and wording:
       * `sum: E_BASIC_DATA_TOTAL`), read by src/check/formRelations.ts for a form checked with today's input; the
       * engine's own findings (E_FORM_SUM …) are unchanged by it. A list's stated total may name one id per column
       * (`total: { weight: E_WEIGHT_SUM, score: E_SCORE_SUM }`), as may a total's `makes`, and a cell's `atMost` one per section (`fields` for the
       * form's fields). An indicator row's score may name several, each judging the same outcome (`indicatorScore: [E_QUANT_SCORE,
       * W_MET_NOT_FULL, …]`); `groupWeight` names the finding of a group held to the list's `groupWeights.splits`, `sameAs` that of a field unlike the field it should equal, `same` (per field) that of a field unlike the other document's fact it is declared `same` as, `rowMissing` and `sameRow` (per column) those of `sameRow`. A rule that several forms name reports the first place each form names it, form by form, then
       * the second …
       */
      findings: z
        .object({
          sum: z.string(),
          atMost: z.string(),
          rate: z.string(),
          executionScore: z.string(),
          total: z.union([z.string(), z.record(z.string(), z.string())]),
          makes: z.union([z.string(), z.record(z.string(), z.string())]),
          cellAtMost: z.union([z.string(), z.record(z.string(), z.string())]),
          indicatorScore: z.union([z.string(), z.array(z.string())]),
          groupWeight: z.string(),
          sameAs: z.string(),
          /** `same`: a field unlike the fact of another document it is the same as; one id per field, or one for all. */
          same: z.union([z.string(), z.record(z.string(), z.string())]),
          /** `sameRow`: the item names no row, and (per column of the row) a row that disagrees. */
          rowMissing: z.string(),
          sameRow: z.union([z.string(), z.record(z.string(), z.string())]),
        })
        .partial()
        .strict()
        .optional()
        .meta({ title: T.findingIds }),
    })
    .strict();

  const ProfileSchema = z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/).meta({ title: T.id }),
      name: z.string().meta({ title: T.chineseName }),
      description: z.string().meta({ title: T.description }),
      /** Values of the whole input (单位名称、年度…): unit, year and reportDate at least. */
      fields: z.record(id, FieldSchema).meta({ title: T.commonFields }),
      documents: z
        .array(
          z
            .object({
              id,
              /** A table form (the default), or the narrative (正文, hunan-2022's templates/narrative.hbs), which names no form. */
              kind: z.enum(DOCUMENT_KINDS).default('form').meta({ title: T.documentKind }),
              form: id.optional().meta({ title: T.form }),
              /** The narrative: the form of facts only whose fields are the figures it prints (hunan-2022's forms/narrative.yaml). */
              facts: id.optional().meta({ title: T.facts }),
              /** The input key of a list: one document per item. Without it the input key is the document's id. */
              each: id.optional().meta({ title: T.each }),
              attachment: z.string().optional().meta({ title: T.attachment }),
              title: z.string().meta({ title: T.documentTitle }),
              fileName: z.string().meta({ title: T.fileName }),
            })
            .strict(),
        )
        .default([])
        .meta({ title: T.documents }),
      combined: z.object({ title: z.string(), fileName: z.string() }).strict().default({ title: '', fileName: '' }).meta({ title: T.combined }),
      pageNumber: z.string().default('').meta({ title: T.pageNumber }),
      /** The mark at the top of a page where a table goes on. */
      continued: z.string().default('').meta({ title: T.continued }),
      defaults: z
        .object({
          /** How a rate whose base is zero prints: "—" or e.g. "0.00%". */
          zeroOverZero: z.string().default('—'),
          scoreDecimals: z.number().int().min(0).max(4).default(2),
          rateDecimals: z.number().int().min(0).max(4).default(2),
        })
        .strict()
        .prefault({})
        .meta({ title: T.defaults }),
      /**
       * What a batch summary's line of this unit shows (src/summary/unit.ts): the cells of one document that hold its
       * 资金总额, 执行数 and 自评得分; a document printed per item adds its copies' amounts.
       */
      summary: z
        .object({ document: id, budget: z.string().optional(), executed: z.string().optional(), score: z.string().optional() })
        .strict()
        .optional()
        .meta({ title: T.summary }),
      grades: z
        .array(z.object({ min: z.number(), name: z.string() }).strict())
        // Without its own bands a profile grades by the central ones (templates/standards.yaml), as hunan-2022 does.
        .default(() => standards().grades)
        .meta({ title: T.grades }),
      /**
       * The checks of a set built by today's code, in the order they report: a coded rule's name (src/check/codedRules.ts)
       * or a finding id its forms' `findings` declare. An engine profile names its code checks in each form's `checks`.
       */
      checks: z.array(z.string()).default([]).meta({ title: T.profileChecks }),
      /**
       * What the set reports on: a department as a whole (部门整体, the default) or projects only (项目支出); a batch
       * summary's title follows the units' scopes (templates/summary.yaml report.title).
       */
      scope: z.enum(PROFILE_SCOPES).default('department').meta({ title: T.scope }),
      /** Built by today's code rather than by the engine (hunan-2022). */
      engine: z.enum(['forms', 'legacy']).default('forms').meta({ title: T.engine }),
      /** Where the profile follows another year's form because the source was not seen. */
      notes: z.string().optional().meta({ title: T.profileNotes }),
    })
    .strict();

  return { FieldSchema, GridCellSchema, ColumnSchema, MatrixRowSchema, SectionSchema, CodeCheckSchema, SheetCellSchema, SheetRowSchema, FormSchema, ProfileSchema };
}

export type DefinitionSchemas = ReturnType<typeof buildSchemas>;
let schemas: DefinitionSchemas | undefined;

/** The zod schemas of a profile's files, built the first time they are asked for. */
export function definitionSchemas(): DefinitionSchemas {
  return (schemas ??= buildSchemas());
}

export type FieldDef = z.infer<DefinitionSchemas['FieldSchema']>;
export type GridCell = z.infer<DefinitionSchemas['GridCellSchema']>;
export type ColumnDef = z.infer<DefinitionSchemas['ColumnSchema']>;
export type MatrixRowDef = z.infer<DefinitionSchemas['MatrixRowSchema']>;
export type SectionDef = z.infer<DefinitionSchemas['SectionSchema']>;
export type GridSection = Extract<SectionDef, { kind: 'grid' }>;
export type MatrixSection = Extract<SectionDef, { kind: 'matrix' }>;
export type ListSection = Extract<SectionDef, { kind: 'list' }>;
export type CodeCheckDef = z.infer<DefinitionSchemas['CodeCheckSchema']>;
export type SheetCellDef = z.infer<DefinitionSchemas['SheetCellSchema']>;
export type SheetRowDef = z.infer<DefinitionSchemas['SheetRowSchema']>;
export type FormDef = z.infer<DefinitionSchemas['FormSchema']>;
export type ProfileDef = z.infer<DefinitionSchemas['ProfileSchema']>;

/** A document of the set as profile.yaml lists it: a table form or the narrative. */
export type SetDocument = ProfileDef['documents'][number];

/** A document printed from a form definition. */
export type FormDocument = SetDocument & { kind: 'form'; form: string };

/** A document whose definition holds facts: a printed form's, or the narrative's figures (`facts`). */
export type FactDocument = SetDocument & { form: string };

const factDocumentsOf = new WeakMap<readonly SetDocument[], readonly FactDocument[]>();

/**
 * The documents whose definitions hold facts the checks compare, in the set's order: each form, and the narrative's
 * `facts`. Made once per set: every fact one form takes from another looks its document up here.
 */
export function factDocuments(set: readonly SetDocument[]): readonly FactDocument[] {
  let documents = factDocumentsOf.get(set);
  if (!documents) {
    documents = set.flatMap((d) => (d.kind === 'form' && d.form !== undefined ? [d as FactDocument] : d.kind === 'narrative' && d.facts !== undefined ? [{ ...d, form: d.facts }] : []));
    factDocumentsOf.set(set, documents);
  }
  return documents;
}

/** The document a fact names (`<document>.<ref>`): one printed once, whose definition holds facts; none for another. */
export function factDocument(set: readonly SetDocument[], id: string): FactDocument | undefined {
  return factDocuments(set).find((d) => d.id === id && !d.each);
}

export interface Profile extends Omit<ProfileDef, 'documents'> {
  forms: Record<string, FormDef>;
  /** The documents printed from form definitions, in the set's order. */
  documents: FormDocument[];
  /** Every document of the set in its order, the narrative too (hunan-2022's 正文). */
  set: SetDocument[];
}

/** A form's title without its template parts ("部门预算项目支出绩效自评表（{{year}}年度）" → "部门预算项目支出绩效自评表"), for messages. */
/** A row's label as the row's name in a message: without the colon that leads on to its parts on paper ("三公经费："). */
export function rowName(label: string): string {
  return label.replace(LEADS_ON, '') || label;
}

export function plainTitle(form: Pick<FormDef, 'title'>): string {
  return form.title
    .replace(/（[^（）]*\{\{[^}]*\}\}[^（）]*）/g, '')
    .replace(YEAR_PREFIX, '')
    .replace(/\{\{[^}]*\}\}/g, '')
    .trim();
}
