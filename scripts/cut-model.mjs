#!/usr/bin/env node
// Cuts the model slice ssm-assoc speaks (src/model/ssm.model.json) out of a botocore SSM model:
// the metadata, the `operations` ssm-assoc wires (WIRED below, in the source's order), every
// shape they reach (for each operation: input, output, then errors; depth first in the order
// reached), and their `pagination` entries. Shapes are copied whole, so member order,
// `required`, limits, enums and documentation stay exactly as in the source, which is what the
// reference prints from. The local endpoint's State Manager gets its own slice
// (src/local-endpoint/state-manager.model.json) with the STATE_MANAGER operations, cut the same
// way but without `documentation` members: it prints no help, and the CLI bundle carries it.
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
export const WIRED = [
  'CreateAssociation',
  'CreateAssociationBatch',
  'DeleteAssociation',
  'DescribeAssociation',
  'DescribeAssociationExecutionTargets',
  'DescribeAssociationExecutions',
  'DescribeEffectiveInstanceAssociations',
  'DescribeInstanceAssociationsStatus',
  'ListAssociationVersions',
  'ListAssociations',
  'StartAssociationsOnce',
  'UpdateAssociation',
  'UpdateAssociationStatus',
];
/** The operations the local endpoint serves: the whole association family. */
export const STATE_MANAGER = [...WIRED];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Each slice written: its file and the operations it holds. */
const TARGETS = [
  { file: path.join(root, 'src', 'model', 'ssm.model.json'), wired: WIRED },
  { file: path.join(root, 'src', 'local-endpoint', 'state-manager.model.json'), wired: STATE_MANAGER, documentation: false },
];
export const DEFAULT_SOURCE = path.resolve(root, '..', 'shared', 'reference', 'ssm-associations.model.json');
export const DEFAULT_PAGINATORS = path.resolve(root, '..', 'shared', 'reference', 'ssm-associations.paginators.json');
export const DEFAULT_LABEL = 'botocore 1.43.11';

/** Drops every `documentation` member, at any depth. */
function withoutDocumentation(value) {
  if (Array.isArray(value)) return value.map(withoutDocumentation);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'documentation').map(([key, v]) => [key, withoutDocumentation(v)]));
}

/**
 * The slice for the `wired` operations out of a model with an `operations` map (and its
 * paginators); `documentation: false` leaves out the documentation strings.
 */
export function cutModel(full, paginators = { pagination: {} }, label = DEFAULT_LABEL, wired = WIRED, { documentation = true } = {}) {
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
  const slice = {
    source: `botocore service model ssm ${full.metadata.apiVersion} (${label}), operations ${Object.keys(operations).join(', ')} and every shape they reach`,
    metadata: full.metadata,
    operations,
    pagination,
    shapes,
  };
  return documentation ? slice : withoutDocumentation(slice);
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
    const full = JSON.parse(fs.readFileSync(values.source, 'utf8'));
    for (const { file, wired, documentation = true } of TARGETS) {
      const slice = cutModel(full, paginators, values.label, wired, { documentation });
      fs.writeFileSync(file, JSON.stringify(slice, null, 1) + '\n');
      console.error(`cut-model: wrote ${path.relative(root, file)} (${Object.keys(slice.shapes).length} shapes)`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
