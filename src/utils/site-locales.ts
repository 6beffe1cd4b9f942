/**
 * The site's locales as route parameters: `undefined` is the root locale (简体中文), `en` the
 * English UI. Pages of their own (print view, random question) are built once per locale.
 */
export const LOCALE_PARAMS = [undefined, 'en'] as const;

/** A locale route parameter: `undefined` (root) or `en`. */
export type LocaleParam = (typeof LOCALE_PARAMS)[number];
