#!/usr/bin/env node
// Cuts the model slice ssm-assoc speaks (src/model/ssm-update-association-status.model.json) out
// of a botocore SSM model: the metadata, the UpdateAssociationStatus operation as a single
// `operation` key, and every shape it reaches (input, output, then errors), depth first in the
// order they are reached. Shapes are copied whole, so member order, `required`, limits, enums
// and documentation stay exactly as in the source, which is what the reference prints from.
//
// Usage: node scripts/cut-model.mjs [--source FILE] [--label TEXT]
//   --source  a model with an `operations` map (default ../shared/reference/ssm-associations.model.json,
//             from the repository root; botocore's service-2.json works too)
//   --label   which botocore the source came from, recorded in the slice's `source` line
//             (default: botocore 1.43.11, the model of ../shared/reference/aws-data)
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const OPERATION = 'UpdateAssociationStatus';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'src', 'model', 'ssm-update-association-status.model.json');
export const DEFAULT_SOURCE = path.resolve(root, '..', 'shared', 'reference', 'ssm-associations.model.json');
export const DEFAULT_LABEL = 'botocore 1.43.11';

/** The slice for UpdateAssociationStatus out of a model with an `operations` map. */
export function cutModel(full, label = DEFAULT_LABEL) {
  const operation = full.operations?.[OPERATION];
  if (operation === undefined) throw new Error(`cut-model: the source has no operations.${OPERATION}`);
  const shapes = {};
  const visit = (name) => {
    if (name in shapes) return;
    const shape = full.shapes[name];
    if (shape === undefined) throw new Error(`cut-model: shape ${name} is referenced but not defined`);
    shapes[name] = shape;
    if (shape.type === 'structure') for (const ref of Object.values(shape.members)) visit(ref.shape);
    else if (shape.type === 'list') visit(shape.member.shape);
    else if (shape.type === 'map') {
      visit(shape.key.shape);
      visit(shape.value.shape);
    }
  };
  visit(operation.input.shape);
  visit(operation.output.shape);
  for (const error of operation.errors ?? []) visit(error.shape);
  return {
    source: `botocore service model ssm ${full.metadata.apiVersion} (${label}), operation ${OPERATION} and every shape it reaches`,
    metadata: full.metadata,
    operation,
    shapes,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      source: { type: 'string', default: DEFAULT_SOURCE },
      label: { type: 'string', default: DEFAULT_LABEL },
    },
  });
  try {
    const slice = cutModel(JSON.parse(fs.readFileSync(values.source, 'utf8')), values.label);
    fs.writeFileSync(target, JSON.stringify(slice, null, 1) + '\n');
    console.error(`cut-model: wrote ${path.relative(root, target)} (${Object.keys(slice.shapes).length} shapes)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
