import { describe, expect, it } from 'vitest';
import { assignIds } from '../../../scripts/normaliser/ids/assign-ids.ts';
import {
  emptyIdRegistry,
  parseIdRegistry,
  serialiseIdRegistry,
  type IdRecord,
  type IdRegistry,
} from '../../../scripts/normaliser/ids/id-registry.ts';
import { pinyinTranslator } from '../../../scripts/normaliser/ids/translate-han.ts';
import { defaultIdTerms } from '../../../scripts/normaliser/ids/id-terms.ts';
import { registryRedirects, updateIdRegistry, withRecordedPinyin } from '../../../scripts/normaliser/ids/update-registry.ts';
import { applyForcedMerges } from '../../../scripts/normaliser/merge/forced-merges.ts';
import type { Model, Topic } from '../../../scripts/normaliser/model.ts';
import { parseOverrides } from '../../../scripts/normaliser/overrides/parse.ts';
import { modelOf, withTopics, type QuestionSpec } from './model-fixture.ts';

const containerVsVm = { note: '000_a', line: 1, question: 'Docker 容器和虚拟机的主要区别是什么?' };
const dockerVsVm = { note: '004_e', line: 400, question: 'Docker 与 虚拟机 有何不同?' };
const volumeVsBind = { note: '000_a', line: 79, question: 'Docker 中的 Volume 和 Bind Mount 的区别是什么?' };
const whatIsVolume = { note: '001_b', line: 701, question: '什么是Docker Volume（卷）' };

/** One run: assign ids against `registry`, classify into `topics`, update the registry. */
function run(registry: IdRegistry, specs: QuestionSpec[], topics: Topic[]) {
  const model: Model = withTopics(assignIds(modelOf(specs), registry), topics);
  const update = updateIdRegistry(model, registry);
  return { model, ...update, redirects: registryRedirects(update.registry) };
}

describe('updateIdRegistry and registryRedirects', () => {
  it('records a first run: every id published under its topic and title, no redirects', () => {
    const first = run(emptyIdRegistry(), [{ members: [containerVsVm] }, { members: [volumeVsBind] }], ['basics', 'storage']);
    expect(first.registry.ids['container-vs-vm']).toEqual({
      status: 'published',
      topic: 'basics',
      formerTopics: [],
      questions: [containerVsVm.question],
      members: ['notes/000_a.txt:1'],
      title: containerVsVm.question,
    });
    expect(first.registry.ids['volume-vs-bind-mount']?.topic).toBe('storage');
    expect(first.redirects).toEqual({});
  });

  it('keeps the id when a question moves topic and redirects the old URL', () => {
    const first = run(emptyIdRegistry(), [{ members: [volumeVsBind] }], ['basics']);
    const second = run(first.registry, [{ members: [volumeVsBind] }], ['storage']);
    expect(second.model.questions[0]?.id).toBe('volume-vs-bind-mount');
    expect(second.registry.ids['volume-vs-bind-mount']).toMatchObject({ topic: 'storage', formerTopics: ['basics'] });
    expect(second.redirects).toEqual({ '/basics/volume-vs-bind-mount/': '/storage/volume-vs-bind-mount/' });
    // A third identical run keeps the redirect.
    const third = run(second.registry, [{ members: [volumeVsBind] }], ['storage']);
    expect(third.redirects).toEqual(second.redirects);
    expect(serialiseIdRegistry(third.registry)).toBe(serialiseIdRegistry(second.registry));
  });

  it('moving back to the first topic drops the redirect that would shadow the live page', () => {
    const first = run(emptyIdRegistry(), [{ members: [volumeVsBind] }], ['basics']);
    const second = run(first.registry, [{ members: [volumeVsBind] }], ['storage']);
    const third = run(second.registry, [{ members: [volumeVsBind] }], ['basics']);
    expect(third.redirects).toEqual({ '/storage/volume-vs-bind-mount/': '/basics/volume-vs-bind-mount/' });
  });

  it('when the merge stage now groups two published questions, one id survives and the other redirects to it', () => {
    const first = run(emptyIdRegistry(), [{ members: [containerVsVm] }, { members: [dockerVsVm] }], ['basics', 'internals']);
    expect(first.model.questions.map((question) => question.id)).toEqual(['container-vs-vm', 'docker-vs-vm']);
    const second = run(first.registry, [{ members: [containerVsVm, dockerVsVm] }], ['basics']);
    expect(second.model.questions[0]?.id).toBe('container-vs-vm');
    expect(second.registry.ids['docker-vs-vm']).toMatchObject({ status: 'merged', mergedInto: 'container-vs-vm' });
    expect(second.redirects).toEqual({ '/internals/docker-vs-vm/': '/basics/container-vs-vm/' });
    expect(second.messages.map((message) => message.reason)).toContain('docker-vs-vm merged into container-vs-vm; its URL redirects');
  });

  it('a forced merge (merge override, after ids are assigned) redirects the absorbed id to the survivor', () => {
    const specs = [{ members: [volumeVsBind] }, { members: [whatIsVolume] }];
    const first = run(emptyIdRegistry(), specs, ['storage', 'storage']);
    const { overrides, messages } = parseOverrides('merge:\n  - { ids: [volume-vs-bind-mount, what-is-volume] }\n');
    expect(messages).toEqual([]);
    const merged = applyForcedMerges(assignIds(modelOf(specs), first.registry), overrides);
    expect(merged.questions.map((question) => question.id)).toEqual(['volume-vs-bind-mount']);
    const update = updateIdRegistry(withTopics(merged, ['storage']), first.registry);
    expect(update.registry.ids['what-is-volume']).toMatchObject({ status: 'merged', mergedInto: 'volume-vs-bind-mount' });
    expect(registryRedirects(update.registry)).toEqual({ '/storage/what-is-volume/': '/storage/volume-vs-bind-mount/' });
  });

  it('follows merge chains to the live page', () => {
    const registry: IdRegistry = {
      version: 1,
      ids: {
        a: record({ status: 'merged', mergedInto: 'b', topic: 'basics' }),
        b: record({ status: 'merged', mergedInto: 'c', topic: 'storage', formerTopics: ['basics'] }),
        c: record({ topic: 'storage' }),
      },
    };
    expect(registryRedirects(registry)).toEqual({
      '/basics/a/': '/storage/c/',
      '/basics/b/': '/storage/c/',
      '/storage/b/': '/storage/c/',
    });
  });

  it('retires an id no note asks any more, redirects it to its topic page, and never reuses it for another question', () => {
    const first = run(emptyIdRegistry(), [{ members: [whatIsVolume] }], ['storage']);
    const second = run(first.registry, [{ members: [containerVsVm] }], ['basics']);
    expect(second.registry.ids['what-is-volume']).toMatchObject({ status: 'retired', topic: 'storage' });
    expect(second.redirects).toEqual({ '/storage/what-is-volume/': '/storage/' });
    expect(second.messages.some((message) => message.severity === 'warning' && message.reason.startsWith('what-is-volume retired'))).toBe(true);
    const other = { note: '005_f', line: 3, question: '什么是 Docker Volume Plugin 的 mount 传播?' };
    const third = run(second.registry, [{ members: [containerVsVm] }, { members: [other] }], ['basics', 'storage']);
    expect(third.model.questions[1]?.id).not.toBe('what-is-volume');
  });

  it('records a hidden question as hidden; its URL goes to the topic page', () => {
    const first = run(emptyIdRegistry(), [{ members: [containerVsVm] }], ['basics']);
    const second = run(first.registry, [{ members: [containerVsVm], hidden: true }], ['basics']);
    expect(second.registry.ids['container-vs-vm']?.status).toBe('hidden');
    expect(second.redirects).toEqual({ '/basics/container-vs-vm/': '/basics/' });
  });
});

describe('ids with pinyin words', () => {
  // 轮转 is not in the glossary; with the pinyin translator (no dictionary) its id word is pinyin.
  const hostQuestion = { note: '005_new', line: 3, question: '日志轮转' };

  it('are recorded when the id is made, kept by every later run, and counted from the registry', () => {
    const model = withTopics(assignIds(modelOf([{ members: [hostQuestion] }]), emptyIdRegistry(), defaultIdTerms, pinyinTranslator), ['basics']);
    expect(model.questions[0]).toMatchObject({ id: 'logs-lunzhuan', idPinyin: ['lunzhuan'] });
    const first = updateIdRegistry(model, emptyIdRegistry()).registry;
    expect(first.ids['logs-lunzhuan']?.pinyin).toEqual(['lunzhuan']);

    // The next run finds the id in the registry: no new slug, so only the registry knows.
    const again = withTopics(assignIds(modelOf([{ members: [hostQuestion] }]), first, defaultIdTerms, pinyinTranslator), ['basics']);
    expect(again.questions[0]).toMatchObject({ id: 'logs-lunzhuan' });
    expect(again.questions[0]!.idPinyin).toBeUndefined();
    const second = updateIdRegistry(again, first).registry;
    expect(second.ids['logs-lunzhuan']?.pinyin).toEqual(['lunzhuan']);
    expect(withRecordedPinyin(again, second).questions[0]!.idPinyin).toEqual(['lunzhuan']);
  });

  it('are none for an id in English', () => {
    const model = withTopics(assignIds(modelOf([{ members: [containerVsVm] }]), emptyIdRegistry()), ['basics']);
    expect(model.questions[0]!.idPinyin).toBeUndefined();
    expect(updateIdRegistry(model, emptyIdRegistry()).registry.ids['container-vs-vm']).not.toHaveProperty('pinyin');
  });
});

describe('serialiseIdRegistry / parseIdRegistry', () => {
  it('round-trips with ids and arrays sorted', () => {
    const registry: IdRegistry = {
      version: 1,
      ids: { zeta: record({ members: ['n:2', 'n:1'] }), alpha: record({ formerTopics: ['storage', 'basics'] }) },
    };
    const text = serialiseIdRegistry(registry);
    expect(Object.keys(JSON.parse(text).ids)).toEqual(['alpha', 'zeta']);
    expect(parseIdRegistry(text).ids.zeta?.members).toEqual(['n:1', 'n:2']);
    expect(serialiseIdRegistry(parseIdRegistry(text))).toBe(text);
  });

  it('keeps the page title and the pinyin words of a record through a round trip', () => {
    const registry: IdRegistry = { version: 1, ids: { 'logs-lunzhuan': record({ title: '日志轮转', pinyin: ['lunzhuan'] }) } };
    expect(parseIdRegistry(serialiseIdRegistry(registry)).ids['logs-lunzhuan']).toMatchObject({ title: '日志轮转', pinyin: ['lunzhuan'] });
  });

  it('names the file and the field of a bad registry', () => {
    expect(() => parseIdRegistry('{"version":1,"ids":{"Bad Id":{}}}', 'data/id-registry.json')).toThrow(
      /data\/id-registry\.json: ids\.Bad Id/,
    );
  });
});

function record(extra: Partial<IdRecord>): IdRecord {
  return { status: 'published', topic: 'basics', formerTopics: [], questions: [], members: [], ...extra };
}
