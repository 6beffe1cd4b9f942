import { describe, expect, it } from 'vitest';
import { assignIds, freeId } from '../../../scripts/normaliser/ids/assign-ids.ts';
import { emptyIdRegistry, type IdRecord, type IdRegistry } from '../../../scripts/normaliser/ids/id-registry.ts';
import { modelOf } from './model-fixture.ts';

const cmdVsEntrypoint = { note: '000_a', line: 13, question: 'Dockerfile中的CMD和ENTRYPOINT指令有什么区别?' };
const containerVsVm = { note: '000_a', line: 1, question: 'Docker 容器和虚拟机的主要区别是什么?' };
const volumeVsBind = { note: '000_a', line: 79, question: 'Docker 中的 Volume 和 Bind Mount 的区别是什么?' };

function record(questions: string[], members: string[], extra: Partial<IdRecord> = {}): IdRecord {
  return { status: 'published', topic: 'basics', formerTopics: [], questions, members, ...extra };
}

function registryOf(ids: Record<string, IdRecord>): IdRegistry {
  return { version: 1, ids };
}

const idsOf = (registry: IdRegistry, ...specs: Parameters<typeof modelOf>[0]) =>
  assignIds(modelOf(specs), registry).questions.map((question) => question.id);

describe('assignIds', () => {
  it('gives new questions readable slugs', () => {
    expect(idsOf(emptyIdRegistry(), { members: [containerVsVm] }, { members: [cmdVsEntrypoint] })).toEqual([
      'container-vs-vm',
      'cmd-vs-entrypoint',
    ]);
  });

  it('resolves slug collisions by lead entry order: the later question gets -2', () => {
    const later = { note: '001_b', line: 5, question: '什么是Docker容器' };
    const earlier = { note: '000_a', line: 40, question: 'Docker中的容器是什么' };
    expect(idsOf(emptyIdRegistry(), { members: [later] }, { members: [earlier] })).toEqual([
      'what-is-container-2',
      'what-is-container',
    ]);
  });

  it('keeps a registry id when the wording changes a little', () => {
    const registry = registryOf({
      'containers-and-vms': record(['Docker 容器和虚拟机的主要区别是什么?'], ['notes/000_a.txt:1']),
    });
    const reworded = { note: '000_a', line: 3, question: '容器与传统虚拟机相比有哪些区别?' };
    const model = assignIds(modelOf([{ members: [reworded] }]), registry);
    expect(model.questions[0]?.id).toBe('containers-and-vms');
    expect(model.messages.map((message) => message.reason)).toEqual([
      expect.stringContaining('containers-and-vms kept for a reworded question'),
    ]);
  });

  it('keeps a registry id when a new note adds another duplicate to the question', () => {
    const registry = registryOf({ 'volume-or-bind': record([volumeVsBind.question], ['notes/000_a.txt:79']) });
    const fromNewNote = { note: '009_new', line: 7, question: 'Volume 与绑定挂载有什么不同' };
    expect(idsOf(registry, { members: [fromNewNote, volumeVsBind] })).toEqual(['volume-or-bind']);
  });

  it('keeps the id of a question whose entry moved to other lines of its note', () => {
    const registry = registryOf({ 'cmd-entrypoint': record([cmdVsEntrypoint.question], ['notes/000_a.txt:13']) });
    expect(idsOf(registry, { members: [{ ...cmdVsEntrypoint, line: 20 }] })).toEqual(['cmd-entrypoint']);
  });

  it('never gives a registry id to a different question, even one whose slug it is', () => {
    const registry = registryOf({
      'what-is-volume': record(['什么是容器编排'], ['notes/000_a.txt:300'], { status: 'retired' }),
    });
    expect(idsOf(registry, { members: [{ note: '001_b', line: 701, question: '什么是Docker Volume（卷）' }] })).toEqual([
      'what-is-volume-2',
    ]);
  });

  it('matches one to one, best first: the question holding the same entry keeps the id, the other gets a new one', () => {
    const registry = registryOf({ 'cmd-entrypoint': record([cmdVsEntrypoint.question], ['notes/000_a.txt:13']) });
    const close = { note: '001_b', line: 79, question: 'Dockerfile中CMD和ENTRYPOINT指令的区别' };
    expect(idsOf(registry, { members: [close] }, { members: [cmdVsEntrypoint] })).toEqual([
      'cmd-vs-entrypoint',
      'cmd-entrypoint',
    ]);
  });

  it('revives a retired id when its question comes back', () => {
    const registry = registryOf({
      'vm-compare': record([containerVsVm.question], ['notes/000_a.txt:1'], { status: 'retired' }),
    });
    expect(idsOf(registry, { members: [containerVsVm] })).toEqual(['vm-compare']);
  });

  it('is deterministic whatever the order of the questions', () => {
    const specs = [{ members: [containerVsVm] }, { members: [cmdVsEntrypoint] }, { members: [volumeVsBind] }];
    const forward = idsOf(emptyIdRegistry(), ...specs);
    const backward = idsOf(emptyIdRegistry(), ...[...specs].reverse());
    expect([...backward].reverse()).toEqual(forward);
  });

  it('keeps, of the ids of pages that now merge, the one whose page had the merged title, then the one reading like it', () => {
    const persistence = { note: '001_b', line: 56, question: 'Docker 的数据持久化' };
    const manage = { note: '001_b', line: 720, question: '如何在 Docker 容器中管理数据？' };
    const registry = registryOf({
      'docker-data-persistence': record([persistence.question], ['notes/001_b.txt:56'], { title: persistence.question }),
      'container-manage-data': record([manage.question], ['notes/001_b.txt:720'], { status: 'merged', mergedInto: 'docker-data-persistence' }),
    });
    const merged = modelOf([{ members: [persistence, manage] }]);
    const asTitled = (title: string) => ({ ...merged, questions: merged.questions.map((question) => ({ ...question, question: title })) });
    expect(assignIds(asTitled(manage.question), registry).questions[0]!.id).toBe('container-manage-data');
    expect(assignIds(asTitled(persistence.question), registry).questions[0]!.id).toBe('docker-data-persistence');
    // Neither page had the merged title: the id sharing more of its words survives.
    const plain = registryOf({
      'docker-data-persistence': record([persistence.question], ['notes/001_b.txt:56']),
      'container-manage-data': record([manage.question], ['notes/001_b.txt:720']),
    });
    expect(assignIds(asTitled('Docker 容器如何管理数据'), plain).questions[0]!.id).toBe('container-manage-data');
  });

  it('keeps the id with the half that bears the page title when a page splits in two', () => {
    // Published as one page titled 存储卷示例 (lead at line 153) that also held 持久化存储卷 (line 128);
    // the id reads like neither half, so only the recorded title can tell them apart.
    const questions = ['存储卷示例', '持久化存储卷'];
    const members = ['notes/002_c.txt:128', 'notes/002_c.txt:153'];
    const persistent = { note: '002_c', line: 128, question: '持久化存储卷' };
    const examples = { note: '002_c', line: 153, question: '存储卷示例' };
    const titled = registryOf({ 'volume-page': record(questions, members, { title: '存储卷示例' }) });
    expect(idsOf(titled, { members: [persistent] }, { members: [examples] })).toEqual(['persistent-volume', 'volume-page']);
    // Without the title the half earlier in the note would take it.
    const untitled = registryOf({ 'volume-page': record(questions, members) });
    expect(idsOf(untitled, { members: [persistent] }, { members: [examples] })).toEqual(['volume-page', 'volume-examples']);
  });
});

describe('freeId', () => {
  it('adds the first free counter, cut to stay within 40 characters', () => {
    expect(freeId('container-vs-vm', new Set(['container-vs-vm', 'container-vs-vm-2']))).toBe('container-vs-vm-3');
    const long = 'docker-swarm-vs-kubernetes-orchestration';
    expect(freeId(long, new Set([long]))).toBe('docker-swarm-vs-kubernetes-2');
  });
});
