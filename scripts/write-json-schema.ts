// Writes the published JSON Schema of the report file (npm run schema).
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_PATH, serializeJsonSchema } from '@/lib/report/file/json-schema';

writeFileSync(JSON_SCHEMA_PATH, serializeJsonSchema());
console.log(`已写入 ${JSON_SCHEMA_PATH}`);
