/**
 * Parses the text of `docker <command> --help` (docker CLI 2x, cobra + pflag) into the parts the
 * command table keeps: usage line, sibling aliases, subcommands with their one-line summaries,
 * and flags (long name, shorthand, whether the flag takes a value).
 */

/** One flag as the command table keeps it. */
export interface CliFlag {
  /** Long form with dashes: `--all`. */
  name: string;
  /** Shorthand with its dash, when there is one: `-a`. */
  short?: string;
  /** True when the flag takes a value (`--name string`); false for booleans (`--rm`). */
  value: boolean;
}

/** A subcommand as listed under a `Commands:` heading. */
export interface HelpSubcommand {
  name: string;
  summary: string;
}

/** What one help page says. */
export interface HelpPage {
  /** The usage line without `Usage:`: `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  usage: string;
  /** Every alias path listed under `Aliases:`, each split into words without `docker`. */
  aliases: string[][];
  /** Subcommands from every `... Commands:` section, in help order. */
  subcommands: HelpSubcommand[];
  /** Flags from `Options:`. */
  flags: CliFlag[];
  /** Flags from `Global Options:` (root help only). */
  globalFlags: CliFlag[];
}

// A flag line starts within the first few columns; wrapped description lines are indented deeper.
const FLAG_LINE = /^ {2,6}(?:-([A-Za-z0-9?]), )?--([A-Za-z0-9][\w.-]*)(?:\[=[^\]]*\])?(?: ([A-Za-z][\w.-]*))?(?:\[=[^\]]*\])?(?: {2,}|$)/;
const SUBCOMMAND_LINE = /^ {2}([a-z][\w-]*)(\*?) {2,}(.*)$/;

/**
 * Parses one help page.
 *
 * @example
 *   parseCliHelp('Usage:  docker ps [OPTIONS]\n\nOptions:\n  -a, --all   Show all\n').flags
 *   // [{ name: '--all', short: '-a', value: false }]
 */
export function parseCliHelp(text: string): HelpPage {
  const page: HelpPage = { usage: '', aliases: [], subcommands: [], flags: [], globalFlags: [] };
  let section = '';
  for (const line of text.split('\n')) {
    const usage = /^Usage:\s+(.*)$/.exec(line);
    if (usage?.[1]) {
      page.usage = usage[1].trim();
      section = '';
      continue;
    }
    if (/^\S.*:$/.test(line)) {
      section = line.slice(0, -1);
      continue;
    }
    if (line.trim() === '' || /^\S/.test(line)) {
      if (/^\S/.test(line)) section = '';
      continue;
    }
    if (section === 'Aliases') {
      for (const alias of line.split(',')) {
        const words = alias.trim().split(/\s+/);
        if (words[0] === 'docker') page.aliases.push(words.slice(1));
      }
    } else if (section.endsWith('Commands')) {
      const match = SUBCOMMAND_LINE.exec(line);
      // A `*` marks a CLI plugin (compose*, buildx*): plugins are not part of the core table.
      if (match?.[1] && match[2] === '') page.subcommands.push({ name: match[1], summary: (match[3] ?? '').trim() });
    } else if (section === 'Options' || section === 'Global Options') {
      const match = FLAG_LINE.exec(line);
      if (!match?.[2]) continue;
      const flag: CliFlag = match[1]
        ? { name: `--${match[2]}`, short: `-${match[1]}`, value: match[3] !== undefined }
        : { name: `--${match[2]}`, value: match[3] !== undefined };
      (section === 'Options' ? page.flags : page.globalFlags).push(flag);
    }
  }
  return page;
}
