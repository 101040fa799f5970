import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassifierModel } from '../classify/model-types';
import { modelFrom } from '../schemas/model';
import { CliError } from './cli-error';
// Every Node path that analyses loads the model here; the facts' tables come with it.
import '../facts/fact-tables-node';

/** Node adapter: read the trained model shipped at public/model.json. */
export function loadModelFromDisk(path = join(import.meta.dirname, '..', '..', 'public', 'model.json')): ClassifierModel {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new CliError(`cannot read the classifier model at ${path}: run \`npm run train\``);
  }
  try {
    return modelFrom(data);
  } catch (error) {
    throw new CliError(`${path}: ${(error as Error).message}: run \`npm run train\``);
  }
}
