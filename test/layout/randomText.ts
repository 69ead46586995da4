const HANZI = '招商引资项目汇编完成率对接客商宣传片绩效考核执行时间成本控制经济效益社会满意度部门整体支出年度指标值实际偏差原因分析改进措施';
const PUNCT = ['，', '。', '、', '；', '：', '（', '）', '“', '”', '《', '》', '！', '？', '—', '……', '·', '%', '％', '≥', '≤', '-', '/', '(', ')', ',', '.'];
const LATIN = ['GDP', 'PPP', 'e.g.', 'http://x.cn/a?b=1', 'Noto', 'supercalifragilisticexpialidocious', 'ISO9001'];

/** Text of about `length` characters mixing hanzi, punctuation, numbers, Latin words, spaces and newlines. */
export function randomText(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    const r = random();
    if (r < 0.6) out += HANZI[Math.floor(random() * HANZI.length)];
    else if (r < 0.78) out += PUNCT[Math.floor(random() * PUNCT.length)];
    else if (r < 0.88) out += (random() * 10 ** Math.floor(random() * 8)).toFixed(Math.floor(random() * 3));
    else if (r < 0.95) out += LATIN[Math.floor(random() * LATIN.length)];
    else if (r < 0.985) out += ' ';
    else out += '\n';
  }
  return out;
}
