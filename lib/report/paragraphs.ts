// Prose fields are plain text whose paragraphs are separated by line breaks (docs/report-json.md).

/** The paragraphs of a prose field: its lines, trimmed, without empty ones. */
export const proseParagraphs = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
