// The association-family rows of scripts/bench.mjs: `list-associations` over a seeded endpoint
// holding LIST_COUNT associations, fetched in pages of LIST_PAGE_SIZE (so LIST_COUNT /
// LIST_PAGE_SIZE requests, every page merged into one output), and one `create-association` per
// run. Pure helpers (the seed, the arguments, the checks), so test/bench.test.ts can check them
// without timing anything.

export const LIST_COUNT = 500;
export const LIST_PAGE_SIZE = 50;
export const DOCUMENT = 'AWS-UpdateSSMAgent';
/**
 * The local endpoint refuses a create beyond its 2,000 associations (MAX_ASSOCIATIONS in
 * src/local-endpoint/associations.ts); the bench starts a fresh one before reaching this many.
 */
export const CREATES_PER_ENDPOINT = 1900;

/** A well-formed, distinct managed node id for every n (i-0 followed by 16 hex digits). */
export const instanceId = (n) => `i-0${n.toString(16).padStart(16, '0')}`;

/**
 * The local endpoint's --seed for the list row: `count` legacy associations of DOCUMENT, one per
 * node, with fixed dates and ids (the endpoint derives ids from document and node) so every run
 * lists the same bytes.
 */
export function listSeed(count = LIST_COUNT) {
  return {
    associations: Array.from({ length: count }, (_, i) => ({
      Name: DOCUMENT,
      InstanceId: instanceId(i + 1),
      Date: 1550507529 + i,
      LastExecutionDate: 1550507808 + i,
      Overview: { Status: 'Success', AssociationStatusAggregatedCount: { Success: 1 } },
    })),
  };
}

/** `list-associations` fetching every page, LIST_PAGE_SIZE associations per request. */
export const listArgs = (url) => ['list-associations', '--page-size', String(LIST_PAGE_SIZE), '--endpoint-url', url];

/**
 * One `create-association` with targets the endpoint has not seen: it refuses a second
 * association with the same document and targets (AssociationAlreadyExists), so `n` must differ
 * from run to run.
 */
export const createArgs = (url, n) => ['create-association', '--name', DOCUMENT, '--targets', `Key=InstanceIds,Values=${instanceId(n)}`, '--endpoint-url', url];

/** Whether `stdout` lists all `count` associations (every page fetched and merged). */
export function listedAll(stdout, count = LIST_COUNT) {
  try {
    const associations = JSON.parse(stdout).Associations;
    return Array.isArray(associations) && associations.length === count && new Set(associations.map((a) => a.InstanceId)).size === count;
  } catch {
    return false;
  }
}

/** Whether `stdout` describes a new association. */
export const created = (stdout) => stdout.includes('"AssociationDescription"') && stdout.includes('"Pending"');

/**
 * The sanity check before timing the list row: both CLIs must print the same bytes, or they did
 * not do the same work. Returns undefined when they agree, else what differs.
 */
export function compareOutputs(ours, theirs) {
  if (ours === theirs) return undefined;
  let at = 0;
  while (at < ours.length && ours[at] === theirs[at]) at++;
  const line = ours.slice(0, at).split('\n').length;
  return `outputs differ (${Buffer.byteLength(ours)} vs ${Buffer.byteLength(theirs)} bytes), first at line ${line}: ${JSON.stringify(ours.slice(at, at + 40))} vs ${JSON.stringify(theirs.slice(at, at + 40))}`;
}
