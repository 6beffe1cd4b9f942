import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeNoteBytes } from '../../../scripts/normaliser/read/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeNoteBytes', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeNoteBytes('n.txt', utf8('容器\n镜像'))).toMatchObject({ ok: true, encoding: 'utf-8', text: '容器\n镜像' });
  });

  it('reads UTF-8 with BOM and strips it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('容器')]);
    expect(decodeNoteBytes('n.txt', bytes)).toMatchObject({ ok: true, encoding: 'utf-8-bom', text: '容器' });
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode('什么是容器?', 'utf-16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode('什么是容器?', 'utf-16be')]);
    expect(decodeNoteBytes('n.txt', le)).toMatchObject({ ok: true, encoding: 'utf-16le', text: '什么是容器?' });
    expect(decodeNoteBytes('n.txt', be)).toMatchObject({ ok: true, encoding: 'utf-16be', text: '什么是容器?' });
  });

  it('detects GB18030/GBK when strict UTF-8 fails and the text reads as Chinese', () => {
    const bytes = iconv.encode('Docker 容器和虚拟机的区别是什么?\n容器共享宿主机内核。', 'gbk');
    expect(decodeNoteBytes('n.txt', bytes)).toMatchObject({ ok: true, encoding: 'gb18030', text: 'Docker 容器和虚拟机的区别是什么?\n容器共享宿主机内核。', messages: [] });
  });

  it('rejects binary content with an error naming the file and line', () => {
    const result = decodeNoteBytes('notes/x.txt', new Uint8Array([...utf8('a\nb'), 0, 1, 2]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatchObject({ note: 'notes/x.txt', line: 2, severity: 'error', source: 'decode' });
  });

  it('decodes the valid lines of a mixed file and reports the others by line', () => {
    const bytes = new Uint8Array([...utf8('第一行是 UTF-8\n'), ...iconv.encode('第二行是 GBK 编码', 'gbk'), ...utf8('\n第三行\n'), 0xff, 0xfe, 0x41]);
    const result = decodeNoteBytes('n.txt', bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.split('\n').slice(0, 3)).toEqual(['第一行是 UTF-8', '第二行是 GBK 编码', '第三行']);
    expect(result.messages.map((message) => [message.line, message.severity])).toEqual([
      [2, 'warning'],
      [4, 'error'],
    ]);
  });
});
