import { describe, expect, it } from 'vitest';
import { TOPIC_QUESTION_IMPORT } from '../../../scripts/normaliser/emit/topic-index-practice.ts';
import { untrustedExecutableNodes } from './mdx-check.ts';

describe('untrustedExecutableNodes', () => {
  it('accepts exactly the trusted TopicQuestion import and elements', () => {
    const mdx = `${TOPIC_QUESTION_IMPORT}\n\n1. [Q](/a/b/)<TopicQuestion path="/a/b/">：text</TopicQuestion>\n`;
    expect(untrustedExecutableNodes(mdx)).toEqual([]);
  });

  it('still flags other imports, other attributes, expressions and JSX inside the trusted element', () => {
    expect(untrustedExecutableNodes(`import x from 'y';\n`)).toEqual(['mdxjsEsm']);
    expect(untrustedExecutableNodes(`a <TopicQuestion path="/a/" onClick={x}>t</TopicQuestion>\n`)).toEqual(['mdxJsxTextElement']);
    expect(untrustedExecutableNodes(`a <TopicQuestion path={x}>t</TopicQuestion>\n`)).toEqual(['mdxJsxTextElement']);
    expect(untrustedExecutableNodes(`a <TopicQuestion path="/a/">{alert(1)}<b>x</b></TopicQuestion>\n`)).toEqual([
      'mdxTextExpression',
      'mdxJsxTextElement',
    ]);
  });
});
