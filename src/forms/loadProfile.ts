/**
 * A profile from its files' text (no file system here: a browser or a test hands the texts over). Every mistake
 * in them is collected and reported once, each naming its file and the key's path, in Chinese.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { UserError, type Finding } from '../diagnostics/finding.js';
import { CODE_CHECKS } from './checks.js';
import { FormSchema, ProfileSchema, type FormDef, type Profile } from './definition.js';
import { formMessage } from './messages.js';

/** The files of one profile folder: "profile.yaml" and "forms/<name>.yaml", by relative path. */
export type ProfileFiles = Record<string, string>;

/** The fields every profile's input has: the PDFs' names and metadata are made from them. */
export const REQUIRED_PROFILE_FIELDS = ['unit', 'year', 'reportDate'] as const;

function problem(file: string, path: string, message: string): Finding {
  return { id: 'E_PROFILE_FILE', level: 'error', path: `${file}${path ? `#${path}` : ''}`, where: `${file}${path ? ` › ${path}` : ''}`, message, hint: formMessage('E_PROFILE_FILE').hint };
}

function parseYamlFile(file: string, text: string, problems: Finding[]): unknown {
  const doc = parseDocument(text);
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(problem(file, e.linePos ? `第 ${e.linePos[0].line} 行` : '', `YAML 写法有误：${e.message.split('\n')[0]}`));
    return undefined;
  }
  return doc.toJS();
}

function validate<T>(schema: z.ZodType<T>, file: string, data: unknown, problems: Finding[]): T | undefined {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const path = issue.path.map(String).join('.');
    const what = issue.code === 'unrecognized_keys' ? `不认识的键：${issue.keys.join('、')}` : issue.code === 'invalid_type' && issue.input === undefined ? '缺少这一项' : issue.message;
    problems.push(problem(file, path, what));
  }
  return undefined;
}

/** Names a form uses must exist in it: relation targets, grid fields, row ids. */
function crossCheck(file: string, form: FormDef, problems: Finding[]): void {
  const fields = new Set(Object.keys(form.fields));
  for (const [id, f] of Object.entries(form.fields)) {
    const related = [f.rate?.of, f.rate?.over, f.executionScore?.rate, f.executionScore?.weight].filter((x): x is string => x !== undefined);
    for (const x of [...(f.sum ?? []), ...(f.sameAs ? [f.sameAs] : []), ...related]) if (!fields.has(x)) problems.push(problem(file, `fields.${id}`, `引用的字段“${x}”没有在 fields 中定义`));
  }
  form.checks.forEach((c, i) => !CODE_CHECKS[c.rule] && problems.push(problem(file, `checks.${i}.rule`, `没有名为“${c.rule}”的检查；可用的有：${Object.keys(CODE_CHECKS).join('、')}`)));
  form.sections.forEach((s, si) => {
    const at = (p: string) => `sections.${si}.${p}`;
    if (s.kind === 'grid') {
      s.rows.forEach((r, ri) => {
        const width = r.reduce((n, c) => n + c.span, 0);
        if (width !== s.shares.length) problems.push(problem(file, at(`rows.${ri}`), `这一行占 ${width} 列，而本部分有 ${s.shares.length} 列（shares）`));
        r.forEach((c, ci) => c.field && !fields.has(c.field) && problems.push(problem(file, at(`rows.${ri}.${ci}.field`), `字段“${c.field}”没有在 fields 中定义`)));
      });
      return;
    }
    const columns = new Set(s.columns.map((c) => c.id));
    s.columns.forEach((c, ci) => {
      const refs = [c.rate?.of, c.rate?.over, c.executionScore?.rate, c.executionScore?.weight, c.product?.percent, c.product?.of, c.indicatorScore?.target, c.indicatorScore?.actual, c.indicatorScore?.weight, c.indicatorScore?.comparator, c.atMost];
      for (const r of refs) if (r && !columns.has(r)) problems.push(problem(file, at(`columns.${ci}`), `引用的列“${r}”不存在`));
    });
    if (s.kind === 'matrix') {
      const rows = new Set(s.rows.map((r) => r.id));
      s.rows.forEach((r, ri) => [...(r.sum ?? []), ...(r.atMost ? [r.atMost] : [])].forEach((x) => !rows.has(x) && problems.push(problem(file, at(`rows.${ri}`), `引用的行“${x}”不存在`))));
      s.columns.forEach((c, ci) => (c.rows ?? []).forEach((x) => !rows.has(x) && problems.push(problem(file, at(`columns.${ci}.rows`), `引用的行“${x}”不存在`))));
      if (s.side && !fields.has(s.side.field)) problems.push(problem(file, at('side.field'), `字段“${s.side.field}”没有在 fields 中定义`));
    }
    if (s.kind === 'list' && s.total) {
      for (const col of Object.keys(s.total.sums)) if (!columns.has(col)) problems.push(problem(file, at(`total.sums.${col}`), `列“${col}”不存在`));
    }
  });
}

/** `same: <document>.<ref>` must name a document printed once and a field, or a matrix cell, of its form. */
function sameTargets(documents: readonly { id: string; form: string; each?: string }[], forms: Record<string, FormDef>, report: (form: string, id: string, what: string) => void): void {
  for (const [formId, form] of Object.entries(forms)) {
    for (const [id, f] of Object.entries(form.fields)) {
      if (!f.same) continue;
      const [docId, a, b, c] = f.same.split('.');
      const doc = documents.find((d) => d.id === docId);
      const target = doc && forms[doc.form];
      if (!doc || !target) report(formId, id, `没有标识为“${docId}”的文件；可用的有：${documents.map((d) => d.id).join('、')}`);
      else if (doc.each) report(formId, id, `文件“${docId}”每项一份（${doc.each}），没有唯一的一个数可比`);
      else if (b === undefined ? !target.fields[a] : !target.sections.some((s) => s.id === a && s.kind === 'matrix' && s.rows.some((r) => r.id === b) && s.columns.some((x) => x.id === c)))
        report(formId, id, `在文件“${docId}”的表格中找不到“${f.same.slice(docId.length + 1)}”（应为字段，或 部分.行.列）`);
    }
  }
}

/** Validates a profile folder's files and returns the profile; throws a UserError listing every mistake. */
export function parseProfile(folder: string, files: ProfileFiles): Profile {
  const problems: Finding[] = [];
  const name = (f: string) => `${folder}/${f}`;
  if (files['profile.yaml'] === undefined) throw new UserError(`表格定义 ${folder} 中没有 profile.yaml`, [problem(name('profile.yaml'), '', '缺少这个文件')]);
  const profile = validate(ProfileSchema, name('profile.yaml'), parseYamlFile(name('profile.yaml'), files['profile.yaml'], problems), problems);
  const forms: Record<string, FormDef> = {};
  for (const [path, text] of Object.entries(files)) {
    const m = /^forms\/([^/]+)\.ya?ml$/.exec(path);
    if (!m) continue;
    const data = parseYamlFile(name(path), text, problems);
    const form = data === undefined ? undefined : validate(FormSchema, name(path), data, problems);
    if (!form) continue;
    if (form.id !== m[1]) problems.push(problem(name(path), 'id', `id “${form.id}”应与文件名“${m[1]}”相同`));
    crossCheck(name(path), form, problems);
    forms[form.id] = form;
  }
  if (profile) {
    if (profile.id !== folder.split('/').pop()) problems.push(problem(name('profile.yaml'), 'id', `id “${profile.id}”应与文件夹名相同`));
    for (const f of REQUIRED_PROFILE_FIELDS) if (!profile.fields[f]) problems.push(problem(name('profile.yaml'), `fields.${f}`, `缺少公共字段“${f}”`));
    if (profile.engine === 'forms') {
      // What the legacy set keeps in templates/labels.yaml, an engine profile must say itself.
      if (!profile.documents.length) problems.push(problem(name('profile.yaml'), 'documents', '至少要有一个文件'));
      if (!profile.combined.title || !profile.combined.fileName) problems.push(problem(name('profile.yaml'), 'combined', '缺少合订本的 title 或 fileName'));
      if (!profile.pageNumber) problems.push(problem(name('profile.yaml'), 'pageNumber', '缺少页码格式，如 "— {{page}} —"'));
      if (!profile.continued) problems.push(problem(name('profile.yaml'), 'continued', '缺少续表标记，如 续表'));
      profile.documents.forEach((d, i) => !forms[d.form] && problems.push(problem(name('profile.yaml'), `documents.${i}.form`, `表格“${d.form}”没有对应的 forms/${d.form}.yaml`)));
      sameTargets(profile.documents, forms, (form, id, what) => problems.push(problem(name(`forms/${form}.yaml`), `fields.${id}.same`, what)));
    }
  }
  if (problems.length || !profile) throw new UserError(`表格定义 ${folder} 有 ${problems.length} 处错误`, problems);
  return { ...profile, forms };
}
