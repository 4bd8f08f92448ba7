#!/usr/bin/env node
// Cuts the model slice ssm-assoc speaks (src/model/ssm.model.json) out of a botocore SSM model:
// the metadata, the `operations` ssm-assoc wires (WIRED below, in the source's order), every
// shape they reach (for each operation: input, output, then errors; depth first in the order
// reached), and their `pagination` entries. Shapes are copied whole, so member order,
// `required`, limits, enums and documentation stay exactly as in the source, which is what the
// reference prints from.
//
// Usage: node scripts/cut-model.mjs [--source FILE] [--paginators FILE] [--label TEXT]
//   --source  a model with an `operations` map (default ../shared/reference/ssm-associations.model.json,
//             from the repository root; botocore's service-2.json works too)
//   --paginators  botocore's paginators-1.json for it (default ../shared/reference/ssm-associations.paginators.json)
//   --label   which botocore the source came from, recorded in the slice's `source` line
//             (default: botocore 1.43.11, the model of ../shared/reference/aws-data)
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The operations ssm-assoc has commands for; adding one starts here (README, Design notes). */
export const WIRED = ['DescribeAssociationExecutions', 'ListAssociations', 'UpdateAssociationStatus'];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'src', 'model', 'ssm.model.json');
export const DEFAULT_SOURCE = path.resolve(root, '..', 'shared', 'reference', 'ssm-associations.model.json');
export const DEFAULT_PAGINATORS = path.resolve(root, '..', 'shared', 'reference', 'ssm-associations.paginators.json');
export const DEFAULT_LABEL = 'botocore 1.43.11';

/** The slice for the `wired` operations out of a model with an `operations` map (and its paginators). */
export function cutModel(full, paginators = { pagination: {} }, label = DEFAULT_LABEL, wired = WIRED) {
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
  const operations = {};
  const pagination = {};
  for (const name of Object.keys(full.operations ?? {}).filter((n) => wired.includes(n))) {
    const operation = full.operations[name];
    operations[name] = operation;
    if (operation.input) visit(operation.input.shape);
    if (operation.output) visit(operation.output.shape);
    for (const error of operation.errors ?? []) visit(error.shape);
    if (paginators.pagination?.[name] !== undefined) pagination[name] = paginators.pagination[name];
  }
  const missing = wired.filter((name) => !(name in operations));
  if (missing.length > 0) throw new Error(`cut-model: the source has no operations ${missing.join(', ')}`);
  return {
    source: `botocore service model ssm ${full.metadata.apiVersion} (${label}), operations ${Object.keys(operations).join(', ')} and every shape they reach`,
    metadata: full.metadata,
    operations,
    pagination,
    shapes,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      source: { type: 'string', default: DEFAULT_SOURCE },
      paginators: { type: 'string', default: DEFAULT_PAGINATORS },
      label: { type: 'string', default: DEFAULT_LABEL },
    },
  });
  try {
    const paginators = fs.existsSync(values.paginators) ? JSON.parse(fs.readFileSync(values.paginators, 'utf8')) : { pagination: {} };
    const slice = cutModel(JSON.parse(fs.readFileSync(values.source, 'utf8')), paginators, values.label);
    fs.writeFileSync(target, JSON.stringify(slice, null, 1) + '\n');
    console.error(`cut-model: wrote ${path.relative(root, target)} (${Object.keys(slice.shapes).length} shapes)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
