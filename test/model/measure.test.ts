import { describe, expect, it } from 'vitest';
import { parseMeasure } from '../../src/model/measure.js';

describe('parseMeasure (年度指标值 / 实际完成值)', () => {
  it.each([
    ['≥3次', '≥', '3', '次'],
    ['≥939亿元', '≥', '939', '亿元'],
    ['=100%', '=', '100', '%'],
    ['983.74亿元', undefined, '983.74', '亿元'],
    ['≥100人次', '≥', '100', '人次'],
    ['200人次', undefined, '200', '人次'],
    ['>=95%', '≥', '95', '%'],
    ['≤ 20 万元', '≤', '20', '万元'],
    // Units real project forms use: 路灯 by the 盏, a 成本指标 per household or per kilometre
    ['=120盏', '=', '120', '盏'],
    ['3.5米', undefined, '3.5', '米'],
    ['≥12公顷', '≥', '12', '公顷'],
    ['≤1500元/户', '≤', '1500', '元/户'],
    ['19.6万元/公里', undefined, '19.6', '万元/公里'],
    // Thousands grouped with commas, as amounts may be typed; a full-width slash is the same unit as /
    ['1,200盏', undefined, '1200', '盏'],
    ['≥1,500.5元／户', '≥', '1500.5', '元/户'],
    // Digits and the point of an input method's full-width mode
    ['≥１２０户', '≥', '120', '户'],
    ['＝９８．５％', '=', '98.5', '%'],
  ])('reads %s as a quantity', (raw, comparator, value, unit) => {
    const m = parseMeasure(raw);
    expect(m.kind).toBe('quantity');
    if (m.kind !== 'quantity') return;
    expect(m.comparator).toBe(comparator);
    expect(m.value.toString()).toBe(value);
    expect(m.unit).toBe(unit);
  });

  it.each(['积极吸引', '长期', '2022年全年', '成本控制在2022年预算内', '及时', '2023年11月底前', '100元/', '5元/月底', '1,2盏', '12,00盏', '1,2000盏', '完成。', '第１季度'])('keeps %s as text', (raw) => {
    expect(parseMeasure(raw)).toEqual({ kind: 'text', text: raw });
  });

  it('prints a quantity the way the form shows it', () => {
    expect(parseMeasure('>=95%').text).toBe('≥95%');
    expect(parseMeasure('≥3次').text).toBe('≥3次');
    expect(parseMeasure('1,200盏').text).toBe('1,200盏');
  });
});
