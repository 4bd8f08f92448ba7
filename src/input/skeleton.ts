// --generate-cli-skeleton: sample documents generated from the model, as botocore's
// ArgumentGenerator builds them. `input` is the JSON for --cli-input-json, `yaml-input` the
// commented YAML for --cli-input-yaml, and `output` a sample response: the reference stubs the
// call with ArgumentGenerator(use_member_names=True)'s sample and prints it through the
// formatter unparsed, so every string (enums too) is its member's name, timestamps stay naive
// datetimes and ints 0. Unlike the reference, whose stub rejects a sample that breaks the
// model's own minimums (ScheduleOffset and Duration 0, an OutputSourceId shorter than 36), ints
// and strings of ours are raised to their minimums, so the sample always validates; a sample
// the reference accepts is unchanged.
import type { ShapeSet, Shape, StructureShape } from '../model/shapes.js';
import type { Operation } from '../model/operations.js';
import { dumpJson } from '../python/json-dump.js';
import { PyDatetime, PyFloat, pyStr } from '../python/values.js';

interface GeneratorOptions {
  shapes: ShapeSet;
  /**
   * `request`: an input sample (empty strings, an enum's first value, ints 0). `response`: an
   * output sample, strings carrying their member's name, ints and string lengths at or above the
   * model's minimums, timestamps naive datetimes.
   */
  sample: 'request' | 'response';
  timestamp: unknown;
}

function generate(shape: Shape, name: string, stack: string[], shapeName: string, options: GeneratorOptions): unknown {
  // A recursive structure is cut at its second appearance, as botocore does.
  if (stack.filter((s) => s === shapeName).length > 1) return shape.type === 'structure' ? {} : undefined;
  const inner = [...stack, shapeName];
  switch (shape.type) {
    case 'structure': {
      const out: Record<string, unknown> = {};
      for (const [member, memberShape, ref] of options.shapes.members(shape)) {
        out[member] = generate(memberShape, member, inner, ref.shape, options);
      }
      return out;
    }
    case 'list':
      return [generate(options.shapes.named(shape.member.shape), shape.member.shape, inner, shape.member.shape, options)];
    case 'map':
      return { KeyName: generate(options.shapes.named(shape.value.shape), '', inner, shape.value.shape, options) };
    case 'string': {
      if (options.sample === 'request') return shape.enum && shape.enum.length > 0 ? shape.enum[0] : '';
      // botocore checks minimums only; a member name longer than the model's max is still valid.
      return shape.min !== undefined && name.length < shape.min ? name.padEnd(shape.min, 'x') : name;
    }
    // Values in the model of python/values.ts: the int 0, the float 0.0 (a PyFloat, as it prints so).
    case 'integer':
    case 'long':
      if (options.sample === 'request') return 0;
      return shape.min !== undefined ? Math.max(0, shape.min) : 0;
    case 'double':
    case 'float':
      return new PyFloat(0);
    case 'boolean':
      return true;
    case 'timestamp':
      // A fresh datetime each time: ruamel never aliases a scalar, and neither must the YAML output.
      return options.sample === 'request' ? options.timestamp : new PyDatetime(1970, 1, 1);
    case 'blob':
      return '';
    default:
      return '';
  }
}

function skeletonOf(shape: StructureShape, shapeName: string, options: GeneratorOptions): Record<string, unknown> {
  return generate(shape, '', [], shapeName, options) as Record<string, unknown>;
}

/** `--generate-cli-skeleton input`: the JSON the reference prints, naive epoch-zero dates. */
export function inputSkeletonJson(op: Operation): string {
  return dumpJson(skeletonOf(op.input, op.inputShapeName, { shapes: op.shapes, sample: 'request', timestamp: '1970-01-01T00:00:00' }));
}

/**
 * `--generate-cli-skeleton output`'s sample response, ready for the formatter as the reference
 * hands its stubbed response over: members in model order, naive datetimes (PyDatetime) that
 * print the same in every time zone and with every cli_timestamp_format.
 */
export function sampleResponse(op: Operation): Record<string, unknown> {
  return skeletonOf(op.output, op.outputShapeName, { shapes: op.shapes, sample: 'response', timestamp: undefined });
}

/** The first sentence of a member's documentation, tags removed (awscli's get_shape_doc_overview). */
function docOverview(documentation: string | undefined): string {
  if (!documentation) return '';
  const text = documentation.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  const end = text.search(/\.(\s|$)/);
  return end >= 0 ? text.slice(0, end + 1) : text;
}

function yamlScalar(value: unknown): string {
  if (value === '') return "''";
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return pyStr(value);
}

/** A scalar's sample value in the YAML skeleton. */
function yamlSample(shapes: ShapeSet, shape: Shape, name: string, stack: string[], shapeName: string): string {
  if (shape.type === 'timestamp') return '1970-01-01 00:00:00';
  return yamlScalar(generate(shape, name, stack, shapeName, { shapes, sample: 'request', timestamp: '' }));
}

/**
 * A collection's lines below its key: a structure's members, a list's one `- ` item, a map's
 * one `KeyName` entry. ruamel puts a list's items at its key's indent.
 */
function collectionLines(shapes: ShapeSet, shape: Shape, indent: string, stack: string[], shapeName: string): string[] {
  if (shape.type === 'structure') return yamlLines(shapes, shape, indent + '  ', [...stack, shapeName]);
  if (shape.type === 'list') {
    const element = shapes.named(shape.member.shape);
    if (element.type === 'structure') return yamlLines(shapes, element, indent + '  ', [...stack, shape.member.shape], indent + '- ');
    if (element.type === 'map') {
      // A map item: its KeyName after the `- `, what it holds below as a map's own entry would be.
      const [first, ...rest] = collectionLines(shapes, element, indent, stack, shape.member.shape);
      return [`${indent}- ${first!.trimStart()}`, ...rest];
    }
    return [`${indent}- ${yamlSample(shapes, element, 'member', stack, shape.member.shape)}`];
  }
  if (shape.type === 'map') {
    const value = shapes.named(shape.value.shape);
    if (value.type === 'structure' || value.type === 'list' || value.type === 'map') {
      return [`${indent}  KeyName:`, ...collectionLines(shapes, value, indent + '  ', stack, shape.value.shape)];
    }
    return [`${indent}  KeyName: ${yamlSample(shapes, value, 'KeyName', stack, shape.value.shape)}`];
  }
  return [];
}

/** A structure's members, each with its comment; `firstIndent` starts the first line (a list item's `- `). */
function yamlLines(shapes: ShapeSet, shape: StructureShape, indent: string, stack: string[], firstIndent = indent): string[] {
  const lines: string[] = [];
  shapes.members(shape).forEach(([member, memberShape, ref], index) => {
    const parts: string[] = [];
    if (shape.required?.includes(member)) parts.push('[REQUIRED]');
    const overview = docOverview(ref.documentation ?? memberShape.documentation);
    if (overview) parts.push(overview);
    if (memberShape.type === 'string' && memberShape.enum) parts.push(`Valid values are: ${memberShape.enum.join(', ')}.`);
    const comment = parts.join(' ').trim() === '' ? '' : `# ${parts.join(' ')}`;
    // ruamel aligns the first comment of a mapping two spaces after its key or value, the rest one.
    const gap = index === 0 ? '  ' : ' ';
    const lead = index === 0 ? firstIndent : indent;
    const collection = memberShape.type === 'structure' || memberShape.type === 'list' || memberShape.type === 'map';
    const value = collection ? '' : ` ${yamlSample(shapes, memberShape, member, stack, ref.shape)}`;
    lines.push(`${lead}${member}:${value}${comment ? `${gap}${comment}` : ''}`);
    if (collection) lines.push(...collectionLines(shapes, memberShape, indent, stack, ref.shape));
  });
  return lines;
}

/** `--generate-cli-skeleton yaml-input`, with the reference's comments. */
export function inputSkeletonYaml(op: Operation): string {
  return yamlLines(op.shapes, op.input, '', [op.inputShapeName]).join('\n') + '\n';
}
