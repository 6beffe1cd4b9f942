/**
 * Pictures: no broken picture reaches a page. A picture is dropped (Fix kind `image`) when its file
 * is not among the notes' assets or when it is hot-linked from another site (it may vanish, and
 * the site must not load third-party content). Its alt text stays as text when it says something:
 * not a placeholder ("img", "在这里插入图片描述"), not the page's or the entry's own title.
 * Paragraphs that only say a picture was here ("在这里插入图片描述" in a plain-text note) are
 * removed and listed as dropped lines.
 */
import type { Parent, PhrasingContent, RootContent } from 'mdast';
import { posix } from 'node:path';
import type { CleanContext, NoteRecord } from '../../model.ts';
import { editEntries, forEachNode, plainText, type TreePass } from './edit.ts';

/** Why a picture URL cannot be shown, or undefined when it can. */
export function brokenImageReason(url: string, notePath: string, assetPaths: ReadonlySet<string>): string | undefined {
  if (/^(?:https?:)?\/\//i.test(url)) return 'hot-linked from another site';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return 'not a file path';
  const path = decodeURI(url.split(/[?#]/)[0] ?? '');
  const resolved = posix.normalize(posix.join(posix.dirname(notePath), path));
  return assetPaths.has(resolved) ? undefined : `file not found (${resolved})`;
}

const normalise = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** Drops broken pictures and picture placeholders from every entry. */
export const dropBrokenImages: TreePass = (note: NoteRecord, context: CleanContext) => {
  const placeholders = new Set(context.data.vocabulary.imagePlaceholders.map(normalise));
  return editEntries(note, 'clean/images', (entry, log) => {
    const titles = new Set(
      [entry.question, entry.source.originalTitle, entry.source.noteTitle, note.meta.title]
        .filter((title): title is string => Boolean(title))
        .map(normalise),
    );
    const meaningful = (alt: string) => alt.trim() !== '' && !placeholders.has(normalise(alt)) && !titles.has(normalise(alt));

    forEachNode(entry.answer, 'image', (image, parent, index) => {
      const reason = brokenImageReason(image.url, note.source.path, context.assetPaths);
      if (!reason) return;
      const alt = image.alt ?? '';
      const keep = meaningful(alt);
      const replacement: PhrasingContent = { type: 'text', value: keep ? alt.trim() : '' };
      if (image.position) replacement.position = image.position;
      (parent.children as PhrasingContent[])[index] = replacement;
      log.fix('image', `${image.url} dropped: ${reason}${keep ? `; alt text kept: ${alt.trim()}` : ''}`, image);
    });

    // Placeholder paragraphs and paragraphs left empty by a dropped picture.
    const prune = (parent: Parent) => {
      const kept: RootContent[] = [];
      for (const child of parent.children as RootContent[]) {
        if ('children' in child) prune(child);
        if (child.type === 'paragraph') {
          const text = plainText(child).trim();
          const onlyText = child.children.every((node) => node.type === 'text' || node.type === 'break');
          if (text === '' && onlyText) continue;
          const lines = text.split('\n').map((line) => line.trim());
          if (onlyText && lines.every((line) => placeholders.has(normalise(line)))) {
            const first = child.position?.start.line;
            lines.forEach((line, offset) => {
              if (first !== undefined) {
                log.note.dropped.push({ note: note.source.path, line: first + offset, text: line, reason: 'image-placeholder' });
              }
            });
            log.fix('image', `placeholder removed: ${lines.join(' / ')}`, child);
            continue;
          }
        }
        kept.push(child);
      }
      parent.children = kept as typeof parent.children;
    };
    prune(entry.answer);
  });
};
