/**
 * Privacy: details of the note author's own environment are replaced everywhere a reader could
 * see them: prose, inline code, code blocks, raw HTML, link and picture targets, titles and alt
 * texts (Fix kind `privacy`, one per replacement):
 *
 * - private IPv4 addresses (10/8, 172.16/12, 192.168/16) become documentation addresses (RFC 5737:
 *   192.0.2.0/24, then 198.51.100.0/24, 203.0.113.0/24), numbered by first appearance over the
 *   sorted notes, so one address has one placeholder across the run. Addresses inside a subnet the
 *   same text declares (`--subnet 172.25.0.0/16 ... --ip 172.25.5.10`) are a worked example of
 *   addressing and stay, as do 127.0.0.1 and 0.0.0.0 (not private);
 * - the personal ID of a registry-mirror accelerator host (`tnxkcso1.mirrors.aliyuncs.com`) becomes
 *   `<your-id>` (`your-id` inside a link target, where `<` is not allowed);
 * - host names listed in data/glossary/privacy.yaml (`hub.company.com`) become placeholders.
 */
import type { NoteRecord } from '../../model.ts';
import type { PrivacyRules } from './data.ts';
import { editEntries, escapeRegExp, forEachNode, forEachProseText, preparedPer, type TreePass } from './edit.ts';

const IPV4 = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?(?![\d]|\.\d)/g;
/** `IPV4` without the `g` flag, for testing whether a string holds an address at all. */
const IPV4_ANYWHERE = new RegExp(IPV4.source);

const toNumber = (octets: number[]) => octets.reduce((value, octet) => value * 256 + octet, 0);

/** True for an address in 10/8, 172.16/12 or 192.168/16. */
export function isPrivateAddress(address: string): boolean {
  const [a, b] = address.split('.').map(Number);
  return a === 10 || (a === 172 && b !== undefined && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** The private addresses of `text` that are someone's machine (not inside a subnet `text` declares). */
export function environmentAddresses(text: string): string[] {
  const subnets: Array<{ base: number; size: number }> = [];
  const addresses: string[] = [];
  for (const match of text.matchAll(IPV4)) {
    const octets = match.slice(1, 5).map(Number);
    if (octets.some((octet) => octet > 255)) continue;
    if (match[5] !== undefined) {
      const prefix = Number(match[5]);
      const size = 2 ** (32 - prefix);
      subnets.push({ base: Math.floor(toNumber(octets) / size) * size, size });
    }
  }
  for (const match of text.matchAll(IPV4)) {
    const octets = match.slice(1, 5).map(Number);
    if (octets.some((octet) => octet > 255)) continue;
    const address = octets.join('.');
    const value = toNumber(octets);
    const inDeclaredSubnet = subnets.some((subnet) => value >= subnet.base && value < subnet.base + subnet.size);
    if (isPrivateAddress(address) && !inDeclaredSubnet) addresses.push(address);
  }
  return addresses;
}

/** The `index`-th documentation address (0-based): 192.0.2.1, 192.0.2.2, ... */
function documentationAddress(index: number, rules: PrivacyRules): string {
  const network = rules.documentationNetworks[Math.floor(index / 254) % rules.documentationNetworks.length];
  return `${network}.${(index % 254) + 1}`;
}

/** Every string of a note the privacy pass reads, in document order. */
function noteStrings(note: NoteRecord): string[] {
  const strings: string[] = [];
  for (const entry of note.entries) {
    strings.push(entry.question);
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const record = node as { value?: unknown; url?: unknown; alt?: unknown; title?: unknown; children?: unknown[] };
      for (const field of [record.value, record.url, record.alt, record.title]) if (typeof field === 'string') strings.push(field);
      record.children?.forEach(walk);
    };
    walk(entry.answer);
  }
  return strings;
}

/**
 * Private address -> documentation address for a run, by first appearance over `notes` sorted by
 * path, continuing the numbering of `known`. Pass the result as `CleanContext.privateAddresses`.
 */
export function collectPrivateAddresses(
  notes: readonly NoteRecord[],
  rules: PrivacyRules,
  known: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  return numberPrivateAddresses(
    notes.map((note) => ({ path: note.source.path, addresses: notePrivateAddresses(note) })),
    rules,
    known,
  );
}

/** The private addresses of one note, each once, in order of first appearance. */
export function notePrivateAddresses(note: NoteRecord): string[] {
  const addresses = new Set<string>();
  for (const text of noteStrings(note)) {
    for (const address of environmentAddresses(text)) addresses.add(address);
  }
  return [...addresses];
}

/**
 * The run-wide numbering from each note's own addresses (`notePrivateAddresses`, which worker
 * threads compute for the notes they parse): first appearance over the notes sorted by path,
 * continuing the numbering of `known`.
 */
export function numberPrivateAddresses(
  perNote: readonly { path: string; addresses: readonly string[] }[],
  rules: PrivacyRules,
  known: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const mapping = new Map(known);
  const sorted = [...perNote].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { addresses } of sorted) {
    for (const address of addresses) {
      if (!mapping.has(address)) mapping.set(address, documentationAddress(mapping.size, rules));
    }
  }
  return mapping;
}

/** One replacement made by `redact`. */
export interface Redaction {
  from: string;
  to: string;
}

/** The rules' expressions: personal mirror hosts, and each listed host (longest first) with its placeholder. */
const privacyPatterns = preparedPer((rules: PrivacyRules) => ({
  mirror:
    rules.personalMirrorDomains.length > 0
      ? // The domain may have output glued after it (`ku39pxyp.mirror.aliyuncs.comcurl: (6) ...`), but
        // not more labels of a longer host name (`x.mirror.aliyuncs.com.cn`).
        new RegExp(`(?<![\\w.-])([a-z0-9][a-z0-9-]*)\\.(${rules.personalMirrorDomains.map(escapeRegExp).join('|')})(?![\\w-]*\\.[a-z0-9])`, 'gi')
      : undefined,
  hosts: Object.entries(rules.hosts)
    .sort(([a], [b]) => b.length - a.length || a.localeCompare(b))
    .map(([host, placeholder]) => ({ host, placeholder, pattern: new RegExp(`(?<![\\w.-])${escapeRegExp(host)}(?![\\w-]|\\.[\\w])`, 'g') })),
}));

/** Replaces private addresses, personal mirror IDs and listed hosts in `text`. */
export function redact(
  text: string,
  addresses: ReadonlyMap<string, string>,
  rules: PrivacyRules,
  inUrl = false,
): { text: string; redactions: Redaction[] } {
  const redactions: Redaction[] = [];
  const patterns = privacyPatterns(rules);
  let result = text;
  // Most strings hold no address: only then are the declared subnets worth reading.
  if (IPV4_ANYWHERE.test(text)) {
    const environment = new Set(environmentAddresses(text));
    result = text.replace(IPV4, (whole, a, b, c, d, prefix) => {
      const address = [a, b, c, d].map(Number).join('.');
      const placeholder = addresses.get(address);
      if (prefix !== undefined || !environment.has(address) || !placeholder) return whole;
      redactions.push({ from: address, to: placeholder });
      return placeholder;
    });
  }
  if (patterns.mirror) {
    const placeholder = inUrl ? rules.personalIdPlaceholder.replace(/[<>]/g, '') : rules.personalIdPlaceholder;
    result = result.replace(patterns.mirror, (whole, id: string, domain: string) => {
      if (id === placeholder || id.includes('your-id')) return whole;
      redactions.push({ from: `${id}.${domain}`, to: `${placeholder}.${domain}` });
      return `${placeholder}.${domain}`;
    });
  }
  for (const { placeholder, host, pattern } of patterns.hosts) {
    result = result.replace(pattern, () => {
      redactions.push({ from: host, to: placeholder });
      return placeholder;
    });
  }
  return { text: result, redactions };
}

/**
 * Redacts every entry's question, prose, inline code, code, raw HTML (shown as text on the page),
 * link and picture targets, link titles and picture alt texts (Fix kind `privacy`).
 */
export const redactPrivateDetails: TreePass = (note, context) => {
  const rules = context.data.privacy;
  // Addresses the run-wide map does not know (none, when the CLI built it) are numbered after it.
  const addresses = collectPrivateAddresses([note], rules, context.privateAddresses);
  return editEntries(note, 'clean/privacy', (entry, log) => {
    const apply = <T extends { value: string }>(holder: T, node?: Parameters<typeof log.fix>[2]) => {
      const { text, redactions } = redact(holder.value, addresses, rules);
      for (const { from, to } of redactions) log.fix('privacy', `${from} -> ${to}`, node);
      holder.value = text;
    };
    const question = { value: entry.question };
    apply(question);
    entry.question = question.value;
    forEachProseText(entry.answer, (text) => apply(text, text));
    forEachNode(entry.answer, 'inlineCode', (inline) => apply(inline, inline));
    forEachNode(entry.answer, 'code', (block) => apply(block, block));
    // Raw HTML is printed as text by emit, so what it holds is shown too.
    forEachNode(entry.answer, 'html', (html) => apply(html, html));
    const applyTo = (node: { url?: string; title?: string | null; alt?: string | null }, at: Parameters<typeof log.fix>[2]) => {
      for (const field of ['url', 'title', 'alt'] as const) {
        const value = node[field];
        if (typeof value !== 'string') continue;
        const { text, redactions } = redact(value, addresses, rules, field === 'url');
        for (const { from, to } of redactions) log.fix('privacy', `${from} -> ${to}`, at);
        node[field] = text;
      }
    };
    forEachNode(entry.answer, 'image', (image) => applyTo(image, image));
    forEachNode(entry.answer, 'definition', (definition) => applyTo(definition, definition));
    // Autolinks: their text is skipped as prose above, so redact link text and targets here.
    forEachNode(entry.answer, 'link', (link) => {
      applyTo(link, link);
      for (const child of link.children) {
        if (child.type === 'text') child.value = redact(child.value, addresses, rules).text;
      }
    });
  });
};
