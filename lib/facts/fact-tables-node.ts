// Node (CLI, scripts, tests): read the fact tables from lib/facts/ and install them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_TABLE_FILES, useFactTables, type FactTables } from './fact-tables';

/** Read the fact tables (lexicons, vendors, party words, authorities) from disk and install them. */
export function loadFactTablesFromDisk(dir = import.meta.dirname): void {
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  useFactTables(Object.fromEntries(Object.entries(FACT_TABLE_FILES).map(([key, file]) => [key, read(file)])) as unknown as FactTables);
}

loadFactTablesFromDisk();
