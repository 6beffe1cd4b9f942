import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { renderTopicIndex, topicIntros } from '../../../scripts/normaliser/emit/topic-index.ts';
import { pageQuestion } from './page-question-fixture.ts';
import { compileMdx, executableNodes, linkUrls } from './mdx-check.ts';

const question = (id: string, title: string, answer: string) => pageQuestion('storage', id, title, answer);

describe('renderTopicIndex', () => {
  const file = renderTopicIndex('storage', [
    question('what-is-volume', '什么是 Docker Volume（卷）？', '卷独立于容器的生命周期存在。它存放在宿主机上。'),
    question('volume-vs-bind-mount', 'Volume 和 Bind Mount 的区别 <b>?</b>', `${'长'.repeat(100)}。`),
  ]);

  it('writes src/content/docs/<topic>/index.mdx, first in the sidebar, titled with the topic label', () => {
    expect(file.path).toBe('src/content/docs/storage/index.mdx');
    expect(parseYaml(file.content.split('---\n')[1]!)).toEqual({
      title: '存储',
      description: topicIntros.storage,
      sidebar: { order: 0, label: '概览' },
    });
  });

  it('lists the questions in the given order with a one-line summary each', () => {
    expect(linkUrls(file.content)).toEqual(['/storage/what-is-volume/', '/storage/volume-vs-bind-mount/']);
    expect(file.content).toContain(
      '1. [什么是 Docker Volume（卷）？](/storage/what-is-volume/)<TopicQuestion path="/storage/what-is-volume/">：卷独立于容器的生命周期存在。</TopicQuestion>\n',
    );
    expect(file.content).toContain(`：${'长'.repeat(59)}…</TopicQuestion>\n`);
  });

  it('typesets a summary whose inline code and text were joined', () => {
    // the exec-attach-purpose answer: `docker exec`： 在运行中的容器内…
    const index = renderTopicIndex('basics', [pageQuestion('basics', 'exec-attach-purpose', 'docker exec 的作用', '`docker exec`： 在运行中的容器内执行一个新的进程。')]);
    expect(index.content).toContain('>：docker exec：在运行中的容器内执行一个新的进程。</TopicQuestion>');
  });

  it('is valid MDX whose only executable parts are the TopicQuestion import and elements (topic-index-practice.ts)', async () => {
    expect(executableNodes(file.content)).toEqual(['mdxjsEsm', 'mdxJsxTextElement', 'mdxJsxTextElement']);
    await compileMdx(file.content);
  });
});
