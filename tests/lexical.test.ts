import { describe, it, expect } from 'vitest';
import { check } from './checked.js';
import { quantities } from '../src/text/numbers.js';
import { tokenize } from '../src/text/tokenize.js';

// Issue 22's lexical failures: faithful restatements that drew errors, and polarity that drew none.
// Each pair below is written as an editor would write it; each faithful one must stay clean and each
// changed one must still be flagged.

/** The words that one rule flags (error or warning) in a summary checked against a source. */
const flaggedBy = (rule: string) => (summary: string, source: string) =>
  check(summary, source).flags.filter((f) => f.severity !== 'info' && f.rule === rule).map((f) => f.text);
const values = (s: string) => quantities(tokenize(s)).map((q) => q.value);

describe('numbers in words (number-mismatch)', () => {
  const numbers = flaggedBy('number-mismatch');
  it('reads Arabic compounds as one figure: a group after a scale starts again, ونصف المليون is half of it', () => {
    expect(values('مليونان ومئتا ألف')).toEqual([2_200_000]);
    expect(values('مليونين ومئتي ألف')).toEqual([2_200_000]);
    expect(values('ثلاثة ملايين ونصف المليون')).toEqual([3_500_000]);
    expect(values('ثلاثة ملايين وخمسمئة ألف')).toEqual([3_500_000]);
    // the readings that were right stay right
    expect(values('مليون ونصف')).toEqual([1_500_000]);
    expect(values('ألف ومئتان')).toEqual([1200]);
    expect(values('ثلاث مئة وستين')).toEqual([360]);
    expect(values('خمسة وعشرون ألفا')).toEqual([25_000]);
    const src = 'وقالت الوزارة إن عدد السكان بلغ 2.2 مليون نسمة في نهاية العام الماضي.';
    expect(numbers('بلغ عدد السكان مليونين ومئتي ألف نسمة في نهاية العام.', src)).toEqual([]);
    expect(numbers('بلغ عدد السكان مليونين وثلاثمئة ألف نسمة في نهاية العام.', src)).toEqual(['مليونين وثلاثمئة ألف']);
    const refugees = 'وقالت المفوضية إن عدد اللاجئين وصل إلى 3.5 مليون لاجئ هذا العام.';
    expect(numbers('وصل عدد اللاجئين إلى ثلاثة ملايين ونصف المليون لاجئ.', refugees)).toEqual([]);
    expect(numbers('وصل عدد اللاجئين إلى أربعة ملايين ونصف المليون لاجئ.', refugees)).toEqual(['أربعة ملايين ونصف المليون']);
  });
  it('reads Arabic ordinals of the teens (الحادي عشر، الثامنة عشرة), not their عشر as ten', () => {
    expect(values('الحادي عشر')).toEqual([11]);
    expect(values('الثامنة عشرة')).toEqual([18]);
    expect(values('القرن الحادي والعشرين')).toEqual([21]);
    // an ordinal alone is no count (الربع الثاني، العالم الثالث)
    expect(values('في الربع الثاني من العام')).toEqual([]);
    const festival = 'انطلقت الدورة الـ18 من مهرجان القاهرة السينمائي يوم الخميس.';
    expect(numbers('انطلقت الدورة الثامنة عشرة من المهرجان يوم الخميس.', festival)).toEqual([]);
    expect(numbers('انطلقت الدورة السابعة عشرة من المهرجان يوم الخميس.', festival)).toEqual(['السابعة عشرة']);
    expect(numbers('وأحيت المدينة ذكرى هجمات الحادي عشر من سبتمبر.', 'وأحيت المدينة ذكرى هجمات 11 سبتمبر بدقيقة صمت.')).toEqual([]);
    expect(numbers('وأحيت المدينة ذكرى هجمات الثاني عشر من سبتمبر.', 'وأحيت المدينة ذكرى هجمات 11 سبتمبر بدقيقة صمت.')).toEqual(['الثاني عشر']);
  });
  it('reads English nine and ninth against the digits, and a changed ordinal still counts', () => {
    expect(numbers('Nine people were killed in the attack on Monday, police said.', 'Police said 9 people were killed in the attack on Monday.')).toEqual([]);
    expect(numbers('Factory output fell for a ninth straight month in May.', 'Factory output fell for the 9th straight month in May, the survey showed.')).toEqual([]);
    expect(numbers('Factory output fell for the 9th straight month in May.', 'Factory output fell for a ninth straight month in May, the survey showed.')).toEqual([]);
    expect(numbers('Factory output fell for an eighth straight month in May.', 'Factory output fell for a ninth straight month in May, the survey showed.')).toEqual(['eighth']);
  });
  it('reads a fraction of a percentage point as the basis points it restates', () => {
    expect(values('a quarter of a percentage point')).toEqual([0.25]);
    expect(values('half a percentage point')).toEqual([0.5]);
    expect(values('a quarter-point cut')).toEqual([0.25]);
    expect(values('ربع نقطة مئوية')).toEqual([0.25]);
    // "half a point" in a game is no rate
    expect(values('they lost by half a point')).toEqual([]);
    const bp = 'The central bank raised its main interest rate by 25 basis points on Thursday.';
    expect(numbers('The bank raised its main rate by a quarter of a percentage point.', bp)).toEqual([]);
    expect(numbers('The bank raised its main rate by 0.25 percentage points.', bp)).toEqual([]);
    expect(numbers('The bank raised its main rate by half a percentage point.', bp)).toEqual(['half a percentage point']);
    const quarter = 'The bank raised its main interest rate by a quarter of a percentage point on Thursday.';
    expect(numbers('The central bank raised its main interest rate by 25 basis points.', quarter)).toEqual([]);
    expect(numbers('The central bank raised its main interest rate by 50 basis points.', quarter)).toEqual(['50']);
    expect(numbers('رفع البنك المركزي سعر الفائدة الرئيسي 25 نقطة أساس.', 'رفع البنك المركزي سعر الفائدة الرئيسي ربع نقطة مئوية يوم الخميس.')).toEqual([]);
  });
});
