// Completion scripts: each parses in its shell, and completing with it gives the command words,
// the options, the option values, profile names from the files, and the status names inside
// --association-status. bash runs the completion function as bash would (COMP_WORDS split at
// '=' and ':', COMP_CWORD); fish and zsh run when installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GLOBAL_OPTIONS, operationOptions } from '../../src/model/options.js';
import { COMPLETION_HELP, COMPLETION_SHELLS, completionScript } from '../../src/commands/completion.js';
import { runBin } from '../support/run-bin.js';
import { operationNamed } from '../../src/model/operations.js';

const UAS = operationNamed('UpdateAssociationStatus');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-completion-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0'], { stdio: 'ignore' }).status === 0;

function scriptFile(shell: 'bash' | 'zsh' | 'fish'): string {
  const file = path.join(work, `ssm-assoc.${shell}`);
  if (!fs.existsSync(file)) fs.writeFileSync(file, completionScript(shell));
  return file;
}

/** A HOME with a config file and a credentials file. */
function home(): string {
  const dir = fs.mkdtempSync(path.join(work, 'home-'));
  fs.mkdirSync(path.join(dir, '.aws'));
  fs.writeFileSync(
    path.join(dir, '.aws', 'config'),
    '[default]\nregion = us-east-1\n[profile dev]\nregion = eu-west-1\n[ profile  ops ]\n[sso-session corp]\nsso_region = us-east-1\n[services local]\n',
  );
  fs.writeFileSync(path.join(dir, '.aws', 'credentials'), '[ci]\naws_access_key_id = x\n[default]\n');
  return dir;
}

const baseEnv = (dir: string, extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: dir,
  AWS_EC2_METADATA_DISABLED: 'true',
  ...extra,
});

/** Splits a command line as bash's completion does: at blanks, and around '=' and ':'. */
function compWords(line: string): string[] {
  const words: string[] = [];
  for (const blank of line.split(' ')) {
    const parts = blank.split(/([=:]+)/).filter((p) => p !== '');
    words.push(...(parts.length === 0 ? [''] : parts));
  }
  return words;
}

/** COMPREPLY for the line, the cursor at its end: bash sources the script and calls _ssm_assoc. */
function bashComplete(line: string, env: Record<string, string> = baseEnv(home())): string[] {
  const words = compWords(line);
  const program = `source "$1"; COMP_WORDS=("\${@:3}"); COMP_CWORD=$2; COMP_LINE="\${*:3}"; COMP_POINT=\${#COMP_LINE}; _ssm_assoc ssm-assoc; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['-c', program, 'bash', scriptFile('bash'), String(words.length - 1), ...words], { env, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.split('\n').filter((l) => l !== '');
}

describe('bash', () => {
  it('the script parses (bash -n)', () => {
    const result = spawnSync('bash', ['-n', scriptFile('bash')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('registers _ssm_assoc for ssm-assoc', () => {
    const result = spawnSync('bash', ['-c', 'source "$1"; complete -p ssm-assoc', 'bash', scriptFile('bash')], { encoding: 'utf8' });
    expect(result.stdout).toBe('complete -F _ssm_assoc ssm-assoc\n');
  });

  it('completes --outp to --output', () => {
    expect(bashComplete('ssm-assoc update-association-status --outp')).toEqual(['--output']);
  });

  it('completes --output y to yaml and yaml-stream', () => {
    expect(bashComplete('ssm-assoc update-association-status --output y')).toEqual(['yaml', 'yaml-stream']);
    expect(bashComplete('ssm-assoc --output ')).toEqual(['json', 'text', 'table', 'yaml', 'yaml-stream']);
  });

  it('completes values given after =', () => {
    // COMP_WORDS: (... --output = y); readline replaces only the text after '='.
    expect(bashComplete('ssm-assoc update-association-status --output=y')).toEqual(['yaml', 'yaml-stream']);
  });

  it('completes the values of --color, --cli-binary-format and --generate-cli-skeleton', () => {
    expect(bashComplete('ssm-assoc --color ')).toEqual(['on', 'off', 'auto']);
    expect(bashComplete('ssm-assoc update-association-status --cli-binary-format r')).toEqual(['raw-in-base64-out']);
    expect(bashComplete('ssm-assoc update-association-status --generate-cli-skeleton ')).toEqual(['input', 'output', 'yaml-input']);
    // Its value is optional: an option may follow.
    expect(bashComplete('ssm-assoc update-association-status --generate-cli-skeleton --outp')).toEqual(['--output']);
  });

  it('completes the command words', () => {
    expect(bashComplete('ssm-assoc ')).toEqual(['describe-association-executions', 'list-associations', 'update-association-status', 'help', 'completion', 'local-endpoint']);
    expect(bashComplete('ssm-assoc up')).toEqual(['update-association-status']);
    expect(bashComplete('ssm-assoc ssm up')).toEqual(['update-association-status']);
    expect(bashComplete('ssm-assoc --region us-east-1 --debug up')).toEqual(['update-association-status']);
    expect(bashComplete('ssm-assoc update-association-status h')).toEqual(['help']);
    expect(bashComplete('ssm-assoc completion ')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('offers every option of the command, and only global ones before it', () => {
    const all = bashComplete('ssm-assoc update-association-status --');
    expect(all.sort()).toEqual([...operationOptions(UAS), ...GLOBAL_OPTIONS].map((s) => s.flag).sort());
    expect(bashComplete('ssm-assoc --').sort()).toEqual(GLOBAL_OPTIONS.map((s) => s.flag).sort());
  });

  it('does not offer an option already given', () => {
    const offered = bashComplete('ssm-assoc update-association-status --name x --instance-id y --');
    expect(offered).not.toContain('--name');
    expect(offered).not.toContain('--instance-id');
    expect(offered).toContain('--association-status');
  });

  it('completes nothing for free-form values', () => {
    expect(bashComplete('ssm-assoc update-association-status --name ')).toEqual([]);
    expect(bashComplete('ssm-assoc --region ')).toEqual([]);
  });

  it('completes profile names from the config and credentials files', () => {
    expect(bashComplete('ssm-assoc update-association-status --profile ')).toEqual(['ci', 'default', 'dev', 'ops']);
    expect(bashComplete('ssm-assoc --profile d')).toEqual(['default', 'dev']);
  });

  it('reads the files AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE name', () => {
    const dir = fs.mkdtempSync(path.join(work, 'files-'));
    fs.writeFileSync(path.join(dir, 'c'), '[profile elsewhere]\n');
    fs.writeFileSync(path.join(dir, 'k'), '[keys]\n');
    const env = baseEnv(home(), { AWS_CONFIG_FILE: path.join(dir, 'c'), AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'k') });
    expect(bashComplete('ssm-assoc --profile ', env)).toEqual(['elsewhere', 'keys']);
    const none = baseEnv(home(), { AWS_CONFIG_FILE: path.join(dir, 'absent'), AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'absent') });
    expect(bashComplete('ssm-assoc --profile ', none)).toEqual([]);
  });

  it('completes the shorthand keys and the status names inside --association-status', () => {
    expect(bashComplete('ssm-assoc update-association-status --association-status ')).toEqual(['Date=', 'Name=', 'Message=', 'AdditionalInfo=']);
    expect(bashComplete('ssm-assoc update-association-status --association-status Name=')).toEqual(['Pending', 'Success', 'Failed']);
    expect(bashComplete('ssm-assoc update-association-status --association-status Name=S')).toEqual(['Success']);
    // After another member (holding ':' too): the last segment counts, the rest is kept.
    expect(bashComplete('ssm-assoc update-association-status --association-status Date=2019-02-18T16:32:09Z,Name=F')).toEqual(['Failed']);
    expect(bashComplete('ssm-assoc update-association-status --association-status Date=1,M')).toEqual(['1,Message=']);
    expect(bashComplete('ssm-assoc update-association-status --association-status Date=1,Name=Pending,')).toEqual([
      'Pending,Message=',
      'Pending,AdditionalInfo=',
    ]);
  });

  it('completes file names for --cli-input-json', () => {
    const dir = fs.mkdtempSync(path.join(work, 'cwd-'));
    fs.writeFileSync(path.join(dir, 'request.json'), '{}');
    fs.writeFileSync(path.join(dir, 'other.yaml'), '');
    const words = compWords('ssm-assoc update-association-status --cli-input-json re');
    const result = spawnSync(
      'bash',
      ['-c', `cd "$1" && source "$2"; COMP_WORDS=("\${@:4}"); COMP_CWORD=$3; _ssm_assoc; printf '%s\\n' "\${COMPREPLY[@]}"`, 'bash', dir, scriptFile('bash'), String(words.length - 1), ...words],
      { env: baseEnv(home()), encoding: 'utf8' },
    );
    expect(result.stdout).toBe('request.json\n');
  });
});

describe.skipIf(!has('fish'))('fish', () => {
  const fishComplete = (line: string): string[] => {
    const result = spawnSync('fish', ['--no-config', '-c', 'source $argv[1]; complete -C $argv[2]', scriptFile('fish'), line], {
      env: baseEnv(home()),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    return result.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.split('\t')[0]!);
  };

  it('the script parses (fish -n)', () => {
    expect(spawnSync('fish', ['-n', scriptFile('fish')], { encoding: 'utf8' }).status).toBe(0);
  });

  it('completes commands, options, values, profiles and status names', () => {
    expect(fishComplete('ssm-assoc ').sort()).toEqual(['completion', 'help', 'local-endpoint', 'update-association-status']);
    expect(fishComplete('ssm-assoc update-association-status --outp')).toEqual(['--output']);
    expect(fishComplete('ssm-assoc update-association-status --output y')).toEqual(['yaml', 'yaml-stream']);
    expect(fishComplete('ssm-assoc --profile ')).toEqual(['ci', 'default', 'dev', 'ops']);
    expect(fishComplete('ssm-assoc update-association-status --association-status Name=')).toEqual(['Name=Failed', 'Name=Pending', 'Name=Success']);
    expect(fishComplete('ssm-assoc completion ')).toEqual(['bash', 'fish', 'zsh']);
    expect(fishComplete('ssm-assoc update-association-status --na')).toEqual(['--name']);
    expect(fishComplete('ssm-assoc --na')).toEqual([]);
  });
});

describe.skipIf(!has('zsh'))('zsh', () => {
  it('the script parses (zsh -n)', () => {
    const result = spawnSync('zsh', ['-n', scriptFile('zsh')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  // An interactive zsh in zpty, Tab pressed after the line; what it shows after is the answer.
  const zshTab = (line: string): string => {
    const driver = [
      'zmodload zsh/zpty',
      'zpty -b z "zsh -f -i"',
      `zpty -w z 'PS1="%% "; autoload -U compinit; compinit -u -D; source ${scriptFile('zsh')}'`,
      'zpty -w -n z "$1"$\'\\t\'',
      'sleep 1',
      "zpty -w -n z $'\\C-u'",
      'zpty -w z exit',
      'out=""',
      'while zpty -r -t z chunk; do out+=$chunk; done',
      'print -r -- $out',
    ].join('\n');
    const result = spawnSync('zsh', ['-f', '-c', driver, 'zsh', line], { env: baseEnv(home()), encoding: 'utf8', timeout: 20000 });
    return result.stdout.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/[\r\x07]/g, '');
  };

  it('completes --output y to yaml, the status names and profile names', () => {
    expect(zshTab('ssm-assoc update-association-status --output y')).toMatch(/--output yaml\b/);
    expect(zshTab('ssm-assoc update-association-status --association-status Name=')).toMatch(/Failed +Pending +Success/);
    expect(zshTab('ssm-assoc --profile ')).toMatch(/ci +default +dev +ops/);
  });
});

describe('completion help', () => {
  // Each spelling prints the same page, which says how to install each shell's script.
  it.each([[['completion', '--help']], [['completion', 'help']], [['help', 'completion']]])('ssm-assoc %j', async (argv) => {
    expect(await runBin(argv)).toEqual({ code: 0, stdout: COMPLETION_HELP, stderr: '' });
  });

  it('names each shell and its install command', () => {
    for (const shell of COMPLETION_SHELLS) expect(COMPLETION_HELP).toContain(`ssm-assoc completion ${shell} `);
    expect(COMPLETION_HELP).toContain('"${fpath[1]}/_ssm-assoc"');
  });
});
