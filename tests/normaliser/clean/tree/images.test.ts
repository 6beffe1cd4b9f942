import { describe, expect, it } from 'vitest';
import { brokenImageReason, dropBrokenImages } from '../../../../scripts/normaliser/clean/tree/images.ts';
import { answerOf, contextWith, noteOf, plainNoteOf } from './fixture.ts';

describe('brokenImageReason', () => {
  const assets = new Set(['notes/img/arch.png']);
  it.each([
    ['img/arch.png', undefined],
    ['./img/arch.png', undefined],
    ['img/missing.png', 'file not found (notes/img/missing.png)'],
    ['../resources/images/docker-arch.png', 'file not found (resources/images/docker-arch.png)'],
    ['https://img-blog.csdnimg.cn/9cf72e0c.png', 'hot-linked from another site'],
    ['//cdn.example.com/a.png', 'hot-linked from another site'],
  ])('%s', (url, expected) => {
    expect(brokenImageReason(url, 'notes/001_x.txt', assets)).toBe(expected);
  });
});

describe('dropBrokenImages', () => {
  it('keeps a picture whose file exists', () => {
    const note = noteOf('看图：\n\n![架构图](img/arch.png)');
    const cleaned = dropBrokenImages(note, contextWith(['notes/img/arch.png']));
    expect(answerOf(cleaned)).toBe('看图：\n\n![架构图](img/arch.png)');
    expect(cleaned.fixes).toEqual([]);
  });

  it('drops a missing picture and keeps its meaningful alt text', () => {
    // notes/001_1aa7ebef2a5e7611.txt:286 "![Docker architecture](../resources/images/docker-arch.png)"
    const note = noteOf('[Docker底层原理](https://cloud.tencent.com/developer/article/2343808)\n![Docker architecture](../resources/images/docker-arch.png)', {
      path: 'notes/001_1aa7ebef2a5e7611.txt',
    });
    const cleaned = dropBrokenImages(note, contextWith());
    expect(answerOf(cleaned)).toBe('[Docker底层原理](https://cloud.tencent.com/developer/article/2343808)\nDocker architecture');
    expect(cleaned.fixes).toEqual([expect.objectContaining({ kind: 'image', line: 2 })]);
    expect(cleaned.fixes[0]!.detail).toContain('file not found (resources/images/docker-arch.png)');
  });

  it('drops a hot-linked banner whose alt text is the page title, and the empty paragraph', () => {
    // notes/002_aedd61c9581865ac.txt:4
    const note = noteOf('![Docker容器技术详解:轻量级虚拟化](https://img-blog.csdnimg.cn/9cf72e0c22ed43cbbd257509dfd03468.png)\n\n正文', {
      title: 'Docker容器技术详解:轻量级虚拟化',
    });
    const cleaned = dropBrokenImages(note, contextWith());
    expect(answerOf(cleaned)).toBe('正文');
    expect(cleaned.fixes[0]!.detail).toContain('hot-linked');
  });

  it.each(['img', '在这里插入图片描述', 'image'])('drops a picture with placeholder alt text %s without leaving text', (alt) => {
    const cleaned = dropBrokenImages(noteOf(`前文![${alt}](missing.png)后文`), contextWith());
    expect(answerOf(cleaned)).toBe('前文后文');
  });

  it('removes placeholder paragraphs of a plain-text note and lists their lines as dropped', () => {
    // notes/004_2bed2df9bb959d8e.txt:20 "img", :1024 "在这里插入图片描述"
    const note = plainNoteOf(['Docker 简介', 'img', '在这里插入图片描述\n这里写图片描述', '一个 img 标签不是占位'], { firstLine: 18 });
    const cleaned = dropBrokenImages(note, contextWith());
    expect(answerOf(cleaned)).toBe('Docker 简介\n\n一个 img 标签不是占位');
    expect(cleaned.dropped).toEqual([
      { note: 'notes/999_fixture.txt', line: 19, text: 'img', reason: 'image-placeholder' },
      { note: 'notes/999_fixture.txt', line: 20, text: '在这里插入图片描述', reason: 'image-placeholder' },
      { note: 'notes/999_fixture.txt', line: 21, text: '这里写图片描述', reason: 'image-placeholder' },
    ]);
    expect(note.dropped).toEqual([]);
  });

  it('does not crash on raw html', () => {
    const cleaned = dropBrokenImages(noteOf('<img src="x.png">\n\n文字'), contextWith());
    expect(answerOf(cleaned)).toBe('<img src="x.png">\n\n文字');
  });
});
