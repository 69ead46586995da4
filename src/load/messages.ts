/**
 * The wording of every refusal of input before it is read into the model: files that cannot or must not be read,
 * encodings, syntax the data must not use, and the budgets. One catalog, so the clerk's words stay in one place.
 * Arguments arrive formatted ("4 MB", "16000").
 */
/** What a JSON text lacks where its syntax goes wrong, as the scanner (json.ts) finds it; said after "文件格式错误：". */
export const JSON_SYNTAX_MESSAGES = {
  empty: '文件是空的，没有任何数据',
  endTooSoon: '文件在这里就结束了：后面缺少内容或右括号（可能文件没有保存完整）',
  extraText: '完整的数据之后还有多余的内容：可能多了一个右括号，或两份数据拼在了一起',
  lineBreakInString: '引号里的文字不能直接换行：请写在一行内，换行处写作 \\n',
  controlInString: (c: string) => `引号里有不可见的控制字符 U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}，请删除`,
  unclosedString: '有一段文字缺少结尾的双引号“\"”',
  commaOrClose: (close: string) => `这里应是逗号“,”（分隔两项）或“${close}”（结束这一组）：可能漏了逗号`,
  trailingComma: (close: string) => `“${close}”前多了一个逗号：最后一项后面不能有逗号`,
  keyInQuotes: '字段名应写在半角双引号里，如 "year"',
  colonAfterKey: '字段名后应是半角冒号“:”',
  fullWidth: (wide: string, narrow: string) => `这里用了全角符号 ${wide} ，应为半角符号 ${narrow}（请切换到英文输入法）`,
  singleQuote: '文字应写在半角双引号“\"”里，不能用单引号',
  notFiniteNumber: 'JSON 里不能写 NaN 或 Infinity：请填写一个数字，没有的不填',
  badNumber: '数字的写法不对：如 12、12.5、-3；不能以小数点开头或结尾，整数部分不能以 0 开头',
  valueExpected: '这里应是一个值：数字、半角双引号里的文字、true、false、null、{…} 或 […]；文字请加双引号',
  unknown: 'JSON 格式不对',
} as const;

export const LOAD_MESSAGES = {
  notFound: (what: string, file: string) => `找不到${what}：${file}`,
  noPermission: (what: string, file: string) => `没有权限读取${what} ${file}：请检查文件的权限`,
  isFolder: (what: string, file: string) => `${what} ${file} 是一个文件夹，请给出文件的路径`,
  unreadable: (what: string, file: string, code: string) => `无法读取${what} ${file}（${code}）`,
  notOrdinaryFile: (what: string, file: string) => `${what} ${file} 不是普通文件（是设备、管道或套接字）：jixiao 只读取普通文件`,
  fileTooLarge: (what: string, file: string, max: string) => `${what} ${file} 太大：最多 ${max}。请检查是否选错了文件`,
  inputFile: '输入文件',
  compareDefaultProfileOnly: (file: string, id: string, only: string) => `${file} 的表格类型是 ${id}，另一个数据文件是 ${only}：比较和更正说明（diff、--correction-of）只用于同一份报告的两个版本`,
  imageFile: '图片文件',
  embeddedImage: '工作簿中的签名图片',
  embeddedImageTooLarge: (where: string, size: string, max: string) => `${where}太大（${size}），最多 ${max}：请把图片缩小后再放进工作簿`,

  unsupportedType: (ext: string, resave: boolean) => `不支持的输入文件类型“${ext}”${resave ? '：请在 Excel 或 WPS 中“另存为” .xlsx 工作簿' : ''}；请使用 .xlsx、.yaml/.yml 或 .json 文件`,
  atLine: (file: string, line: number) => `${file} 第 ${line} 行`,
  atLineColumn: (file: string, line: number, column: number) => `${file} 第 ${line} 行第 ${column} 列`,
  syntax: (what: string, excerpt: string) => `文件格式错误：${what}\n${excerpt}`,
  syntaxHint: '请检查该位置附近的括号、引号、逗号和缩进',
  cannotRead: (file: string) => `无法读取 ${file}`,
  /** The yaml library's error codes in the clerk's words (the library's own sentence follows in brackets). */
  yamlProblems: {
    BAD_INDENT: '缩进不正确',
    TAB_AS_INDENT: '不能用 Tab 键缩进，请改用空格',
    DUPLICATE_KEY: '同一层级里出现了重复的字段名',
    MISSING_CHAR: '缺少配对的引号或括号',
    MULTIPLE_DOCS: '一个文件里只能有一份数据（不要用 --- 分隔多份）',
    UNEXPECTED_TOKEN: '这里出现了不该有的符号',
    BLOCK_AS_IMPLICIT_KEY: '字段名写法不对（冒号前不能换行）',
    MULTILINE_IMPLICIT_KEY: '字段名不能跨行',
    BAD_SCALAR_START: '取值的开头不对（以特殊符号开头的文字请加引号）',
    TAG_RESOLVE_FAILED: '不认识的类型标记（以 ! 开头，如 !!js/function）：数据文件里只能写普通的文字、数字、列表和字段',
    BAD_ALIAS: '别名（*）指向了不存在的锚点（&）',
  } as Record<string, string>,

  binaryAsText: (file: string, ext: string, kind: 'zip' | 'xls' | 'pdf') =>
    ({
      zip: `${file} 不是文本文件，而是压缩格式的文件（如 Excel 的 .xlsx 工作簿），扩展名却是“${ext || '（无）'}”：若它是 .xlsx 工作簿，请把扩展名改回 .xlsx 后再运行`,
      xls: `${file} 是旧版 Excel 文件（.xls），不是${ext || '文本'}文件：请在 Excel 或 WPS 中打开，“另存为” .xlsx 工作簿后再运行`,
      pdf: `${file} 是 PDF 文件，不是数据文件：请给出填好数据的 .xlsx、.yaml 或 .json 文件`,
    })[kind],
  notUtf8: (file: string) => `文件不是 UTF-8 编码，请另存为 UTF-8：${file}（常见于 GBK/GB18030 编码的文件；可在记事本或 WPS 中“另存为”时选择 UTF-8）`,
  duplicateKey: (key: string) => `同一层级里出现了重复的字段名“${key}”`,
  jsonTooDeep: (max: number) => `括号嵌套超过 ${max} 层，不是报告数据应有的结构`,
  yamlTooDeep: '括号或缩进嵌套的层数太多，不是报告数据应有的结构',
  yamlSlips: {
    fullWidthColon: (key: string) => `“${key}”后面的冒号是全角的“：”，应为半角的“:”，冒号后再空一格（如 ${key}: 值；请切换到英文输入法）`,
    noSpace: (key: string) => `“${key}:”后面少了一个空格：应写成“${key}: 值”，冒号后空一格`,
    colonInText: (key: string) => `“${key}”的文字里有“: ”（冒号加空格），会被当成又一个字段名：请给整段文字加上双引号，如 ${key}: "……"，或把这个冒号改为全角的“：”`,
  },
  yamlUndefinedAlias: (name: string) => `别名 *${name} 指向了不存在的锚点：文件中在它之前没有 &${name}（若这里是要写的文字，请加引号）`,
  yamlAliasBomb: '别名（*）引用过多，展开后的数据会大得不合常理（疑似“别名炸弹”）：请直接写出数据，少用 & 和 *',

  notPng: (file: string, jpeg: boolean) =>
    `图片文件 ${file} ${jpeg ? '是 JPEG 图片，不是 PNG 图片' : '不是 PNG 图片'}：签名和印章图片须为 PNG 格式，请用画图、WPS 等软件“另存为” PNG`,
  imageTooLarge: (a: { file: string; width: number; height: number; decoded: string; side: number; maxDecoded: string }) =>
    `图片 ${a.file} 太大：${a.width} × ${a.height} 像素，解码后约 ${a.decoded}；最多 ${a.side} × ${a.side} 像素、解码后 ${a.maxDecoded}。签名或印章图片 1000 像素见方已足够清晰，请缩小后再用`,

  workbookDamaged: (file: string, detail: string) => `无法读取 Excel 工作簿 ${file}：文件已损坏，或不是 .xlsx 格式（${detail}）`,
  workbookTooLarge: (file: string, size: string, max: string) =>
    `Excel 工作簿 ${file} 解压后有 ${size}，超过上限 ${max}：表格里可能有大量多余的行、图片或嵌入文件（也可能是恶意构造的“压缩炸弹”）。请删除多余内容后另存，或用 jixiao init 生成新工作簿后把数据复制过去`,
  atLeast: (size: string) => `${size} 以上`,
  worksheetTooLong: (file: string, sheet: string, rows: number, max: number) =>
    `Excel 工作簿 ${file} 的工作表“${sheet}”有 ${rows} 行，最多 ${max} 行：请删除表格下方多余的行（选中后“删除行”，不只是清除内容）后保存`,
  unsavedFormulas: (file: string) => `Excel 工作簿 ${file} 有未保存计算结果的公式，无法读取`,
  unsavedFormula: { message: (formula: string) => `单元格是公式（${formula}），但文件里没有保存它的计算结果`, hint: '请用 Excel 或 WPS 打开该文件并保存一次（保存时会算出公式的结果），再重新运行；或把公式改为直接填写的数值或文字' },

  overBudget: (what: string, fix: string) => `输入超出 jixiao 的处理上限：${what}。${fix}`,
  tooManyProjects: (n: number, max: number) => [`项目支出绩效自评表有 ${n} 张，最多 ${max} 张`, '请把项目分到几个数据文件中分别生成'] as const,
  tooManyIndicators: (n: number, max: number) => [`各表绩效指标合计 ${n} 条，最多 ${max} 条`, '请合并相近的指标，或把项目分到几个数据文件中'] as const,
  tooManyPages: (chars: number, pages: number, max: number) =>
    [`报告的文字共 ${chars} 字，估计排版后约 ${pages} 页，最多 ${max} 页`, '请精简说明文字（自评报告和附表通常不超过几十页）'] as const,
} as const;
