// The local endpoint's data: legacy associations keyed by (document name, instance id), plus the
// documents and managed nodes it knows. Associations come from a seed file (loadSeed/parseSeed)
// or programmatically; either way each one is checked against the model's AssociationDescription
// shape, its timestamps are turned into epoch seconds (numbers, or ISO 8601 strings in seeds), and
// its members are kept in model order so a response can be written as stored.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { members, shape } from './model.js';

const DESCRIPTION_SHAPE = 'AssociationDescription';

export interface AssociationStatusRecord {
  /** Epoch seconds. */
  Date: number;
  Name: string;
  Message: string;
  AdditionalInfo?: string;
}

/** An AssociationDescription as the endpoint stores it: timestamps are epoch seconds. */
export interface Association {
  Name: string;
  InstanceId: string;
  AssociationVersion?: string;
  Date?: number;
  LastUpdateAssociationDate?: number;
  Status?: AssociationStatusRecord;
  Overview?: { Status?: string; DetailedStatus?: string; AssociationStatusAggregatedCount?: Record<string, number> };
  DocumentVersion?: string;
  AssociationId?: string;
  Targets?: Array<{ Key?: string; Values?: string[] }>;
  LastExecutionDate?: number;
  LastSuccessfulExecutionDate?: number;
  /** Any other AssociationDescription member of the model. */
  [member: string]: unknown;
}

/**
 * An association to add: Name and InstanceId are required; timestamps may be epoch seconds or
 * ISO 8601 strings. A LastUpdateAssociationDate given here is pinned (updates leave it alone);
 * without one, each successful update sets it to the time of the update. Missing
 * AssociationVersion, Date, DocumentVersion, AssociationId and Targets get defaults.
 */
export interface AssociationInput {
  Name: string;
  InstanceId: string;
  [member: string]: unknown;
}

export interface Seed {
  associations: AssociationInput[];
  /** Documents that exist without an association (UpdateAssociationStatus then says AssociationDoesNotExist). */
  documents: string[];
  /** Managed nodes that exist without an association. */
  instances: string[];
}

export class SeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedError';
  }
}

const SEED_KEYS = ['associations', 'documents', 'instances'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Timestamps: epoch seconds, or an ISO 8601 date-time string (seeds are written by people). */
function toEpochSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T|$)/.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms / 1000;
  }
  return undefined;
}

/**
 * Checks a value against a model shape and returns it normalized: structures rebuilt in model
 * order with only model members, timestamps as epoch seconds. `where` names the value in errors.
 */
function normalize(value: unknown, shapeName: string, where: string): unknown {
  const s = shape(shapeName);
  const fail = (expected: string): never => {
    throw new SeedError(`${where}: expected ${expected}, got ${describeJson(value)}`);
  };
  switch (s.type) {
    case 'structure': {
      if (!isRecord(value)) return fail('an object');
      const known = new Set(members(shapeName).map(([name]) => name));
      for (const key of Object.keys(value)) {
        if (!known.has(key)) throw new SeedError(`${where}: unknown member ${key} (not in the model's ${shapeName})`);
      }
      for (const required of s.required ?? []) {
        if (value[required] === undefined) throw new SeedError(`${where}: missing required member ${required}`);
      }
      const out: Record<string, unknown> = {};
      for (const [member, memberShapeName] of members(shapeName)) {
        if (value[member] !== undefined) out[member] = normalize(value[member], memberShapeName, `${where}.${member}`);
      }
      return out;
    }
    case 'list':
      if (!Array.isArray(value)) return fail('an array');
      return value.map((item, i) => normalize(item, s.member?.shape ?? '', `${where}[${i}]`));
    case 'map': {
      if (!isRecord(value)) return fail('an object');
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = normalize(item, s.value?.shape ?? '', `${where}.${key}`);
      return out;
    }
    case 'string':
      return typeof value === 'string' ? value : fail('a string');
    case 'timestamp': {
      const seconds = toEpochSeconds(value);
      return seconds === undefined ? fail('epoch seconds or an ISO 8601 date-time') : seconds;
    }
    case 'integer':
    case 'long':
      return typeof value === 'number' && Number.isInteger(value) ? value : fail('an integer');
    case 'boolean':
      return typeof value === 'boolean' ? value : fail('a boolean');
    default:
      return typeof value === 'number' ? value : fail('a number');
  }
}

function checkAssociation(value: unknown, where: string): AssociationInput {
  if (!isRecord(value)) throw new SeedError(`${where}: expected an object, got ${describeJson(value)}`);
  for (const key of ['Name', 'InstanceId']) {
    if (typeof value[key] !== 'string' || value[key] === '') {
      throw new SeedError(`${where}: ${key} is required and must be a non-empty string`);
    }
  }
  return normalize(value, DESCRIPTION_SHAPE, where) as AssociationInput;
}

function checkNames(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new SeedError(`${where}: expected an array of strings, got ${describeJson(value)}`);
  return value.map((item, i) => {
    if (typeof item !== 'string' || item === '') throw new SeedError(`${where}[${i}]: expected a non-empty string`);
    return item;
  });
}

const keyOf = (name: string, instanceId: string) => `${name}\u0000${instanceId}`;

/** Checks parsed seed JSON; `source` (a file name) prefixes every error message. */
export function parseSeed(json: unknown, source = 'seed'): Seed {
  if (!isRecord(json)) throw new SeedError(`${source}: expected an object with "associations", got ${describeJson(json)}`);
  for (const key of Object.keys(json)) {
    if (!SEED_KEYS.includes(key)) {
      throw new SeedError(`${source}: unknown key "${key}" (expected ${SEED_KEYS.map((k) => `"${k}"`).join(', ')})`);
    }
  }
  const rawAssociations = json['associations'] ?? [];
  if (!Array.isArray(rawAssociations)) {
    throw new SeedError(`${source}: associations: expected an array, got ${describeJson(rawAssociations)}`);
  }
  const seen = new Set<string>();
  const associations = rawAssociations.map((raw, i) => {
    const association = checkAssociation(raw, `${source}: associations[${i}]`);
    const key = keyOf(association.Name, association.InstanceId);
    if (seen.has(key)) {
      throw new SeedError(
        `${source}: associations[${i}]: a second association for document ${association.Name} and instance ${association.InstanceId}`,
      );
    }
    seen.add(key);
    return association;
  });
  return {
    associations,
    documents: checkNames(json['documents'], `${source}: documents`),
    instances: checkNames(json['instances'], `${source}: instances`),
  };
}

/** Reads and checks a seed file. Errors (unreadable, not JSON, wrong shape) are SeedErrors naming the file. */
export async function loadSeed(path: string): Promise<Seed> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SeedError(`${path}: cannot read seed file (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SeedError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return parseSeed(json, path);
}

/** A stable association id in UUID form, derived from the key so runs are reproducible. */
function defaultAssociationId(name: string, instanceId: string): string {
  const hex = createHash('sha256').update(`${name}\n${instanceId}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function inModelOrder(record: Record<string, unknown>): Association {
  const out: Record<string, unknown> = {};
  for (const [member] of members(DESCRIPTION_SHAPE)) if (record[member] !== undefined) out[member] = record[member];
  return out as Association;
}

const copy = <T>(value: T): T => structuredClone(value);

interface Entry {
  association: Association;
  /** The seed gave LastUpdateAssociationDate: updates keep it. */
  pinned: boolean;
}

export class AssociationStore {
  readonly #entries = new Map<string, Entry>();
  readonly #documents = new Set<string>();
  readonly #instances = new Set<string>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Adds an association (checked like a seed entry); its document and instance become known. */
  add(input: AssociationInput): Association {
    const checked = checkAssociation(input, `association ${String(input?.Name)}:${String(input?.InstanceId)}`);
    const key = keyOf(checked.Name, checked.InstanceId);
    if (this.#entries.has(key)) {
      throw new SeedError(`an association for document ${checked.Name} and instance ${checked.InstanceId} already exists`);
    }
    const association = inModelOrder({
      AssociationVersion: '1',
      Date: this.#now() / 1000,
      DocumentVersion: '$DEFAULT',
      AssociationId: defaultAssociationId(checked.Name, checked.InstanceId),
      Targets: [{ Key: 'InstanceIds', Values: [checked.InstanceId] }],
      ...checked,
    });
    this.#entries.set(key, { association, pinned: checked['LastUpdateAssociationDate'] !== undefined });
    this.#documents.add(checked.Name);
    this.#instances.add(checked.InstanceId);
    return copy(association);
  }

  addDocument(name: string): void {
    this.#documents.add(name);
  }

  addInstance(instanceId: string): void {
    this.#instances.add(instanceId);
  }

  /** Adds everything a seed holds. */
  addSeed(seed: Seed): void {
    for (const association of seed.associations) this.add(association);
    for (const name of seed.documents) this.addDocument(name);
    for (const id of seed.instances) this.addInstance(id);
  }

  hasDocument(name: string): boolean {
    return this.#documents.has(name);
  }

  hasInstance(instanceId: string): boolean {
    return this.#instances.has(instanceId);
  }

  /** A copy of the association as stored, or undefined. */
  get(name: string, instanceId: string): Association | undefined {
    const entry = this.#entries.get(keyOf(name, instanceId));
    return entry === undefined ? undefined : copy(entry.association);
  }

  list(): Association[] {
    return [...this.#entries.values()].map((entry) => copy(entry.association));
  }

  get documents(): string[] {
    return [...this.#documents];
  }

  get instances(): string[] {
    return [...this.#instances];
  }

  /**
   * Stores a new status (Date as sent, members in model order) and, unless pinned, sets
   * LastUpdateAssociationDate to now. Returns a copy of the updated association.
   */
  setStatus(name: string, instanceId: string, status: AssociationStatusRecord): Association {
    const entry = this.#entries.get(keyOf(name, instanceId));
    if (entry === undefined) throw new Error(`no association for ${name} and ${instanceId}`);
    const record: AssociationStatusRecord = { Date: status.Date, Name: status.Name, Message: status.Message };
    if (status.AdditionalInfo !== undefined) record.AdditionalInfo = status.AdditionalInfo;
    const next: Record<string, unknown> = { ...entry.association, Status: record };
    if (!entry.pinned) next['LastUpdateAssociationDate'] = this.#now() / 1000;
    entry.association = inModelOrder(next);
    return copy(entry.association);
  }
}
