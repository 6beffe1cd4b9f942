import { describe, expect, it } from 'vitest';
import { applyRegionalTerms, applyRules, correctTypos } from '../../../../scripts/normaliser/clean/tree/glossary.ts';
import { answerOf, contextWith, noteOf } from './fixture.ts';

const regional = (markdown: string, question = '问题') => applyRegionalTerms(noteOf(markdown, { question }), contextWith());
const typos = (markdown: string, question = '问题') => correctTypos(noteOf(markdown, { question }), contextWith());

describe('applyRules', () => {
  it('prefers the longest term where terms overlap', () => {
    const rules = [
      { from: '程式', to: '程序', scope: ['prose' as const] },
      { from: '程式码', to: '代码', scope: ['prose' as const] },
    ];
    expect(applyRules('程式码和应用程式', rules).text).toBe('代码和应用程序');
  });

  it('matches Latin terms as whole words only unless insideWords', () => {
    const rules = [{ from: 'RUM', to: 'RUN', scope: ['prose' as const] }];
    expect(applyRules('RUM DRUM RUMBA', rules).text).toBe('RUN DRUM RUMBA');
  });
});

describe('applyRegionalTerms', () => {
  it('replaces Taiwan-style terms in prose and questions, one fix each', () => {
    // notes/001_1aa7ebef2a5e7611.txt:1064 "- 开发人员将程式码提交到版本控制系统（如 Git）"
    const cleaned = regional('开发人员将程式码提交到版本控制系统（如 Git），触发建构', '资料库的效能');
    expect(answerOf(cleaned)).toBe('开发人员将代码提交到版本控制系统（如 Git），触发构建');
    expect(cleaned.entries[0]!.question).toBe('数据库的性能');
    expect(cleaned.fixes.map((fix) => [fix.kind, fix.detail])).toEqual([
      ['glossary:regional', '资料库 -> 数据库'],
      ['glossary:regional', '效能 -> 性能'],
      ['glossary:regional', '程式码 -> 代码'],
      ['glossary:regional', '建构 -> 构建'],
    ]);
  });

  it('never changes code or inline code', () => {
    const markdown = '`程式码`\n\n```text\n建构 资料库\n```';
    const cleaned = regional(markdown);
    expect(answerOf(cleaned)).toBe(markdown);
    expect(cleaned.fixes).toEqual([]);
  });

  it('fixes the terms of note 001 paragraph by paragraph', () => {
    // notes/001_1aa7ebef2a5e7611.txt:1092
    const cleaned = regional('在微服务架构中，应用程式被分解为更小的独立服务，每个服务都有自己的功能和资料库，Docker在促进微服务的开发、部署和扩展方面发挥著关键作用：');
    expect(answerOf(cleaned)).toBe('在微服务架构中，应用程序被分解为更小的独立服务，每个服务都有自己的功能和数据库，Docker在促进微服务的开发、部署和扩展方面发挥着关键作用：');
  });
});

describe('correctTypos', () => {
  it('fixes Volumn inside identifiers and RuntineService in prose', () => {
    // notes/001_1aa7ebef2a5e7611.txt:571, :617, :628
    const cleaned = typos('- Docker（dockerd）包含了Volumn存储管理等\n- RuntineService：处理`RunPodSanbox`\n- 负责CreateVolumn（云端创建硬盘）');
    expect(answerOf(cleaned)).toBe('- Docker（dockerd）包含了Volume存储管理等\n- RuntimeService：处理`RunPodSandbox`\n- 负责CreateVolume（云端创建硬盘）');
    expect(cleaned.fixes.every((fix) => fix.kind === 'typo')).toBe(true);
    expect(cleaned.fixes).toHaveLength(4);
  });

  it('fixes docker status to docker stats in code', () => {
    // notes/001_1aa7ebef2a5e7611.txt:245-246
    const cleaned = typos('```shell\n# 查看容器资源使用情况\ndocker status <container_name>\n```');
    expect(answerOf(cleaned)).toBe('```shell\n# 查看容器资源使用情况\ndocker stats <container_name>\n```');
  });

  it('keeps status where it is a normal word', () => {
    expect(answerOf(typos('检查 status 字段，`docker inspect` 的 status'))).toBe('检查 status 字段，`docker inspect` 的 status');
  });

  it('fixes RUM and FORM at the start of Dockerfile lines only', () => {
    const cleaned = typos('```dockerfile\nFORM alpine\nRUM echo RUM\n```\n\n```shell\nRUM x\n```\n\nRUM is a drink.');
    expect(answerOf(cleaned)).toBe('```dockerfile\nFROM alpine\nRUN echo RUM\n```\n\n```shell\nRUM x\n```\n\nRUM is a drink.');
  });

  it('fixes RUM where prose names it as an instruction', () => {
    // notes/004_2bed2df9bb959d8e.txt:1008 and :1064
    expect(answerOf(typos('每安装一个软件,dockerfile中使用RUM命令,就会在现有镜像的基础上增加一层。'))).toBe('每安装一个软件,dockerfile中使用RUN命令,就会在现有镜像的基础上增加一层。');
    expect(answerOf(typos('编写指令,如,使用FORM指令指定基础镜像'))).toBe('编写指令,如,使用FROM指令指定基础镜像');
  });

  it('fixes ENTRYOINT, danging and the en-dash flag', () => {
    // notes/004_2bed2df9bb959d8e.txt:918, :885, :882
    expect(answerOf(typos('ENTRYOINT 指定容器启动时运行哪些命令'))).toBe('ENTRYPOINT 指定容器启动时运行哪些命令');
    expect(answerOf(typos('sudo docker rmi $(sudo docker images -q -f danging=true)命令'))).toBe('sudo docker rmi $(sudo docker images -q -f dangling=true)命令');
    expect(answerOf(typos('使用 –rm 选项'))).toBe('使用 --rm 选项');
  });

  describe('docker starting a Chinese title or sentence is the product name', () => {
    const question = (title: string) => typos('答案', title).entries[0]!.question;
    const cases: [string, string, string][] = [
      ['title followed by Chinese', 'docker与传统虚拟机的区别什么？', 'Docker与传统虚拟机的区别什么？'],
      ['title with a space before the Chinese', 'docker 容器之间怎么隔离？', 'Docker 容器之间怎么隔离？'],
      ['a command in a title stays', 'docker run 和 docker start 的区别？', 'docker run 和 docker start 的区别？'],
      ['a compound name stays', 'docker-compose 的作用？', 'docker-compose 的作用？'],
      ['Dockerfile is another word', 'dockerfile 中的指令', 'dockerfile 中的指令'],
      ['mid-title it stays', '如何查看 docker 镜像？', '如何查看 docker 镜像？'],
    ];
    it.each(cases)('%s', (_, title, expected) => {
      expect(question(title)).toBe(expected);
    });

    it('capitalises sentence starts in prose, not mid-sentence, commands or code', () => {
      const cleaned = typos(
        'docker 使用客户端-服务器架构。docker 容器通过 docker 镜像来创建。\n\ndocker ps 列出容器；`docker 容器` 是代码\n\n```shell\ndocker 容器\n```',
      );
      expect(answerOf(cleaned)).toBe(
        'Docker 使用客户端-服务器架构。Docker 容器通过 docker 镜像来创建。\n\ndocker ps 列出容器；`docker 容器` 是代码\n\n```shell\ndocker 容器\n```',
      );
      expect(cleaned.fixes.filter((fix) => fix.detail === 'docker -> Docker')).toHaveLength(2);
    });
  });
});
