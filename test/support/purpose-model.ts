/**
 * The real purpose model for tests: src/content/purposes/purposes.yaml parsed and validated with
 * the same zod schema the content collection uses.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { PurposeId } from '../../src/purposes/ids';
import { purposeLabels, type PurposeModel } from '../../src/purposes/model';
import { networkModelSchema, type NetworkModel } from '../../src/purposes/networks-schema';
import { purposeModelSchema } from '../../src/purposes/schema';

/** the file as written, before validation */
export function rawPurposeModel(): Record<string, unknown> {
  return parse(readFileSync(resolve(process.cwd(), 'src/content/purposes/purposes.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
}

export function loadPurposeModel(): PurposeModel {
  return purposeModelSchema.parse(rawPurposeModel());
}

/** the article's names for the five purposes, by id, as every tool is given them (the purpose model's labels) */
export function loadPurposeNames(): Readonly<Record<PurposeId, string>> {
  return purposeLabels(loadPurposeModel());
}

/** src/content/purposes/networks.yaml as written, before validation */
export function rawNetworkModel(): Record<string, unknown> {
  return parse(readFileSync(resolve(process.cwd(), 'src/content/purposes/networks.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** the real network vocabulary, validated with the collection's schema */
export function loadNetworkModel(): NetworkModel {
  return networkModelSchema.parse(rawNetworkModel());
}
