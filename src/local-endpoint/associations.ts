// The local endpoint's data: associations keyed by AssociationId (legacy ones also by document
// name and instance id), each with its version history and executions, plus the documents and
// managed nodes it knows. The whole store can be written out and read back (snapshot/restore)
// for --state. Associations come from a seed file (loadSeed/parseSeed)
// or programmatically; either way each one is checked against the model's AssociationDescription
// shape, its timestamps are turned into epoch seconds (numbers, or ISO 8601 strings in seeds), and
// its members are kept in model order so a response can be written as stored.
import { createHash, randomUUID } from 'node:crypto';
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
  /** Absent on associations created with Targets. */
  InstanceId?: string;
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

/** The members of `record` that `shapeName` has, in model order. */
export function pick(record: Record<string, unknown>, shapeName: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [member] of members(shapeName)) if (record[member] !== undefined) out[member] = record[member];
  return out;
}

const inModelOrder = (record: Record<string, unknown>): Association => pick(record, DESCRIPTION_SHAPE) as Association;

const copy = <T>(value: T): T => structuredClone(value);

/** One target of an execution, an AssociationExecutionTarget as stored (epoch seconds). */
export interface ExecutionTarget {
  AssociationId: string;
  AssociationVersion: string;
  ExecutionId: string;
  ResourceId: string;
  ResourceType: string;
  Status: string;
  DetailedStatus: string;
  LastExecutionDate: number;
}

/** An AssociationExecution as stored, with its targets. */
export interface Execution {
  AssociationId: string;
  AssociationVersion: string;
  ExecutionId: string;
  Status: string;
  DetailedStatus: string;
  CreatedTime: number;
  LastExecutionDate: number;
  ResourceCountByStatus: string;
  targets: ExecutionTarget[];
}

interface Entry {
  association: Association;
  /** The seed gave LastUpdateAssociationDate: updates keep it. */
  pinned: boolean;
  /** Creation order, which listings follow (and page tokens point into). */
  seq: number;
  /** The association as it was at each version, oldest first. */
  versions: Association[];
  /** Newest last; only the latest MAX_EXECUTIONS are kept. */
  executions: Execution[];
  /** The JSON size of its versions and executions, counted against the store's maxBytes. */
  bytes: number;
}

/** Bounds that keep the store's memory finite (the service's own limits where it has them). */
export const MAX_ASSOCIATIONS = 2000;
export const MAX_VERSIONS = 1000;
export const MAX_EXECUTIONS = 100;
/** What versions and executions may take in all (JSON bytes): the budget that keeps memory bounded. */
export const DEFAULT_MAX_STATE_BYTES = 64 * 1024 * 1024;

/** The JSON size of a value, the unit of the store's budget. */
export const jsonSize = (value: unknown): number => JSON.stringify(value).length;

export class StateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StateError';
  }
}

const STATE_FORMAT = 'ssm-assoc local State Manager 1';

/** Managed nodes an association reaches: its InstanceId, or Targets Key=InstanceIds (`*` = every known node). */
export function targetInstances(association: Association, known: readonly string[]): string[] {
  if (association.InstanceId !== undefined) return [association.InstanceId];
  const out = new Set<string>();
  for (const target of association.Targets ?? []) {
    if (target.Key !== 'InstanceIds') continue;
    for (const value of target.Values ?? []) {
      if (value === '*') for (const id of known) out.add(id);
      else out.add(value);
    }
  }
  return [...out];
}

export class AssociationStore {
  readonly #entries = new Map<string, Entry>();
  /** Name + InstanceId → AssociationId, for the legacy (per-instance) associations. */
  readonly #byKey = new Map<string, string>();
  readonly #documents = new Set<string>();
  readonly #instances = new Set<string>();
  readonly #now: () => number;
  #seq = 0;
  #bytes = 0;
  readonly maxBytes: number;

  constructor(now: () => number = Date.now, maxBytes = DEFAULT_MAX_STATE_BYTES) {
    this.#now = now;
    this.maxBytes = maxBytes;
  }

  /** JSON bytes the versions and executions take now. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Whether `extra` more bytes would pass maxBytes. */
  wouldExceed(extra: number): boolean {
    return this.#bytes + extra > this.maxBytes;
  }

  #count(entry: Entry, delta: number): void {
    entry.bytes += delta;
    this.#bytes += delta;
  }

  #insert(association: Association, pinned: boolean): Entry {
    const id = association.AssociationId as string;
    const entry: Entry = { association, pinned, seq: this.#seq++, versions: [copy(association)], executions: [], bytes: 0 };
    this.#count(entry, jsonSize(association));
    this.#entries.set(id, entry);
    if (association.InstanceId !== undefined) this.#byKey.set(keyOf(association.Name, association.InstanceId), id);
    return entry;
  }

  /** Adds an association (checked like a seed entry); its document and instance become known. */
  add(input: AssociationInput): Association {
    const checked = checkAssociation(input, `association ${String(input?.Name)}:${String(input?.InstanceId)}`);
    const key = keyOf(checked.Name, checked.InstanceId);
    if (this.#byKey.has(key)) {
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
    if (this.#entries.has(association.AssociationId as string)) {
      throw new SeedError(`a second association with id ${String(association.AssociationId)}`);
    }
    this.#insert(association, checked['LastUpdateAssociationDate'] !== undefined);
    this.#documents.add(checked.Name);
    this.#instances.add(checked.InstanceId);
    return copy(association);
  }

  /** Stores a new association (CreateAssociation): fresh id, version 1, Pending. Checks are the caller's. */
  create(fields: Record<string, unknown>): Association {
    const at = this.#now() / 1000;
    const association = inModelOrder({
      ...fields,
      AssociationVersion: '1',
      Date: at,
      LastUpdateAssociationDate: at,
      Overview: { Status: 'Pending', DetailedStatus: 'Creating' },
      DocumentVersion: fields['DocumentVersion'] ?? '$DEFAULT',
      AssociationId: randomUUID(),
    });
    this.#insert(association, false);
    return copy(association);
  }

  addDocument(name: string): void {
    this.#documents.add(name);
  }

  addInstance(instanceId: string): void {
    this.#instances.add(instanceId);
  }

  /** Adds everything a seed holds; with skipExisting, associations already stored (from --state) are left alone. */
  addSeed(seed: Seed, skipExisting = false): void {
    for (const association of seed.associations) {
      if (skipExisting && this.#byKey.has(keyOf(association.Name, association.InstanceId))) continue;
      this.add(association);
    }
    for (const name of seed.documents) this.addDocument(name);
    for (const id of seed.instances) this.addInstance(id);
  }

  hasDocument(name: string): boolean {
    return this.#documents.has(name);
  }

  hasInstance(instanceId: string): boolean {
    return this.#instances.has(instanceId);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** A copy of the association as stored, or undefined. */
  get(name: string, instanceId: string): Association | undefined {
    const id = this.#byKey.get(keyOf(name, instanceId));
    return id === undefined ? undefined : this.byId(id);
  }

  byId(id: string): Association | undefined {
    const entry = this.#entries.get(id);
    return entry === undefined ? undefined : copy(entry.association);
  }

  /** Every association, in creation order. */
  list(): Association[] {
    return [...this.#entries.values()].map((entry) => copy(entry.association));
  }

  /**
   * The associations themselves, not copies, for a handler that only reads them and copies
   * what it answers with: copying all of them for every page of ListAssociations cost 2.4 ms a
   * request at 500 associations.
   */
  view(): ReadonlyArray<Readonly<Association>> {
    return [...this.#entries.values()].map((entry) => entry.association);
  }

  /** The association at each version, oldest first (undefined for an unknown id). */
  versions(id: string): Association[] | undefined {
    const entry = this.#entries.get(id);
    return entry === undefined ? undefined : copy(entry.versions);
  }

  /** Executions, newest first (undefined for an unknown id). */
  executions(id: string): Execution[] | undefined {
    const entry = this.#entries.get(id);
    return entry === undefined ? undefined : copy(entry.executions).reverse();
  }

  get documents(): string[] {
    return [...this.#documents];
  }

  get instances(): string[] {
    return [...this.#instances];
  }

  /**
   * A new version (UpdateAssociation): `changes` replace members, AssociationVersion goes up by
   * one and LastUpdateAssociationDate becomes now. Throws for an unknown id.
   */
  update(id: string, changes: Record<string, unknown>): Association {
    const entry = this.#entries.get(id);
    if (entry === undefined) throw new Error(`no association ${id}`);
    const before = entry.association;
    const version = String(Number(before.AssociationVersion ?? '1') + 1);
    entry.association = inModelOrder({ ...before, ...changes, AssociationVersion: version, LastUpdateAssociationDate: this.#now() / 1000 });
    if (before.InstanceId !== undefined && changes['Name'] !== undefined) {
      this.#byKey.delete(keyOf(before.Name, before.InstanceId));
      this.#byKey.set(keyOf(entry.association.Name, before.InstanceId), id);
    }
    entry.versions.push(copy(entry.association));
    this.#count(entry, jsonSize(entry.association));
    return copy(entry.association);
  }

  delete(id: string): boolean {
    const entry = this.#entries.get(id);
    if (entry === undefined) return false;
    this.#entries.delete(id);
    this.#bytes -= entry.bytes;
    if (entry.association.InstanceId !== undefined) this.#byKey.delete(keyOf(entry.association.Name, entry.association.InstanceId));
    return true;
  }

  /**
   * Records an execution of the association over `results` (instance → status) and sets its
   * Overview and execution dates unless `quiet` (a status report leaves the description as is).
   */
  recordExecution(id: string, results: ReadonlyArray<[instanceId: string, status: string]>, quiet = false): Execution {
    const entry = this.#entries.get(id);
    if (entry === undefined) throw new Error(`no association ${id}`);
    const at = this.#now() / 1000;
    const executionId = randomUUID();
    const version = entry.association.AssociationVersion ?? '1';
    const counts: Record<string, number> = {};
    for (const [, status] of results) counts[status] = (counts[status] ?? 0) + 1;
    const overall = results.length === 0 ? 'Success' : counts['Failed'] ? 'Failed' : counts['Pending'] ? 'Pending' : 'Success';
    const execution: Execution = {
      AssociationId: id,
      AssociationVersion: version,
      ExecutionId: executionId,
      Status: overall,
      DetailedStatus: overall,
      CreatedTime: at,
      LastExecutionDate: at,
      ResourceCountByStatus: `{${Object.entries(counts).map(([k, v]) => `${k}=${v}`).join(', ')}}`,
      targets: results.map(([instanceId, status]) => ({
        AssociationId: id,
        AssociationVersion: version,
        ExecutionId: executionId,
        ResourceId: instanceId,
        ResourceType: 'ManagedInstance',
        Status: status,
        DetailedStatus: status,
        LastExecutionDate: at,
      })),
    };
    entry.executions.push(execution);
    this.#count(entry, jsonSize(execution));
    if (entry.executions.length > MAX_EXECUTIONS) {
      for (const dropped of entry.executions.splice(0, entry.executions.length - MAX_EXECUTIONS)) this.#count(entry, -jsonSize(dropped));
    }
    if (!quiet) {
      const next: Record<string, unknown> = {
        ...entry.association,
        Overview: { Status: overall, DetailedStatus: overall, AssociationStatusAggregatedCount: counts },
        LastExecutionDate: at,
      };
      if (overall === 'Success') next['LastSuccessfulExecutionDate'] = at;
      entry.association = inModelOrder(next);
    }
    return copy(execution);
  }

  /**
   * Stores a new status (Date as sent, members in model order) and, unless pinned, sets
   * LastUpdateAssociationDate to now; the report is kept as an execution on that instance.
   * Returns a copy of the updated association.
   */
  setStatus(name: string, instanceId: string, status: AssociationStatusRecord): Association {
    const id = this.#byKey.get(keyOf(name, instanceId));
    const entry = id === undefined ? undefined : this.#entries.get(id);
    if (entry === undefined || id === undefined) throw new Error(`no association for ${name} and ${instanceId}`);
    const record: AssociationStatusRecord = { Date: status.Date, Name: status.Name, Message: status.Message };
    if (status.AdditionalInfo !== undefined) record.AdditionalInfo = status.AdditionalInfo;
    const next: Record<string, unknown> = { ...entry.association, Status: record };
    if (!entry.pinned) next['LastUpdateAssociationDate'] = this.#now() / 1000;
    entry.association = inModelOrder(next);
    this.recordExecution(id, [[instanceId, status.Name]], true);
    return copy(entry.association);
  }

  /** Everything, as plain JSON (for --state). */
  snapshot(): unknown {
    return {
      format: STATE_FORMAT,
      documents: this.documents,
      instances: this.instances,
      associations: [...this.#entries.values()].map(({ association, pinned, versions, executions }) => ({
        association,
        pinned,
        versions,
        executions,
      })),
    };
  }

  /** Replaces the contents with a snapshot; a StateError (naming `source`) when it is not one. */
  restore(json: unknown, source: string): void {
    const fail = (what: string): never => {
      throw new StateError(`${source}: not a local State Manager state file (${what})`);
    };
    if (!isRecord(json) || json['format'] !== STATE_FORMAT) fail('no "format" line');
    const state = json as Record<string, unknown>;
    const strings = (key: string): string[] => {
      const value = state[key];
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return fail(`${key} is not a list of strings`);
      return value as string[];
    };
    const documents = strings('documents');
    const instances = strings('instances');
    const associations = state['associations'];
    if (!Array.isArray(associations)) fail('associations is not a list');
    this.#entries.clear();
    this.#byKey.clear();
    this.#seq = 0;
    this.#bytes = 0;
    (associations as unknown[]).forEach((raw, i) => {
      const where = `associations[${i}]`;
      if (!isRecord(raw) || !isRecord(raw['association']) || !Array.isArray(raw['versions']) || !Array.isArray(raw['executions'])) {
        return fail(`${where} is not an association entry`);
      }
      const described = (value: unknown, at: string): Association => {
        try {
          return normalize(value, DESCRIPTION_SHAPE, at) as Association;
        } catch (error) {
          return fail((error as Error).message);
        }
      };
      const association = described(raw['association'], `${where}.association`);
      if (typeof association.Name !== 'string' || typeof association.AssociationId !== 'string') {
        return fail(`${where} has no Name or AssociationId`);
      }
      if (this.#entries.has(association.AssociationId)) fail(`${where} repeats id ${association.AssociationId}`);
      const versions = (raw['versions'] as unknown[]).map((v, n) => described(v, `${where}.versions[${n}]`));
      const executions = raw['executions'] as unknown[];
      if (!executions.every((e) => isRecord(e) && typeof e['ExecutionId'] === 'string' && Array.isArray(e['targets']))) {
        fail(`${where}.executions holds something that is not an execution`);
      }
      const entry = this.#insert(association, raw['pinned'] === true);
      entry.versions = versions;
      entry.executions = executions as Execution[];
      this.#count(entry, jsonSize(versions) + jsonSize(executions) - entry.bytes);
      return undefined;
    });
    this.#documents.clear();
    this.#instances.clear();
    for (const d of documents) this.#documents.add(d);
    for (const i of instances) this.#instances.add(i);
  }
}
