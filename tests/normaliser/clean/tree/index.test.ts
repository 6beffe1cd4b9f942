import { describe, expect, it } from 'vitest';
import { TREE_PASSES, cleanNote, cleanNotes } from '../../../../scripts/normaliser/clean/tree/index.ts';
import { answerOf, contextWith, plainNoteOf } from './fixture.ts';

describe('cleanNote', () => {
  it('runs the passes in the documented order', () => {
    expect(TREE_PASSES.map(([name]) => name)).toEqual([
      'question-title',
      'images',
      'captions',
      'nested-points',
      'code-blocks',
      'terminal-output',
      'regional-terms',
      'typos',
      'inline-code',
      'privacy',
      'typeset',
    ]);
  });

  it('cleans lines of note 004 end to end without touching its input', () => {
    // notes/004_2bed2df9bb959d8e.txt:882 and :266
    const note = plainNoteOf(['8、退出容器时候自动删除?\n使用 –rm 选项,例如 sudo docker run –rm -it ubuntu', 'docker tag f29ece87a195 172.18.8.104/rancher/rancher-agent:v2.3.5'], {
      question: '聊聊:docker常用命令?',
    });
    const before = structuredClone(note);
    const cleaned = cleanNote(note, contextWith());
    expect(note).toEqual(before);
    expect(cleaned.entries[0]!.question).toBe('Docker 常用命令？');
    expect(answerOf(cleaned)).toBe(
      '8、退出容器时候自动删除？\n使用 `--rm` 选项，例如 `sudo docker run --rm -it ubuntu`\n\n```shell\ndocker tag f29ece87a195 192.0.2.1/rancher/rancher-agent:v2.3.5\n```',
    );
    expect(new Set(cleaned.fixes.map((fix) => fix.kind))).toEqual(new Set(['title', 'typeset', 'code', 'typo', 'inline-code', 'privacy']));
  });

  it('is deterministic', () => {
    const note = plainNoteOf(['docker ps', '在Docker中,使用 -m--memory 与 10.1.2.3']);
    expect(JSON.stringify(cleanNote(note, contextWith()))).toBe(JSON.stringify(cleanNote(note, contextWith())));
  });
});

describe('cleanNotes', () => {
  it('gives an address the same placeholder in every note, numbered over the sorted notes', () => {
    const b = plainNoteOf(['地址 10.9.9.9 和 10.1.1.1'], { path: 'notes/b.txt' });
    const a = plainNoteOf(['地址 10.1.1.1'], { path: 'notes/a.txt' });
    const [cleanedB, cleanedA] = cleanNotes([b, a], contextWith());
    expect(answerOf(cleanedA!)).toBe('地址 192.0.2.1');
    expect(answerOf(cleanedB!)).toBe('地址 192.0.2.2 和 192.0.2.1');
  });
});
