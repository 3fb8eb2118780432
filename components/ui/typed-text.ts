import { xmlSafeText } from '@/lib/report/xml-characters';

/**
 * The field's text without the characters no export could carry (a pasted U+FFFF, a NUL), cleaned
 * in the field itself so what the clerk sees is what the report holds; the caret stays put.
 */
export function cleanTypedText(field: HTMLInputElement | HTMLTextAreaElement): string {
  const typed = field.value;
  const safe = xmlSafeText(typed);
  if (safe === typed) return typed;
  // Null for the field types without a caret (email, date): nothing to put back.
  const caret = field.selectionStart;
  field.value = safe;
  if (caret !== null) {
    const at = xmlSafeText(typed.slice(0, caret)).length;
    field.setSelectionRange(at, at);
  }
  return safe;
}
