// Browser adapter: the facts' tables are packaged files (facts/*.json, copied by wxt.config.ts), fetched
// once per worker life before the first analysis, like the model.
import { FACT_TABLE_FILES, useFactTables, type FactTables } from '../facts/fact-tables';
import { packagedJson } from './runtime-adapter';

let loading: Promise<void> | null = null;

/** Fetch and install the fact tables (lexicons, vendors, party words, authorities) once. */
export function loadFactTables(): Promise<void> {
  loading ??= Promise.all(Object.entries(FACT_TABLE_FILES).map(async ([key, file]) => [key, await packagedJson(`/facts/${file}`)] as const))
    .then((entries) => useFactTables(Object.fromEntries(entries) as unknown as FactTables))
    .catch((error: unknown) => ((loading = null), Promise.reject(error)));
  return loading;
}
