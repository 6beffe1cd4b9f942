import { describe, expect, it } from 'vitest';
import { joinBrokenLines } from '../../../../scripts/normaliser/clean/lines/line-wraps.ts';
import { toSourceLines } from '../../../../scripts/normaliser/parse/source-lines.ts';

const join = (text: string) => joinBrokenLines(toSourceLines(text), { note: 'n.txt', shape: 'qa-list' });
const texts = (text: string) => join(text).lines.filter((line) => line.text !== '').map((line) => [line.line, line.text, line.endLine]);

describe('joinBrokenLines', () => {
  it('joins a numbered point cut in the middle of a word across a blank line (000:117)', () => {
    const input = '4、日志轮换: 设置日志文件的大小限制和轮换策略,以防止日志\n\n文件过大占用过多磁盘空间。';
    expect(texts(input)).toEqual([[1, '4、日志轮换: 设置日志文件的大小限制和轮换策略,以防止日志文件过大占用过多磁盘空间。', 3]]);
    expect(join(input).fixes).toMatchObject([{ line: 1, kind: 'line-wrap' }]);
  });

  it('joins a Latin word cut in two without adding a space (000:323 N / AT)', () => {
    expect(texts('2、桥接模式: 最常用模式,容器在虚拟网络中运行,Docker使用N\n\nAT来将容器端口映射到宿主机的端口。')[0]?.[1]).toBe(
      '2、桥接模式: 最常用模式,容器在虚拟网络中运行,Docker使用NAT来将容器端口映射到宿主机的端口。',
    );
  });

  it('joins a bold span left open (000:617)', () => {
    expect(texts('**2、更新和打\n\n补时机:** 及时更新容器镜像以修复已知漏洞。')[0]?.[1]).toBe('**2、更新和打补时机:** 及时更新容器镜像以修复已知漏洞。');
  });

  it('joins a sentence cut inside a block (004:794-796)', () => {
    const input = 'Docker 利用了 Linux 内核中很多安全特性来保证不同容器之间的隔离,并且通\n过签名机制来对镜像进行验证。大量生产环境的部署证明,Docker 虽然隔离性无法与\n虚拟机相比,但仍然具有极高的安全性。';
    expect(texts(input)).toEqual([[1, input.replaceAll('\n', ''), 3]]);
  });

  it('does not join a question to the intro sentence below it', () => {
    const input = 'Docker 容器的存储卷(Volume)与绑定挂载(Bind Mount)的性能差异\n\nDocker 中存储卷和绑定挂载在性能方面有一些关键差异:';
    expect(join(input).fixes).toEqual([]);
  });

  it('does not join complete sentences, list items or commands', () => {
    expect(join('第一句话说完了。\n\n第二句话。').fixes).toEqual([]);
    expect(join('一个很长的说明文字但是没有任何标点结尾的行,后面跟着\n\n1、列表项。').fixes).toEqual([]);
    expect(join('先执行下面这条命令然后再看看容器的状态,例如\n\ndocker ps -a').fixes).toEqual([]);
  });

  it('does not join short table rows inside a block (004:806-811)', () => {
    expect(join('特性Docker虚拟机\n启动速度秒级分钟级\n交付/部署开发、测试、生产环境一致无成熟体系\n性能近似物理机性能损耗大').fixes).toEqual([]);
  });
});
