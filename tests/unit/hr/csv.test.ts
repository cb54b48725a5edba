import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/hr/csv';

describe('CSV for Excel', () => {
  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    const csv = toCsv([['姓名', '状态'], ['王磊', '已完成']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFF姓名,状态\r\n王磊,已完成\r\n');
  });

  it('quotes commas, quotes and line breaks inside a field', () => {
    expect(csvField('张三,李四')).toBe('"张三,李四"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(toCsv([['王"磊', 'x,y'], ['多\n行', '']])).toBe('\uFEFF"王""磊","x,y"\r\n"多\n行",\r\n');
  });

  it('neutralises text Excel would run as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+86 138')).toBe("'+86 138");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=HYPERLINK("http://x","点我")')).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csvField('王=磊')).toBe('王=磊');
  });

  it('writes numbers as numbers and empties as empty', () => {
    expect(toCsv([[90, -5, null, undefined, Number.NaN]])).toBe('\uFEFF90,-5,,,\r\n');
  });
});
