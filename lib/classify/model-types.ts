import type * as v from 'valibot';
import type { ClassifierModelSchema } from '../schemas/model';

/** The trained classifier as stored in public/model.json (schema in lib/schemas/model.ts). */
export type ClassifierModel = v.InferOutput<typeof ClassifierModelSchema>;
