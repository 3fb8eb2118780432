// A small tolerant tokenizer for the XML inside a DOCX and for HTML pages, in the browser and in
// Node alike (no DOMParser). One pass, no recursion, linear time: a tag, comment or quoted value
// left open runs to the end of the input and ends it. Comments, doctypes and processing
// instructions are skipped; CDATA is text.

export type MarkupToken =
  | { kind: 'open'; name: string; attributes: ReadonlyMap<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string }
  /** An element whose content is never markup (HTML script, style…): its start tag and content. */
  | { kind: 'raw'; name: string; attributes: ReadonlyMap<string, string>; text: string };

export type MarkupDialect = {
  /** HTML: element and attribute names are lower-cased. */
  lowerCase: boolean;
  decode: (text: string) => string;
  /** Elements whose content runs to their end tag as plain text. */
  rawText: ReadonlySet<string>;
};

type Tag = { name: string; attributes: Map<string, string>; selfClosing: boolean; end: number };

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isNameStart = (c: string | undefined) => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_');
const endsName = (c: string | undefined) => c === undefined || isSpace(c) || c === '/' || c === '>';

const cased = (s: string, dialect: MarkupDialect) => (dialect.lowerCase ? s.toLowerCase() : s);

// NOTE: no function is made per tag or per token (a closure in here cost more than the scanning itself
// under the command line's transpiler, which names every function it creates).
/** The tag starting with its name at `at`, or null when the input ends inside it. */
function scanTag(source: string, at: number, dialect: MarkupDialect): Tag | null {
  const n = source.length;
  let i = at;
  while (!endsName(source[i])) i++;
  const tag: Tag = { name: cased(source.slice(at, i), dialect), attributes: new Map(), selfClosing: false, end: n };
  while (i < n) {
    const c = source[i];
    if (c === '>') {
      tag.selfClosing = source[i - 1] === '/';
      tag.end = i + 1;
      return tag;
    }
    if (isSpace(c) || c === '/') {
      i++;
      continue;
    }
    const nameStart = i++;
    while (i < n && !isSpace(source[i]) && source[i] !== '=' && source[i] !== '>' && source[i] !== '/') i++;
    const name = cased(source.slice(nameStart, i), dialect);
    while (isSpace(source[i])) i++;
    let value = '';
    if (source[i] === '=') {
      i++;
      while (isSpace(source[i])) i++;
      const quote = source[i];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, i + 1);
        if (close < 0) return null;
        value = source.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < n && !isSpace(source[i]) && source[i] !== '>') i++;
        value = source.slice(valueStart, i);
      }
    }
    if (!tag.attributes.has(name)) tag.attributes.set(name, dialect.decode(value));
  }
  return null;
}

/** Where the raw text of `name` ends: at its end tag, any case, or at the end of the input. */
function rawTextEnd(source: string, from: number, name: string): number {
  const endTag = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  endTag.lastIndex = from;
  return endTag.exec(source)?.index ?? source.length;
}

/** Skips `<!-- … -->`, `<!…>` and `<?…?>`; returns where scanning goes on, or -1 if not one of them. */
function skipDeclaration(source: string, lt: number): number {
  if (source.startsWith('<!--', lt)) return after(source, '-->', lt + 4);
  if (source[lt + 1] === '!' || source[lt + 1] === '?') return after(source, '>', lt + 2);
  return -1;
}

/** Just after the next `marker` from `from`, or the end of the input. */
function after(source: string, marker: string, from: number): number {
  const end = source.indexOf(marker, from);
  return end < 0 ? source.length : end + marker.length;
}

export function* markupTokens(source: string, dialect: MarkupDialect): Generator<MarkupToken> {
  const n = source.length;
  let pos = 0;
  while (pos < n) {
    const lt = source.indexOf('<', pos);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > pos) yield { kind: 'text', text: dialect.decode(source.slice(pos, textEnd)) };
    if (lt < 0) return;
    if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt + 9);
      yield { kind: 'text', text: source.slice(lt + 9, end < 0 ? n : end) };
      pos = end < 0 ? n : end + 3;
      continue;
    }
    const skipped = skipDeclaration(source, lt);
    if (skipped >= 0) {
      pos = skipped;
    } else if (source[lt + 1] === '/' && isNameStart(source[lt + 2])) {
      let i = lt + 2;
      while (!endsName(source[i])) i++;
      const name = source.slice(lt + 2, i);
      yield { kind: 'close', name: dialect.lowerCase ? name.toLowerCase() : name };
      const end = source.indexOf('>', i);
      pos = end < 0 ? n : end + 1;
    } else if (isNameStart(source[lt + 1])) {
      const tag = scanTag(source, lt + 1, dialect);
      if (!tag) return;
      pos = tag.end;
      if (dialect.rawText.has(tag.name)) {
        const end = rawTextEnd(source, pos, tag.name);
        yield { kind: 'raw', name: tag.name, attributes: tag.attributes, text: source.slice(pos, end) };
        pos = end;
      } else {
        yield { kind: 'open', name: tag.name, attributes: tag.attributes, selfClosing: tag.selfClosing };
      }
    } else {
      yield { kind: 'text', text: '<' };
      pos = lt + 1;
    }
  }
}
