/** The interview-practice helpers (src/utils/practice.ts) on small hand-made cases. */
import { describe, expect, it } from 'vitest';
import {
  badgeFrequentLinks,
  countNotes,
  isFrequent,
  localePath,
  practiceQuestion,
  questionFrequency,
  rankByFrequency,
  topQuestions,
  topicOfIndexPage,
  type BadgeableSidebarEntry,
  type PracticeQuestion,
} from '../../src/utils/practice.ts';

function question(id: string, topic: PracticeQuestion['topic'], order: number, frequency: number): PracticeQuestion {
  return { path: `/${topic}/${id}/`, topic, id, title: id, frequency, order };
}

describe('questionFrequency', () => {
  it('reads the frontmatter frequency', () => {
    expect(questionFrequency({ frequency: 3, sources: [{ note: 'notes/a.txt' }] })).toBe(3);
  });

  it('counts distinct notes when a page has no frequency: a note asking twice counts once', () => {
    const sources = [{ note: 'notes/004.txt' }, { note: 'notes/000.txt' }, { note: 'notes/004.txt' }];
    expect(questionFrequency({ sources })).toBe(2);
  });
});

describe('isFrequent', () => {
  it('starts at three notes', () => {
    expect([1, 2, 3, 4].map(isFrequent)).toEqual([false, false, true, true]);
  });
});

describe('countNotes', () => {
  it('counts each note once across all questions', () => {
    const questions = [
      { sources: [{ note: 'notes/a.txt' }, { note: 'notes/b.txt' }] },
      { sources: [{ note: 'notes/b.txt' }, { note: 'notes/b.txt' }] },
      { sources: [{ note: 'notes/c.md' }] },
    ];
    expect(countNotes(questions)).toBe(3);
  });

  it('is 0 without questions', () => {
    expect(countNotes([])).toBe(0);
  });
});

describe('practiceQuestion', () => {
  it('makes the root-locale path and keeps the learning order', () => {
    const data = { title: '什么是 Docker Volume？', topic: 'storage' as const, id: 'what-is-volume', frequency: 3, sources: [], sidebar: { order: 4 } };
    expect(practiceQuestion(data)).toEqual({
      path: '/storage/what-is-volume/',
      topic: 'storage',
      id: 'what-is-volume',
      title: '什么是 Docker Volume？',
      frequency: 3,
      order: 4,
    });
  });
});

describe('rankByFrequency and topQuestions', () => {
  const questions = [
    question('b-two', 'basics', 5, 2),
    question('n-three', 'networking', 1, 3),
    question('b-three-late', 'basics', 9, 3),
    question('b-three-early', 'basics', 2, 3),
    question('s-one', 'storage', 1, 1),
    question('d-two', 'dockerfile', 1, 2),
  ];

  it('puts the most asked first, ties in topic order, then learning order', () => {
    expect(rankByFrequency(questions).map((q) => q.id)).toEqual([
      'b-three-early',
      'b-three-late',
      'n-three',
      'b-two',
      'd-two',
      's-one',
    ]);
  });

  it('gives the same ranking whatever the input order', () => {
    expect(rankByFrequency([...questions].reverse())).toEqual(rankByFrequency(questions));
  });

  it('lists at most `limit` questions, none asked in a single note', () => {
    expect(topQuestions(questions, 4).map((q) => q.id)).toEqual(['b-three-early', 'b-three-late', 'n-three', 'b-two']);
    expect(topQuestions(questions, 10).map((q) => q.id)).not.toContain('s-one');
  });
});

describe('badgeFrequentLinks', () => {
  const badge = { text: 'Frequent', variant: 'caution' as const };
  const link = (href: string, withBadge?: string): BadgeableSidebarEntry => ({
    type: 'link',
    href,
    badge: withBadge ? { text: withBadge, variant: 'note' } : undefined,
  });
  const frequent = new Set(['/basics/docker-vs-vm/', '/storage/what-is-volume/']);

  it('badges links to frequent questions inside groups, in the root locale', () => {
    const sidebar: BadgeableSidebarEntry[] = [
      { type: 'group', entries: [link('/basics/'), link('/basics/docker-vs-vm/'), link('/basics/run-vs-exec/')] },
    ];
    const [group] = badgeFrequentLinks(sidebar, frequent, undefined, badge);
    const badges = group?.type === 'group' ? group.entries.map((entry) => (entry.type === 'link' ? entry.badge?.text : 'group')) : [];
    expect(badges).toEqual([undefined, 'Frequent', undefined]);
  });

  it('strips the locale prefix before the look-up', () => {
    const [entry] = badgeFrequentLinks([link('/en/storage/what-is-volume/')], frequent, 'en', badge);
    expect(entry?.type === 'link' && entry.badge).toEqual(badge);
  });

  it('keeps an existing badge and does not change its input', () => {
    const sidebar = [link('/basics/docker-vs-vm/', 'New'), link('/storage/what-is-volume/')];
    const result = badgeFrequentLinks(sidebar, frequent, undefined, badge);
    expect(result.map((entry) => (entry.type === 'link' ? entry.badge?.text : 'group'))).toEqual(['New', 'Frequent']);
    expect(sidebar[1]).toEqual(link('/storage/what-is-volume/'));
  });
});

describe('localePath and topicOfIndexPage', () => {
  it('prefixes non-root locales only', () => {
    expect(localePath('/basics/print/', 'en')).toBe('/en/basics/print/');
    expect(localePath('/basics/print/', undefined)).toBe('/basics/print/');
  });

  it('knows topic index pages by their entry id', () => {
    expect(topicOfIndexPage('storage')).toBe('storage');
    expect(topicOfIndexPage('storage/index')).toBe('storage');
    expect(topicOfIndexPage('storage/what-is-volume')).toBeUndefined();
    expect(topicOfIndexPage('en/storage')).toBeUndefined();
    expect(topicOfIndexPage('index')).toBeUndefined();
  });
});
