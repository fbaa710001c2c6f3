// The plain text of an article's Markdown: what is indexed and what snippets are cut from.
// Link targets, emphasis marks, list markers, table rulers and any raw HTML are dropped; the
// words a reader sees are kept, a line per block.

const TABLE_RULER = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function inlineText(line: string): string {
  return (
    line
      // Images keep their description, links their text.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<(https?:[^>]+|mailto:[^>]+)>/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
      .replace(/`([^`]*)`/g, '$1')
      // Emphasis: ** __ * _ around words (an underscore inside a word stays).
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}])[*_](?=\S)([^*_]*?\S)[*_](?![\p{L}\p{N}])/gu, '$1$2')
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
      .replace(/[ \t]+/g, ' ')
      .trim()
  );
}

export function markdownToText(markdown: string): string {
  const lines: string[] = [];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (TABLE_RULER.test(raw) && raw.includes('-')) continue;
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '')
      .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/, '');
    if (/^\s*\|.*\|\s*$/.test(line)) {
      line = line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean)
        .join(' · ');
    }
    const text = inlineText(line);
    if (text) lines.push(text);
  }
  return lines.join('\n');
}
