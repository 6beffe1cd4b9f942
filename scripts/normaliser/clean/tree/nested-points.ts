/**
 * Sub-points a point announces (Fix kind `nested-list`): a plain-text note has no indentation, so
 *
 *     ● Core services: Harbor 的核心功能,主要提供以下3个服务:
 *     1.UI (harbor-ui) :提供图形化界面 …
 *     2.WebHook: …
 *     ● Database (harbor-db) :…
 *
 * parses as a bullet list, a top-level ordered list and a second bullet list. When a list's last
 * point ends with a colon and the next block is a list of the other kind, that list is the
 * point's sub-points: it is moved into the point, and a list of the first kind right after it
 * (the bullets restarting) joins the first. Only when the announcement says how many sub-points
 * there are (`以下 3 个服务：`) and that many follow, or when the bullets do restart after them,
 * so a list that merely follows a colon stays where it is.
 */
import type { List, Parent, RootContent } from 'mdast';
import type { NoteRecord } from '../../model.ts';
import { editEntries, plainText, type PassLog, type TreePass } from './edit.ts';

const CHINESE_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** How many sub-points a point announces (`以下 3 个服务：`, `以下两点:`), if it says. */
export function announcedCount(text: string): number | undefined {
  const match = /以下\s*(\d+|[一二两三四五六七八九十])\s*[个种点条类项步部]/u.exec(text);
  if (!match) return undefined;
  return /^\d+$/.test(match[1]!) ? Number(match[1]) : CHINESE_NUMBERS[match[1]!];
}

/** True when the text ends with a colon: the point announces what follows. */
const announces = (text: string) => /[：:]\s*$/u.test(text);

function nestAnnouncedLists(parent: Parent, log: PassLog): void {
  const children = parent.children as RootContent[];
  for (const child of children) if ('children' in child) nestAnnouncedLists(child as Parent, log);
  for (let index = 0; index + 1 < children.length; index++) {
    const list = children[index];
    const sub = children[index + 1];
    if (list?.type !== 'list' || sub?.type !== 'list' || Boolean(list.ordered) === Boolean(sub.ordered)) continue;
    const point = list.children.at(-1);
    const text = point ? plainText(point).trim() : '';
    if (!point || !announces(text)) continue;
    const after = children[index + 2];
    const restarts = after?.type === 'list' && Boolean(after.ordered) === Boolean(list.ordered);
    if (announcedCount(text) !== sub.children.length && !restarts) continue;
    point.children.push(sub);
    if (point.position && sub.position) point.position.end = sub.position.end;
    const removed = restarts ? 2 : 1;
    if (restarts) list.children.push(...(after as List).children);
    const last = restarts ? after : sub;
    if (list.position && last?.position) list.position.end = last.position.end;
    children.splice(index + 1, removed);
    log.fix('nested-list', `${sub.children.length} sub-point(s) nested under "${text.slice(-24)}"${restarts ? '; the list after them joined the first' : ''}`, sub);
  }
}

/** Nests the sub-points a point announces under it (Fix kind `nested-list`). */
export const nestAnnouncedPoints: TreePass = (note: NoteRecord) =>
  editEntries(note, 'clean/nested-points', (entry, log) => nestAnnouncedLists(entry.answer, log));
