// Report paths come from the template as strings; react-hook-form types its paths. The one place
// where one is taken for the other.
import type { FieldPath } from 'react-hook-form';
import type { DraftReport } from '@/lib/report/file/schema';

export const formPath = (path: string) => path as FieldPath<DraftReport>;
