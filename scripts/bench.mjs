#!/usr/bin/env node
// `npm run bench`: start-up and full-call timing of bin/ssm-assoc against `node -e 0` and AWS CLI
// v2, in one run, on this machine. It starts the embedded local SSM endpoint (one for the
// update calls, one seeded with 500 associations for the list, one for the creates), then
// repeats the commands in alternation (A B C D E A B C D E ...), so drift in the machine's speed
// falls on every command alike:
//   node       `node -e 0`, the floor of any Node CLI
//   full       bin/ssm-assoc update-association-status with the documentation example's
//              arguments against the local endpoint (Message=bench-N changes every call, since
//              the endpoint answers StatusUnchanged to a repeated identical update)
//   version    bin/ssm-assoc --version
//   skeleton   bin/ssm-assoc update-association-status --generate-cli-skeleton
//   floor      scripts/bench/http-floor.cjs: one bare node:http POST to the endpoint, the floor
//              of any Node.js CLI that makes an HTTP call (context for the full-call ratio)
//   list       bin/ssm-assoc list-associations --page-size 50 against the endpoint holding 500
//              associations (scripts/bench/associations.mjs writes its --seed): 10 requests,
//              every page fetched and merged into one output
//   create     bin/ssm-assoc create-association --name AWS-UpdateSSMAgent --targets
//              Key=InstanceIds,Values=i-0... with a new node id every call (the endpoint refuses
//              the same document and targets twice); before its 2,000-association limit, the
//              create endpoint is replaced by a fresh one between runs
//   aws        the same full call with /usr/bin/aws, when it is AWS CLI v2 (with
//              AWS_DATA_PATH=../shared/reference/aws-data, today's SSM model, when it exists)
//   aws-list, aws-create  the list and create calls with /usr/bin/aws likewise
//   installed  the same full call with the copy `npm pack` + `npm i -g --prefix TMP` installs
//              (scripts/pack-install.mjs), to show an install starts as fast as the clone
//   baseline   with --baseline DIR, the same full call with DIR/bin/ssm-assoc (another built
//              checkout), so a change's before and after are timed in the same run
// Before timing, both CLIs list the 500 associations once against a --verbose endpoint with the
// same seed: each must take 10 ListAssociations requests and both must print the same bytes, or
// the bench exits 1 (they did not do the same work, so their times would not compare).
// Wall time is process.hrtime from spawn() to the child's exit; peak RSS comes from separate,
// equally alternated runs under a small wrapper (see scripts/bench/measure.mjs), so the wrapper
// never adds to a timed run. It prints medians against the project's targets and exits 0
// whatever they are: it measures, it does not judge. It exits 1 only when something failed to run
// or the list check above failed.
// Nothing leaves 127.0.0.1: every process gets a throwaway HOME and AWS config files, keys in
// the environment and AWS_EC2_METADATA_DISABLED=true.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { USAGE, fixed, formatTable, judgeTargets, parseArgs, summarize } from './bench/stats.mjs';
import { RSS_METHOD_DESCRIPTION, pickRssMethod, rssRun, timedRun } from './bench/measure.mjs';
import { CREATES_PER_ENDPOINT, LIST_COUNT, LIST_PAGE_SIZE, compareOutputs, createArgs, created, listArgs, listSeed, listedAll } from './bench/associations.mjs';
import { packAndInstall } from './pack-install.mjs';
import { startLocalEndpointProcess } from './local-endpoint-process.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/ssm-assoc');
const AWS = '/usr/bin/aws';
// Today's SSM model for AWS CLI v2 (2.9.19's own is older), as the reference recorder uses it.
const AWS_DATA_PATH = path.resolve(root, '..', 'shared', 'reference', 'aws-data');

/** Stops an endpoint started above and waits until it has gone. */
async function stopEndpoint(endpoint) {
  if (endpoint.child.exitCode !== null || endpoint.child.signalCode !== null) return;
  const gone = new Promise((resolve) => endpoint.child.once('exit', resolve));
  endpoint.child.kill('SIGTERM');
  await gone;
}

function awsCliV2() {
  if (!fs.existsSync(AWS)) return undefined;
  const result = spawnSync(AWS, ['--version'], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', HOME: os.tmpdir(), AWS_EC2_METADATA_DISABLED: 'true' } });
  const line = `${result.stdout}${result.stderr}`.trim();
  return /^aws-cli\/2\./.test(line) ? line : undefined;
}

function cpuModel() {
  return os.cpus()[0]?.model?.trim() ?? 'unknown';
}

function nproc() {
  const result = spawnSync('nproc', { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : String(os.availableParallelism());
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  for (const file of ['dist/launch.cjs', 'dist/ssm-assoc.cjs', 'dist/local-endpoint.mjs']) {
    if (!fs.existsSync(path.join(root, file))) throw new Error(`${file} is missing: run npm run build (npm run bench does)`);
  }
  const rssMethod = pickRssMethod(options.rss);
  const awsVersion = options.aws ? awsCliV2() : undefined;
  const baselineBin = options.baseline === undefined ? undefined : path.resolve(options.baseline, 'bin/ssm-assoc');
  if (baselineBin !== undefined && !fs.existsSync(path.resolve(options.baseline, 'dist/ssm-assoc.cjs'))) {
    throw new Error(`--baseline ${options.baseline}: no built checkout there (dist/ssm-assoc.cjs is missing)`);
  }

  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-bench-'));
  const env = {
    // The node that runs the bench runs bin/ssm-assoc (`#!/usr/bin/env node`) and `node -e 0`.
    PATH: [path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
    HOME: home,
    LANG: 'C.UTF-8',
    AWS_CONFIG_FILE: path.join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_PAGER: '',
  };

  const seedFile = path.join(home, 'list-seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(listSeed()));
  const awsEnv = fs.existsSync(path.join(AWS_DATA_PATH, 'ssm')) ? { ...env, AWS_DATA_PATH } : env;
  const started = [];
  const start = async (options) => {
    const endpoint = await startLocalEndpointProcess(options);
    started.push(endpoint);
    return endpoint;
  };
  try {
    const endpoint = await start();
    // The list row's endpoint never changes; the create row's is replaced before it fills up.
    const listing = await start({ seed: seedFile });
    const creating = { endpoint: await start(), made: 0, next: 0 };
    // Before timing: both CLIs list every association in pages of LIST_PAGE_SIZE and print the same bytes.
    const listCheck = await checkList(env, awsEnv, seedFile, awsVersion !== undefined);
    // What `npm run bench` has just built, packed and installed as a user would.
    const installed = packAndInstall({ root, work: fs.mkdtempSync(path.join(home, 'package-')), ignoreScripts: true });
    let message = 0;
    const call = () => [
      'update-association-status',
      '--name', 'AWS-UpdateSSMAgent',
      '--instance-id', 'i-1234567890abcdef0',
      '--association-status', `Date=1424421071.939,Name=Pending,Message=bench-${++message},AdditionalInfo=Additional-Config-Needed`,
      '--endpoint-url', endpoint.url,
    ];
    const isUpdate = (r) => r.stdout.includes('"AssociationDescription"');
    const list = () => listArgs(listing.url);
    const isList = (r) => listedAll(r.stdout);
    const freshCreateEndpoint = async () => {
      if (creating.made < CREATES_PER_ENDPOINT) return;
      await stopEndpoint(creating.endpoint);
      creating.endpoint = await start();
      creating.made = 0;
    };
    const create = () => {
      creating.made++;
      return createArgs(creating.endpoint.url, ++creating.next);
    };
    const isCreate = (r) => created(r.stdout);
    const listLabel = `list-associations, ${LIST_COUNT} in pages of ${LIST_PAGE_SIZE}`;
    const commands = [
      { key: 'node', label: 'node -e 0', file: process.execPath, args: () => ['-e', '0'], check: () => true },
      { key: 'full', label: 'ssm-assoc full call', file: bin, args: call, check: isUpdate },
      { key: 'installed', label: 'ssm-assoc full call, installed copy', file: installed.bin, args: call, check: isUpdate },
      { key: 'floor', label: 'node:http POST, no SDK (floor)', file: process.execPath, args: () => [path.join(root, 'scripts/bench/http-floor.cjs'), endpoint.url], check: (r) => /^\d{3} /.test(r.stdout) },
      { key: 'version', label: 'ssm-assoc --version', file: bin, args: () => ['--version'], check: (r) => r.stdout.startsWith('ssm-assoc/') },
      { key: 'skeleton', label: 'ssm-assoc --generate-cli-skeleton', file: bin, args: () => ['update-association-status', '--generate-cli-skeleton'], check: (r) => r.stdout.includes('"AssociationStatus"') },
      { key: 'list', label: `ssm-assoc ${listLabel}`, file: bin, args: list, check: isList },
      { key: 'create', label: 'ssm-assoc create-association', file: bin, args: create, check: isCreate, before: freshCreateEndpoint },
      ...(baselineBin ? [{ key: 'baseline', label: `baseline full call (${options.baseline})`, file: baselineBin, args: call, check: isUpdate }] : []),
      ...(awsVersion
        ? [
            { key: 'aws', label: 'aws (CLI v2) full call', file: AWS, args: () => ['ssm', ...call()], check: isUpdate, env: awsEnv },
            { key: 'aws-list', label: `aws (CLI v2) ${listLabel}`, file: AWS, args: () => ['ssm', ...list()], check: isList, env: awsEnv },
            { key: 'aws-create', label: 'aws (CLI v2) create-association', file: AWS, args: () => ['ssm', ...create()], check: isCreate, before: freshCreateEndpoint, env: awsEnv },
          ]
        : []),
    ];

    const samples = Object.fromEntries(commands.map((c) => [c.key, { wallMs: [], rssKiB: [] }]));
    const runOnce = async (command, kind) => {
      await command.before?.();
      const args = command.args();
      const commandEnv = command.env ?? env;
      const result = kind === 'time' ? await timedRun(command.file, args, commandEnv) : await rssRun(rssMethod, command.file, args, commandEnv);
      if (result.code !== 0 || !command.check(result)) {
        throw new Error(
          `${command.label} failed (${kind} run, exit ${result.code ?? result.signal}): ${command.file} ${args.join(' ')}\n` +
            `--- stdout\n${result.stdout}--- stderr\n${result.stderr}`,
        );
      }
      return result;
    };

    const total = options.warmup + options.runs;
    process.stderr.write(`bench: ${commands.length} commands x (${options.warmup} warm-up + ${options.runs} timed + ${rssMethod === 'none' ? 0 : options.runs} memory runs)\n`);
    for (let round = 0; round < total; round++) {
      const counted = round >= options.warmup;
      for (const command of commands) {
        const result = await runOnce(command, 'time');
        if (counted) samples[command.key].wallMs.push(result.ms);
      }
      if (counted && rssMethod !== 'none') {
        for (const command of commands) {
          const result = await runOnce(command, 'rss');
          if (Number.isFinite(result.kib)) samples[command.key].rssKiB.push(result.kib);
        }
      }
      if (process.stderr.isTTY) process.stderr.write(`\rbench: round ${round + 1}/${total}${counted ? '' : ' (warm-up)'}   `);
    }
    if (process.stderr.isTTY) process.stderr.write('\n');

    const summaries = Object.fromEntries(commands.map((c) => [c.key, summarize(samples[c.key].wallMs, samples[c.key].rssKiB)]));
    const targets = judgeTargets(summaries);
    const header = [
      `date:        ${new Date().toISOString()}`,
      `nproc:       ${nproc()}`,
      `cpu:         ${cpuModel()}`,
      `node:        ${process.version}`,
      `kernel:      ${os.type()} ${os.release()} ${os.machine()}`,
      `aws cli:     ${awsVersion ?? (options.aws ? 'not found (no /usr/bin/aws reporting aws-cli/2.)' : 'skipped (--no-aws)')}`,
      ...(awsVersion ? [`aws model:   ${awsEnv.AWS_DATA_PATH ? `AWS_DATA_PATH=${awsEnv.AWS_DATA_PATH}` : "the CLI's own (no shared/reference/aws-data beside the checkout)"}`] : []),
      `runs:        ${options.runs} counted per command after ${options.warmup} warm-up, alternating`,
      `peak RSS:    ${RSS_METHOD_DESCRIPTION[rssMethod]}`,
    ].join('\n');
    const table = formatTable(
      ['command', 'median ms', 'min ms', 'p90 ms', 'peak RSS MiB'],
      commands.map((c) => {
        const s = summaries[c.key];
        return [c.label, fixed(s.medianMs), fixed(s.minMs), fixed(s.p90Ms), fixed(s.medianRssMiB)];
      }),
    );
    const ratios = formatTable(
      ['ratio (medians)', 'value', 'target', 'verdict'],
      targets.map((t) => [t.name, `${fixed(t.value, t.unit === 'x' ? 2 : 1)}${Number.isFinite(t.value) ? t.unit : ''}`, t.target, t.verdict]),
    );
    const floor = summaries.floor.medianMs / summaries.node.medianMs;
    const context = `floor: a bare node:http POST (no SDK, no signing) takes ${fixed(floor, 2)}x node -e 0 here; the full call takes ${fixed(summaries.full.medianMs / summaries.floor.medianMs, 2)}x that.`;
    const versus = summaries.baseline
      ? `\nbaseline: the full call takes ${fixed(summaries.full.medianMs / summaries.baseline.medianMs, 3)}x the baseline's (medians ${fixed(summaries.full.medianMs)} vs ${fixed(summaries.baseline.medianMs)} ms).`
      : '';
    process.stdout.write(`${header}\n\n${table}\n\n${ratios}\n\n${context}${versus}\n${listCheck}\n`);
    const fleet = await fleetFigures(env, home);
    process.stdout.write(`\n${fleet}\n`);
    if (rssMethod !== 'none') process.stdout.write(`\n${await fleetMemoryFigures(env, home, rssMethod, options.fleetRssLines)}\n`);
    if (options.json) {
      fs.writeFileSync(options.json, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpu: cpuModel(), nproc: nproc(), rssMethod, awsVersion, samples, summaries, targets }, null, 2)}\n`);
    }
    return 0;
  } finally {
    await Promise.all(started.map(stopEndpoint));
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/**
 * The list row's sanity check, once before timing, against its own endpoint (same seed, --verbose
 * so that requests can be counted): each CLI must exit 0, list every association, in
 * LIST_COUNT / LIST_PAGE_SIZE requests, and the two must print the same bytes. Throws otherwise,
 * so the bench exits 1. Returns the line the bench prints about it.
 */
async function checkList(env, awsEnv, seedFile, withAws) {
  const requests = [];
  const endpoint = await startLocalEndpointProcess({ seed: seedFile, requests });
  const pages = Math.ceil(LIST_COUNT / LIST_PAGE_SIZE);
  try {
    const outputs = [];
    for (const [name, file, args, runEnv] of [
      ['ssm-assoc', bin, listArgs(endpoint.url), env],
      ...(withAws ? [['aws', AWS, ['ssm', ...listArgs(endpoint.url)], awsEnv]] : []),
    ]) {
      requests.length = 0;
      const result = await timedRun(file, args, runEnv);
      // The endpoint logs a request after answering it; give its stderr a moment to arrive.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const listed = requests.filter((line) => /AmazonSSM\.ListAssociations -> 200\b/.test(line)).length;
      if (result.code !== 0 || !listedAll(result.stdout) || listed !== pages || requests.length !== pages) {
        throw new Error(
          `${name} ${args.join(' ')}: expected exit 0, ${LIST_COUNT} associations and ${pages} ListAssociations requests; ` +
            `got exit ${result.code ?? result.signal}, ${listedAll(result.stdout) ? 'all' : 'not all'} associations, requests:\n${requests.join('\n')}\n--- stderr\n${result.stderr}`,
        );
      }
      outputs.push(result.stdout);
    }
    if (!withAws) return `list-associations: ${LIST_COUNT} associations in ${pages} requests of ${LIST_PAGE_SIZE}; not compared with AWS CLI v2 (not timed).`;
    const difference = compareOutputs(outputs[0], outputs[1]);
    if (difference !== undefined) throw new Error(`list-associations: ssm-assoc and aws ${difference}`);
    return `list-associations: each CLI listed ${LIST_COUNT} associations in ${pages} requests of ${LIST_PAGE_SIZE} and printed the same ${Buffer.byteLength(outputs[0])} bytes.`;
  } finally {
    await stopEndpoint(endpoint);
  }
}

/**
 * Fleet mode: 1000 lines in one process against a fresh local endpoint, once plain and once
 * with every third call throttled (ThrottlingException, retried with backoff). Every line must
 * be answered, successfully and in order.
 */
async function fleetFigures(env, home) {
  const lines = 1000;
  const input = path.join(home, 'fleet.jsonl');
  fs.writeFileSync(
    input,
    Array.from({ length: lines }, (_, i) => JSON.stringify({ AssociationStatus: { Date: 1424421071 + i, Name: 'Success', Message: `fleet-${i + 1}` } })).join('\n') + '\n',
  );
  const rows = [];
  for (const [label, endpointArgs, extraEnv, limitMs] of [
    ['1000 lines', [], {}, 2000],
    ['1000 lines, 1 in 3 throttled', ['--throttle-every', '3'], { AWS_MAX_ATTEMPTS: '10' }, undefined],
  ]) {
    const endpoint = await startLocalEndpointProcess({ args: endpointArgs });
    try {
      const args = ['update-association-status', '--cli-input-jsonl', input, '--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0', '--endpoint-url', endpoint.url, '--query', 'AssociationDescription.Status.Message'];
      const result = await timedRun(bin, args, { ...env, ...extraEnv });
      const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
      const inOrder = records.every((r, i) => r.line === i + 1 && r.output === `fleet-${i + 1}`);
      const answered = records.filter((r) => 'output' in r).length;
      const ok = result.code === 0 && records.length === lines && answered === lines && inOrder && (limitMs === undefined || result.ms <= limitMs);
      rows.push([label, fixed(result.ms), `${answered}/${lines}`, inOrder ? 'yes' : 'NO', limitMs === undefined ? 'all answered, in order' : `< ${limitMs} ms, all answered`, ok ? 'met' : 'NOT met']);
    } finally {
      await stopEndpoint(endpoint);
    }
  }
  return formatTable(['fleet mode (--cli-input-jsonl)', 'wall ms', 'succeeded', 'in order', 'target', 'verdict'], rows);
}

/**
 * Fleet mode's memory: peak RSS of runs of N and M lines against a lean endpoint in this process
 * (it keeps nothing and checks no signature, so that M can be 100,000 in a minute or two). Output
 * goes out as each line is decided, so the peak must not grow with the input.
 */
async function fleetMemoryFigures(env, home, rssMethod, counts) {
  const body = JSON.stringify({ AssociationDescription: { Name: 'AWS-UpdateSSMAgent', InstanceId: 'i-1234567890abcdef0', Status: { Date: 1424421071, Name: 'Success', Message: 'ok' } } });
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'content-length': Buffer.byteLength(body) }).end(body));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  const rows = [];
  try {
    for (const lines of counts) {
      const input = path.join(home, `fleet-${lines}.jsonl`);
      const stream = fs.createWriteStream(input);
      for (let i = 0; i < lines; i++) stream.write(`${JSON.stringify({ AssociationStatus: { Date: 1424421071, Name: 'Success', Message: `m${i + 1}` } })}\n`);
      await new Promise((resolve) => stream.end(resolve));
      const args = ['update-association-status', '--cli-input-jsonl', input, '--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0', '--endpoint-url', url, '--max-concurrency', '16'];
      const started = process.hrtime.bigint();
      const result = await rssRun(rssMethod, bin, args, env);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const printed = result.stdout === '' ? 0 : result.stdout.trimEnd().split('\n').length;
      rows.push({ lines, ms, mib: result.kib / 1024, ok: result.code === 0 && printed === lines });
      fs.rmSync(input);
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  const growth = rows[1].mib - rows[0].mib;
  return formatTable(
    ['fleet mode memory', 'wall ms', 'peak RSS MiB', 'all printed', 'target', 'verdict'],
    rows.map((row, i) => [
      `${row.lines} lines`,
      fixed(row.ms),
      fixed(row.mib),
      row.ok ? 'yes' : 'NO',
      i === 0 ? '' : `within 10 MiB of ${rows[0].lines} lines (${growth >= 0 ? '+' : ''}${fixed(growth)})`,
      i === 0 ? '' : growth <= 10 && rows.every((r) => r.ok) ? 'met' : 'NOT met',
    ]),
  );
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`\nbench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
