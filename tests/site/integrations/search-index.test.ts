import { describe, expect, it } from 'vitest';
import { pagesByBundle, type BuiltPage } from '../../../src/integrations/search-index.ts';
import { searchBundleFor } from '../../../src/utils/search-bundles.ts';

/** A built page as Starlight writes it: `data-pagefind-body` on <main> unless `pagefind: false`. */
function page(sourcePath: string, lang: string, indexed = true): BuiltPage {
  const main = indexed ? '<main data-pagefind-body>' : '<main>';
  return { sourcePath, content: `<!doctype html><html lang="${lang}" dir="ltr"><body>${main}text</main></body></html>` };
}

const paths = (pages: BuiltPage[] | undefined) => (pages ?? []).map((built) => built.sourcePath);

describe('searchBundleFor', () => {
  it('gives English pages the English bundle and every other page the Chinese one', () => {
    expect(searchBundleFor('en')).toBe('pagefind-en');
    expect(searchBundleFor('en-US')).toBe('pagefind-en');
    expect(searchBundleFor('zh-CN')).toBe('pagefind');
    expect(searchBundleFor('')).toBe('pagefind');
  });
});

describe('pagesByBundle', () => {
  it('puts each page in the bundle of its <html lang>', () => {
    const bundles = pagesByBundle([
      page('index.html', 'zh-CN'),
      page('en/index.html', 'en'),
      page('storage/volume/index.html', 'zh-CN'),
      page('en/storage/volume/index.html', 'en'),
    ]);
    expect(paths(bundles.get('pagefind'))).toEqual(['index.html', 'storage/volume/index.html']);
    expect(paths(bundles.get('pagefind-en'))).toEqual(['en/index.html', 'en/storage/volume/index.html']);
  });

  it('leaves out pages without data-pagefind-body where some page has it, as Pagefind would skip them', () => {
    const bundles = pagesByBundle([
      page('index.html', 'zh-CN'),
      page('storage/index.html', 'zh-CN', false),
      page('en/index.html', 'en'),
      page('en/storage/volume/index.html', 'en', false),
      page('en/storage/bind/index.html', 'en', false),
    ]);
    expect(paths(bundles.get('pagefind'))).toEqual(['index.html']);
    expect(paths(bundles.get('pagefind-en'))).toEqual(['en/index.html']);
  });

  it('keeps every page of a bundle where no page has data-pagefind-body (Pagefind then indexes whole pages)', () => {
    const bundles = pagesByBundle([page('index.html', 'zh-CN'), page('en/a/index.html', 'en', false), page('en/b/index.html', 'en', false)]);
    expect(paths(bundles.get('pagefind-en'))).toEqual(['en/a/index.html', 'en/b/index.html']);
  });
});
