// The published reports kept in fixtures/published (fixtures/README.md): five texts as a clerk
// pastes them, and one real PDF. Test helper.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SAMPLES_DIR = new URL('../../../fixtures/published/', import.meta.url);

export type TextSampleId = '000' | '001' | '002' | '003' | '004';
export type SampleId = TextSampleId | '005';

/** The path of a sample on disk, by its number. */
export function samplePath(id: SampleId): string {
  const name = readdirSync(SAMPLES_DIR).find((file) => file.startsWith(`${id}_`));
  if (!name) throw new Error(`sample ${id} not found in ${SAMPLES_DIR.pathname}`);
  return fileURLToPath(new URL(name, SAMPLES_DIR));
}

/** A text sample as the text a clerk pastes. */
export const publishedSample = (id: TextSampleId): string => readFileSync(samplePath(id), 'utf8');
