import { describe, expect, it } from 'vitest';
import { announcedCount, nestAnnouncedPoints } from '../../../../scripts/normaliser/clean/tree/nested-points.ts';
import { answerOf, contextWith, generatedPage, noteOf } from './fixture.ts';

const nest = (markdown: string) => nestAnnouncedPoints(noteOf(markdown), contextWith());

describe('announcedCount', () => {
  it.each([
    ['主要提供以下3个服务:', 3],
    ['主要提供以下 3 个服务：', 3],
    ['有以下两点：', 2],
    ['分为以下几类：', undefined],
    ['如下：', undefined],
  ])('%s -> %s', (text, count) => {
    expect(announcedCount(text)).toBe(count);
  });
});

describe('nestAnnouncedPoints', () => {
  it('nests the announced sub-points and joins the bullets that restart after them', () => {
    // notes/004_2bed2df9bb959d8e.txt:202-209, shortened
    const cleaned = nest('- Registry: 负责储存镜像\n- Core services: 主要提供以下3个服务:\n\n1. UI: 图形化界面\n2. WebHook: 状态变化\n3. Token 服务: 签发 Token\n\n* Job services: 镜像复制');
    expect(answerOf(cleaned)).toBe(
      '- Registry: 负责储存镜像\n- Core services: 主要提供以下3个服务:\n  1. UI: 图形化界面\n  2. WebHook: 状态变化\n  3. Token 服务: 签发 Token\n- Job services: 镜像复制',
    );
    expect(cleaned.fixes.map((fix) => fix.kind)).toEqual(['nested-list']);
  });

  it('nests announced sub-points at the end of the list too, when their count is said', () => {
    expect(answerOf(nest('- 特点有以下两点：\n\n1. 快\n2. 小'))).toBe('- 特点有以下两点：\n  1. 快\n  2. 小');
  });

  it('leaves a list that follows a colon without a count or a restart', () => {
    const markdown = '- 常用命令如下：\n\n1. docker ps\n2. docker images';
    expect(answerOf(nest(markdown))).toBe(answerOf(noteOf(markdown)));
  });

  it('leaves a count that does not match, and a point that announces nothing', () => {
    const wrongCount = '- 有以下 3 个服务：\n\n1. UI\n2. Token';
    expect(answerOf(nest(wrongCount))).toBe(answerOf(noteOf(wrongCount)));
    const noColon = '- Registry 负责储存镜像\n\n1. 第一步\n\n* 下一点';
    expect(answerOf(nest(noColon))).toBe(answerOf(noteOf(noColon)));
  });
});

describe('on the real page /basics/harbor-components/', () => {
  it('shows the three Core services nested under their point, one bullet list around them', () => {
    const page = generatedPage('basics/harbor-components');
    expect(page).toContain('- Core services：Harbor 的核心功能，主要提供以下 3 个服务：\n  1. UI (harbor-ui)：提供图形化界面');
    expect(page).toMatch(/\n {2}3\. Token 服务：[^\n]*\n- Database \(harbor-db\)：/);
  });
});
