// Pure helpers of scripts/bench.mjs: argument parsing, order statistics, ratios against the
// targets and the printed table. No I/O here, so test/bench.test.ts can check them quickly.

export const USAGE = `usage: node scripts/bench.mjs [--runs N] [--warmup N] [--rss auto|time|python|proc|none] [--no-aws] [--baseline DIR] [--json FILE]
       [--fleet-rss-lines N,M]

  --runs N      counted repetitions of each command (default 15)
  --warmup N    uncounted repetitions of each command first (default 2)
  --rss METHOD  how peak resident memory is measured (default auto: GNU time, else
                python3's os.wait4, else polling /proc/PID/status VmHWM)
  --no-aws      do not time AWS CLI v2 even when /usr/bin/aws is v2
  --baseline DIR  also time DIR/bin/ssm-assoc's full call (another built checkout, e.g. the
                 commit before a change), alternated with the rest: before and after in one run
  --json FILE   also write every sample and the summary to FILE
  --fleet-rss-lines N,M
                fleet-mode peak RSS at N and at M input lines (default 1000,100000;
                target: M's peak within 10 MiB of N's)`;

/**
 * @param {string[]} argv
 * @returns {{ runs: number, warmup: number, rss: string, aws: boolean, baseline: string | undefined, json: string | undefined, fleetRssLines: number[], help: boolean }}
 */
export function parseArgs(argv) {
  const options = { runs: 15, warmup: 2, rss: 'auto', aws: true, baseline: undefined, json: undefined, fleetRssLines: [1000, 100000], help: false };
  const integer = (flag, value, min) => {
    if (value === undefined || !/^\d+$/.test(value) || Number(value) < min) throw new Error(`${flag} needs an integer >= ${min}, got ${value ?? 'nothing'}`);
    return Number(value);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--runs':
        options.runs = integer('--runs', value(), 1);
        break;
      case '--warmup':
        options.warmup = integer('--warmup', value(), 0);
        break;
      case '--rss': {
        const method = value();
        if (!['auto', 'time', 'python', 'proc', 'none'].includes(method ?? '')) throw new Error(`--rss must be auto, time, python, proc or none, got ${method ?? 'nothing'}`);
        options.rss = /** @type {string} */ (method);
        break;
      }
      case '--no-aws':
        options.aws = false;
        break;
      case '--baseline': {
        const dir = value();
        if (!dir) throw new Error('--baseline needs a directory');
        options.baseline = dir;
        break;
      }
      case '--json': {
        const file = value();
        if (!file) throw new Error('--json needs a file name');
        options.json = file;
        break;
      }
      case '--fleet-rss-lines': {
        const counts = (value() ?? '').split(',');
        if (counts.length !== 2) throw new Error('--fleet-rss-lines needs two counts, N,M');
        options.fleetRssLines = counts.map((count) => integer('--fleet-rss-lines', count, 1));
        break;
      }
      case '-h':
      case '--help':
        options.help = true;
        break;
      default:
        throw new Error(`unknown argument: ${arg}\n${USAGE}`);
    }
  }
  return options;
}

/** Nearest-rank percentile (p in 0..100) of a non-empty list; p=50 of an even list averages the middle two. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  if (p === 50) {
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

export const median = (values) => percentile(values, 50);

/** @param {number[]} wallMs @param {number[]} rssKiB */
export function summarize(wallMs, rssKiB) {
  return {
    runs: wallMs.length,
    medianMs: median(wallMs),
    minMs: wallMs.length ? Math.min(...wallMs) : NaN,
    p90Ms: percentile(wallMs, 90),
    medianRssMiB: rssKiB.length ? median(rssKiB) / 1024 : NaN,
  };
}

/**
 * The targets of the brief, judged on the medians. `summaries` maps a command key to summarize()'s
 * result; a target whose inputs are missing (no AWS CLI, no RSS) is reported as 'n/a'.
 */
export function judgeTargets(summaries) {
  const ms = (key) => summaries[key]?.medianMs ?? NaN;
  const rows = [
    { name: 'full call / node -e 0', value: ms('full') / ms('node'), target: '<= 1.5', ok: (v) => v <= 1.5, unit: 'x' },
    { name: 'AWS CLI v2 / full call', value: ms('aws') / ms('full'), target: '>= 6', ok: (v) => v >= 6, unit: 'x' },
    { name: 'AWS CLI v2 / list-associations', value: ms('aws-list') / ms('list'), target: '>= 5', ok: (v) => v >= 5, unit: 'x' },
    { name: 'AWS CLI v2 / create-association', value: ms('aws-create') / ms('create'), target: '>= 5', ok: (v) => v >= 5, unit: 'x' },
    { name: '--version / node -e 0', value: ms('version') / ms('node'), target: '<= 1.2', ok: (v) => v <= 1.2, unit: 'x' },
    { name: 'skeleton / node -e 0', value: ms('skeleton') / ms('node'), target: '<= 1.2', ok: (v) => v <= 1.2, unit: 'x' },
    { name: 'full call peak RSS', value: summaries.full?.medianRssMiB ?? NaN, target: '<= 55 MiB', ok: (v) => v <= 55, unit: ' MiB' },
  ];
  return rows.map(({ ok, ...row }) => ({ ...row, verdict: Number.isFinite(row.value) ? (ok(row.value) ? 'met' : 'NOT met') : 'n/a' }));
}

/** Left-aligned first column, right-aligned others. */
export function formatTable(header, rows) {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c].length)));
  const line = (row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
