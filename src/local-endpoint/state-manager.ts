// The association operations other than UpdateAssociationStatus (which server.ts keeps as it
// was): each handler takes a request body already checked against the model (request-body.ts)
// and answers its result as the service does, or throws the operation's modeled error. Lists
// page with MaxResults and an opaque NextToken (base64url JSON of the operation, the offset and
// a digest of the request's other members, so a token replayed with other filters is refused).
import { createHash } from 'node:crypto';
import { jsonSize, pick, targetInstances, MAX_ASSOCIATIONS, MAX_VERSIONS, type Association, type AssociationStore } from './associations.js';
import {
  EndpointError,
  associationAlreadyExists,
  associationDoesNotExist,
  associationExecutionDoesNotExist,
  associationIdDoesNotExist,
  associationLimitExceeded,
  associationVersionLimitExceeded,
  invalidAssociationVersion,
  invalidDocument,
  invalidFilterValidation,
  invalidInstanceId,
  invalidNextToken,
  invalidTarget,
} from './wire-errors.js';

type Body = Record<string, unknown>;
/** A handler answers the result object; `changed` says whether the state must be saved. */
export interface Outcome {
  result: Record<string, unknown>;
  changed: boolean;
}

const DEFAULT_PAGE = 50;

function page<T>(operation: string, body: Body, items: readonly T[], pageSize = DEFAULT_PAGE): { items: T[]; NextToken?: string } {
  const { NextToken: token, MaxResults: max, ...rest } = body;
  const digest = createHash('sha256').update(JSON.stringify(rest)).digest('base64url').slice(0, 16);
  let offset = 0;
  if (typeof token === 'string') {
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    } catch {
      throw invalidNextToken();
    }
    const t = decoded as { o?: unknown; n?: unknown; d?: unknown } | null;
    if (t === null || typeof t !== 'object' || t.o !== operation || t.d !== digest || !Number.isInteger(t.n) || (t.n as number) < 0) {
      throw invalidNextToken();
    }
    offset = t.n as number;
  }
  const size = typeof max === 'number' ? max : pageSize;
  const slice = items.slice(offset, offset + size);
  const next = offset + size;
  return next < items.length
    ? { items: slice, NextToken: Buffer.from(JSON.stringify({ o: operation, n: next, d: digest })).toString('base64url') }
    : { items: slice };
}

const withToken = (result: Record<string, unknown>, token: string | undefined) =>
  token === undefined ? result : { ...result, NextToken: token };

/** The association a request names by AssociationId, or by Name and InstanceId (checked in the service's order). */
function find(store: AssociationStore, body: Body): Association {
  const id = body['AssociationId'];
  if (typeof id === 'string') {
    const found = store.byId(id);
    if (found === undefined) throw associationIdDoesNotExist(id);
    return found;
  }
  const name = body['Name'];
  const instanceId = body['InstanceId'];
  if (typeof name !== 'string' || typeof instanceId !== 'string') {
    throw invalidFilterValidation('Either AssociationId, or Name and InstanceId, must be given.');
  }
  if (!store.hasDocument(name)) throw invalidDocument(name);
  if (!store.hasInstance(instanceId)) throw invalidInstanceId(instanceId);
  const found = store.get(name, instanceId);
  if (found === undefined) throw associationDoesNotExist(name, instanceId);
  return found;
}

const sameTargets = (a: Association, b: Body) => JSON.stringify(a.Targets ?? null) === JSON.stringify(b['Targets'] ?? null);

/** The checks of CreateAssociation and of each CreateAssociationBatch entry; returns the new association. */
function create(store: AssociationStore, entry: Body): Association {
  const name = entry['Name'] as string;
  const instanceId = entry['InstanceId'] as string | undefined;
  if (!store.hasDocument(name)) throw invalidDocument(name);
  if (instanceId !== undefined && entry['Targets'] !== undefined) {
    throw invalidTarget('InstanceId and Targets cannot both be given.');
  }
  if (instanceId === undefined && entry['Targets'] === undefined) throw invalidTarget('Either InstanceId or Targets must be given.');
  if (instanceId !== undefined) {
    if (!store.hasInstance(instanceId)) throw invalidInstanceId(instanceId);
    if (store.get(name, instanceId) !== undefined) throw associationAlreadyExists();
  } else if (store.view().some((a) => a.Name === name && a.InstanceId === undefined && sameTargets(a, entry))) {
    throw associationAlreadyExists();
  }
  if (store.size >= MAX_ASSOCIATIONS || store.wouldExceed(jsonSize(entry))) throw associationLimitExceeded();
  return store.create(entry);
}

const epoch = (text: string, key: string): number => {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw invalidFilterValidation(`Filter ${key} needs a date-time, got '${text}'.`);
  return ms / 1000;
};

/** ListAssociations' AssociationFilterList: every filter must hold. */
function associationMatches(filters: ReadonlyArray<{ key: string; value: string }>, association: Association): boolean {
  return filters.every(({ key, value }) => {
    switch (key) {
      case 'InstanceId':
        return association.InstanceId === value || (association.Targets ?? []).some((t) => t.Key === 'InstanceIds' && t.Values?.includes(value));
      case 'Name':
        return association.Name === value;
      case 'AssociationId':
        return association.AssociationId === value;
      case 'AssociationStatusName':
        return association.Overview?.Status === value;
      case 'LastExecutedBefore':
        return association.LastExecutionDate !== undefined && association.LastExecutionDate < epoch(value, key);
      case 'LastExecutedAfter':
        return association.LastExecutionDate !== undefined && association.LastExecutionDate > epoch(value, key);
      case 'AssociationName':
        return association['AssociationName'] === value;
      case 'ResourceGroupName':
        return (association.Targets ?? []).some((t) => t.Key === 'resource-groups:Name' && t.Values?.includes(value));
      default:
        return false;
    }
  });
}

function compare(actual: number, wanted: number, type: string): boolean {
  if (type === 'LESS_THAN') return actual < wanted;
  if (type === 'GREATER_THAN') return actual > wanted;
  return actual === wanted;
}

type Handler = (store: AssociationStore, body: Body) => Outcome;

const read = (result: Record<string, unknown>): Outcome => ({ result, changed: false });

export const HANDLERS: Readonly<Record<string, Handler>> = {
  CreateAssociation(store, body) {
    const created = create(store, pick(body, 'CreateAssociationRequest'));
    return { result: { AssociationDescription: created }, changed: true };
  },

  CreateAssociationBatch(store, body) {
    const successful: Association[] = [];
    const failed: Body[] = [];
    for (const entry of body['Entries'] as Body[]) {
      try {
        successful.push(create(store, entry));
      } catch (error) {
        if (!(error instanceof EndpointError)) throw error;
        failed.push({ Entry: entry, Message: error.wireMessage ?? error.code, Fault: 'Client' });
      }
    }
    return { result: { Successful: successful, Failed: failed }, changed: successful.length > 0 };
  },

  DescribeAssociation(store, body) {
    const association = find(store, body);
    const wanted = body['AssociationVersion'];
    if (typeof wanted !== 'string' || wanted === '$LATEST' || wanted === association.AssociationVersion) {
      return read({ AssociationDescription: association });
    }
    const version = store.versions(association.AssociationId as string)?.find((v) => v.AssociationVersion === wanted);
    if (version === undefined) throw invalidAssociationVersion(wanted, association.AssociationVersion ?? '1');
    return read({ AssociationDescription: version });
  },

  UpdateAssociation(store, body) {
    const current = find(store, { AssociationId: body['AssociationId'] });
    const id = current.AssociationId as string;
    const wanted = body['AssociationVersion'];
    if (typeof wanted === 'string' && wanted !== '$LATEST' && wanted !== current.AssociationVersion) {
      throw invalidAssociationVersion(wanted, current.AssociationVersion ?? '1');
    }
    const name = body['Name'];
    if (typeof name === 'string' && !store.hasDocument(name)) throw invalidDocument(name);
    const { AssociationId: _id, AssociationVersion: _version, ...changes } = pick(body, 'UpdateAssociationRequest');
    if ((store.versions(id)?.length ?? 0) >= MAX_VERSIONS) {
      throw associationVersionLimitExceeded(`Association has reached the limit of ${MAX_VERSIONS} versions.`);
    }
    // The new version's size, near enough: what it keeps and what it changes.
    if (store.wouldExceed(jsonSize({ ...current, ...changes }))) {
      throw associationVersionLimitExceeded(`The local endpoint's state is full (${store.maxBytes} bytes of versions and executions).`);
    }
    return { result: { AssociationDescription: store.update(id, changes) }, changed: true };
  },

  DeleteAssociation(store, body) {
    const association = find(store, body);
    store.delete(association.AssociationId as string);
    return { result: {}, changed: true };
  },

  ListAssociations(store, body) {
    const filters = (body['AssociationFilterList'] ?? []) as Array<{ key: string; value: string }>;
    const all = store.view();
    const matching = filters.length === 0 ? all : all.filter((a) => associationMatches(filters, a));
    const { items, NextToken } = page('ListAssociations', body, matching);
    // No copy: the server serializes the result before it reads or changes the store again
    // (a structured clone of every association cost 0.2 ms of each page's answer).
    return read(withToken({ Associations: items.map((a) => pick(a, 'Association')) }, NextToken));
  },

  ListAssociationVersions(store, body) {
    const id = body['AssociationId'] as string;
    const versions = store.versions(id);
    if (versions === undefined) throw associationIdDoesNotExist(id);
    const { items, NextToken } = page('ListAssociationVersions', body, versions);
    return read(
      withToken(
        { AssociationVersions: items.map((v) => pick({ ...v, CreatedDate: v.LastUpdateAssociationDate ?? v.Date }, 'AssociationVersionInfo')) },
        NextToken,
      ),
    );
  },

  DescribeAssociationExecutions(store, body) {
    const id = body['AssociationId'] as string;
    const executions = store.executions(id);
    if (executions === undefined) throw associationIdDoesNotExist(id);
    const filters = (body['Filters'] ?? []) as Array<{ Key: string; Value: string; Type: string }>;
    for (const f of filters) {
      if (f.Key !== 'CreatedTime' && f.Type !== 'EQUAL') {
        throw invalidFilterValidation(`Filter ${f.Key} takes only the EQUAL type, got ${f.Type}.`);
      }
    }
    const matching = executions.filter((e) =>
      filters.every((f) =>
        f.Key === 'ExecutionId'
          ? e.ExecutionId === f.Value
          : f.Key === 'Status'
            ? e.Status === f.Value
            : compare(e.CreatedTime, epoch(f.Value, f.Key), f.Type),
      ),
    );
    const { items, NextToken } = page('DescribeAssociationExecutions', body, matching);
    return read(withToken({ AssociationExecutions: items.map((e) => pick({ ...e }, 'AssociationExecution')) }, NextToken));
  },

  DescribeAssociationExecutionTargets(store, body) {
    const id = body['AssociationId'] as string;
    const executionId = body['ExecutionId'] as string;
    const executions = store.executions(id);
    if (executions === undefined) throw associationIdDoesNotExist(id);
    const execution = executions.find((e) => e.ExecutionId === executionId);
    if (execution === undefined) throw associationExecutionDoesNotExist(executionId);
    const filters = (body['Filters'] ?? []) as Array<{ Key: 'Status' | 'ResourceId' | 'ResourceType'; Value: string }>;
    const matching = execution.targets.filter((t) => filters.every((f) => t[f.Key] === f.Value));
    const { items, NextToken } = page('DescribeAssociationExecutionTargets', body, matching);
    return read(withToken({ AssociationExecutionTargets: items.map((t) => pick({ ...t }, 'AssociationExecutionTarget')) }, NextToken));
  },

  DescribeInstanceAssociationsStatus(store, body) {
    const instanceId = body['InstanceId'] as string;
    if (!store.hasInstance(instanceId)) throw invalidInstanceId(instanceId);
    const infos: Record<string, unknown>[] = [];
    for (const association of store.list()) {
      const id = association.AssociationId as string;
      const latest = store
        .executions(id)
        ?.flatMap((e) => e.targets)
        .find((t) => t.ResourceId === instanceId);
      if (latest === undefined) continue;
      infos.push(
        pick(
          {
            AssociationId: id,
            Name: association.Name,
            DocumentVersion: association.DocumentVersion,
            AssociationVersion: latest.AssociationVersion,
            InstanceId: instanceId,
            ExecutionDate: latest.LastExecutionDate,
            Status: latest.Status,
            DetailedStatus: latest.DetailedStatus,
            ExecutionSummary: `1 out of 1 plugin processed, ${latest.Status === 'Success' ? '1 success' : `0 success, 1 ${latest.Status.toLowerCase()}`}`,
            AssociationName: association['AssociationName'],
          },
          'InstanceAssociationStatusInfo',
        ),
      );
    }
    const { items, NextToken } = page('DescribeInstanceAssociationsStatus', body, infos);
    return read(withToken({ InstanceAssociationStatusInfos: items }, NextToken));
  },

  DescribeEffectiveInstanceAssociations(store, body) {
    const instanceId = body['InstanceId'] as string;
    if (!store.hasInstance(instanceId)) throw invalidInstanceId(instanceId);
    const effective = store
      .list()
      .filter((a) => targetInstances(a, store.instances).includes(instanceId))
      .map((a) => ({
        AssociationId: a.AssociationId,
        InstanceId: instanceId,
        // The agent's view: the document to run and its parameters (this endpoint holds no document bodies).
        Content: JSON.stringify({ document: a.Name, documentVersion: a.DocumentVersion, parameters: a['Parameters'] ?? {} }),
        AssociationVersion: a.AssociationVersion,
      }));
    const { items, NextToken } = page('DescribeEffectiveInstanceAssociations', body, effective, 5);
    return read(withToken({ Associations: items }, NextToken));
  },

  StartAssociationsOnce(store, body) {
    const ids = body['AssociationIds'] as string[];
    for (const id of ids) if (store.byId(id) === undefined) throw associationIdDoesNotExist(id);
    for (const id of ids) {
      const association = store.byId(id) as Association;
      const instances = targetInstances(association, store.instances).filter((i) => store.hasInstance(i));
      store.recordExecution(id, instances.map((i) => [i, 'Success']));
    }
    return { result: {}, changed: true };
  },
};
