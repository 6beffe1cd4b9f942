/**
 * Config files flattened onto one line by copy-paste, restored where their syntax shows the line
 * boundaries: systemd units (known section and key names, `#` comments) and heredocs whose body is
 * JSON (`cat>/etc/docker/daemon.json<<EOF{ ... }EOF`).
 */
import type { CodeVocabulary } from './data.ts';
import { escapeRegExp } from './edit.ts';
import { prettyJson } from './shell-lines.ts';

/** True when `line` looks like a flattened systemd unit: a known section then `Key=`. */
export function isFlattenedUnit(line: string, vocabulary: CodeVocabulary): boolean {
  const sections = vocabulary.systemdSections.map(escapeRegExp).join('|');
  return new RegExp(`^\\s*\\[(?:${sections})\\]\\s*[A-Za-z]+=`).test(line);
}

/**
 * Puts each section header, key and comment of a flattened systemd unit on its own line, with a
 * blank line before each section after the first.
 * @example restoreSystemdUnit('[Service]Type=notifyExecStart=/usr/bin/dockerd', vocabulary)
 *   // '[Service]\nType=notify\nExecStart=/usr/bin/dockerd'
 */
export function restoreSystemdUnit(line: string, vocabulary: CodeVocabulary): string {
  const sections = vocabulary.systemdSections.map(escapeRegExp).join('|');
  const keys = [...vocabulary.systemdKeys].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return line
    .trim()
    .replace(new RegExp(`\\s*(\\[(?:${sections})\\])\\s*`, 'g'), '\n\n$1\n')
    .replace(/\s*#/g, '\n#')
    .replace(new RegExp(`(?<![#\\n])(${keys})=`, 'g'), '\n$1=')
    .split('\n')
    .map((text) => text.trim())
    .join('\n')
    .replace(/^\n+/, '')
    .replace(/\n{3,}/g, '\n\n');
}

/** A heredoc found in a line: the prose before it and the restored command. */
export interface Heredoc {
  before: string;
  code: string;
}

/**
 * Finds `cat>file<<EOF body EOF` in a line and restores it to lines, pretty-printing a JSON body.
 * Returns undefined when the line has no complete heredoc.
 */
export function restoreHeredoc(line: string): Heredoc | undefined {
  const match = line.match(/(cat\s*>{1,2}\s*\S+?\s*<<-?\s*['"]?([A-Z]+)['"]?)(.*?)\2\s*$/);
  if (!match || match.index === undefined) return undefined;
  const [, command = '', marker = '', body = ''] = match;
  const restoredBody = prettyJson(body) ?? body.trim();
  return { before: line.slice(0, match.index).trim(), code: `${command}\n${restoredBody}\n${marker}` };
}
