import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, decodeXmlEntities } from './entities';
import { markupTokens, type MarkupDialect } from './tokens';

const html: MarkupDialect = { lowerCase: true, decode: decodeHtmlEntities, rawText: new Set(['script']) };
const xml: MarkupDialect = { lowerCase: false, decode: decodeXmlEntities, rawText: new Set() };
const tokensOf = (source: string, dialect: MarkupDialect) =>
  [...markupTokens(source, dialect)].map((t) => (t.kind === 'text' ? t.text : t.kind === 'close' ? `/${t.name}` : t.kind === 'raw' ? `raw ${t.name}: ${t.text}` : `${t.name}${t.selfClosing ? '/' : ''} ${JSON.stringify(Object.fromEntries(t.attributes))}`));

describe('character references', () => {
  it('decodes the five XML names and numeric references, and nothing else in XML', () => {
    expect(decodeXmlEntities('&lt;&gt;&amp;&quot;&apos;&#x4E2D;&#25991;&nbsp;&amp')).toBe('<>&"\'中文&nbsp;&amp');
  });

  it('decodes the HTML names pages use, &nbsp without its semicolon, and no code point outside Unicode', () => {
    expect(decodeHtmlEntities('&nbsp;&ldquo;公开&rdquo;&mdash;&hellip;&nbsp&amp&#0;&#x110000;&#xD800;&unknown;')).toBe(
      '\u00a0“公开”—…\u00a0&\uFFFD\uFFFD\uFFFD&unknown;',
    );
  });
});

describe('the markup tokenizer', () => {
  it('reads XML names as written, self-closing tags and CDATA, and skips declarations and comments', () => {
    expect(tokensOf('<?xml version="1.0"?><w:p w:rsidR="00AB"><!-- c --><w:tab/><w:t>a&amp;b</w:t><![CDATA[<x>]]></w:p>', xml)).toEqual([
      'w:p {"w:rsidR":"00AB"}',
      'w:tab/ {}',
      'w:t {}',
      'a&b',
      '/w:t',
      '<x>',
      '/w:p',
    ]);
  });

  it('reads HTML attributes in any case and quoting, keeps the first of a repeated one, and takes a stray < as text', () => {
    expect(tokensOf('<TD ColSpan=2 rowspan=\'3\' nowrap title="a &gt; b" colspan=9>1 < 2</TD>', html)).toEqual([
      'td {"colspan":"2","rowspan":"3","nowrap":"","title":"a > b"}',
      '1 ',
      '<',
      ' 2',
      '/td',
    ]);
  });

  it('reads a script as raw text up to its end tag in any case, never as markup', () => {
    expect(tokensOf('<script>if (a<b) document.write("</p>")</SCRIPT ><p>', html)).toEqual([
      'raw script: if (a<b) document.write("</p>")',
      '/script',
      'p {}',
    ]);
  });

  it('ends at a tag or quoted value left open at the end of the input', () => {
    expect(tokensOf('前<p class="x>后', html)).toEqual(['前']);
    expect(tokensOf('前<p', html)).toEqual(['前']);
    expect(tokensOf('<script>never closed', html)).toEqual(['raw script: never closed']);
  });
});
