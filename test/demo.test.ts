// scripts/demo.mjs (`npm run demo`) as a user runs it, after the build: every step's command line
// on stderr, every step's stdout in order (the documentation example's exactly as the reference
// prints it), exit 0; and the first step that fails ends the tour with that step's exit code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin, type BinResult } from './support/run-bin.js';
import { DOCUMENTATION_OUTPUT } from './support/sample-responses.mjs';

const demo = path.resolve(import.meta.dirname, '..', 'scripts', 'demo.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-demo-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The demo as a user starts it, sealed like every end-to-end run (its own HOME, no metadata service).
const runDemo = (env: Record<string, string> = {}): Promise<BinResult> => runBin([demo], { program: process.execPath, home: dir, env });

/** The tour's output with the run's values (URL, new association id, its creation time) as placeholders. */
function placeholders(text: string, url: string, id: string, created: string): string {
  return text.replaceAll(url, '{url}').replaceAll(id, '{id}').replaceAll(created, '{created}');
}

describe('npm run demo', () => {
  it('tours the life cycle: create, list, the documentation example, update, two versions', async () => {
    const result = await runDemo();
    expect(result.code).toBe(0);
    const url = /--endpoint-url (http:\/\/127\.0\.0\.1:\d+)\n/.exec(result.stderr)?.[1] ?? 'no URL';
    const description = JSON.parse(result.stdout.slice(0, result.stdout.indexOf('\n}\n') + 3)).AssociationDescription;
    const id = description.AssociationId as string;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(description.LastUpdateAssociationDate).toBe(description.Date);

    expect(placeholders(result.stderr, url, id, description.Date)).toBe(
      [
        `$ ssm-assoc create-association --name AWS-RunShellScript --targets Key=InstanceIds,Values=i-0123456789abcdef0 --parameters 'commands=["echo hello"]' --schedule-expression 'rate(30 minutes)' --association-name demo --endpoint-url {url}`,
        `$ ssm-assoc list-associations --query 'Associations[].{Document:Name,Id:AssociationId,Version:AssociationVersion}' --output table --endpoint-url {url}`,
        '$ ssm-assoc update-association-status --name AWS-UpdateSSMAgent --instance-id i-1234567890abcdef0 --association-status Date=1424421071.939,Name=Pending,Message=temp_status_change,AdditionalInfo=Additional-Config-Needed --endpoint-url {url}',
        "$ ssm-assoc update-association --association-id {id} --schedule-expression 'rate(1 day)' --query AssociationDescription.AssociationVersion --output text --endpoint-url {url}",
        "$ ssm-assoc list-association-versions --association-id {id} --query 'AssociationVersions[].[AssociationVersion,ScheduleExpression]' --output table --endpoint-url {url}",
        '',
      ].join('\n'),
    );

    const created = `${JSON.stringify(
      {
        AssociationDescription: {
          Name: 'AWS-RunShellScript',
          AssociationVersion: '1',
          Date: '{created}',
          LastUpdateAssociationDate: '{created}',
          Overview: { Status: 'Pending', DetailedStatus: 'Creating' },
          DocumentVersion: '$DEFAULT',
          Parameters: { commands: ['echo hello'] },
          AssociationId: '{id}',
          Targets: [{ Key: 'InstanceIds', Values: ['i-0123456789abcdef0'] }],
          ScheduleExpression: 'rate(30 minutes)',
          AssociationName: 'demo',
        },
      },
      null,
      4,
    )}\n`;
    const listed = [
      '---------------------------------------------------------------------------',
      '|                            ListAssociations                             |',
      '+---------------------+----------------------------------------+----------+',
      '|      Document       |                  Id                    | Version  |',
      '+---------------------+----------------------------------------+----------+',
      '|  AWS-UpdateSSMAgent |  8dfe3659-4309-493a-8755-0123456789ab  |  1       |',
      '|  AWS-RunShellScript |  {id}  |  1       |',
      '+---------------------+----------------------------------------+----------+',
      '',
    ].join('\n');
    const versions = [
      '---------------------------',
      '| ListAssociationVersions |',
      '+---+---------------------+',
      '|  1|  rate(30 minutes)   |',
      '|  2|  rate(1 day)        |',
      '+---+---------------------+',
      '',
    ].join('\n');
    expect(placeholders(result.stdout, url, id, description.Date)).toBe(`${created}${listed}${DOCUMENTATION_OUTPUT}2\n${versions}`);
    // The documentation example's bytes, untouched by the placeholders.
    expect(result.stdout).toContain(DOCUMENTATION_OUTPUT);
  }, 60_000);

  it('stops at the first step that fails, with its exit code, and stops the endpoint', async () => {
    // bin/ssm-assoc starts through `env node`: a `node` first on PATH that fails list-associations.
    const shims = fs.mkdtempSync(path.join(dir, 'shims-'));
    fs.writeFileSync(
      path.join(shims, 'node'),
      `#!/bin/sh\ncase " $* " in *' list-associations '*) echo 'listing failed' >&2; exit 253;; esac\nexec '${process.execPath}' "$@"\n`,
      { mode: 0o755 },
    );
    // The endpoint writes to the demo's stderr: the run closes only once the endpoint is gone too.
    const result = await runDemo({ PATH: `${shims}:${process.env['PATH'] ?? '/usr/bin:/bin'}` });
    expect(result.code).toBe(253);
    const lines = result.stderr.split('\n');
    expect(lines.map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      '$ ssm-assoc create-association',
      '$ ssm-assoc list-associations',
      'listing failed',
      '',
    ]);
    expect(result.stdout).toMatch(/^\{\n {4}"AssociationDescription": \{\n[^]*\n\}\n$/);
    expect(result.stdout).not.toContain(DOCUMENTATION_OUTPUT);
  }, 60_000);
});
