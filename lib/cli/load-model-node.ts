import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassifierModel } from '../classify/model-types';
import { CliError } from './cli-error';
// Every Node path that analyses loads the model here; the facts' tables come with it.
import '../facts/fact-tables-node';

/** Node adapter: read the trained model shipped at public/model.json. */
export function loadModelFromDisk(path = join(import.meta.dirname, '..', '..', 'public', 'model.json')): ClassifierModel {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ClassifierModel;
  } catch {
    throw new CliError(`cannot read the classifier model at ${path}: run \`npm run train\``);
  }
}
