// Loads the recorded reference fixtures and says what ssm-assoc must print for each case:
// the reference's bytes, with the program name in the usage block and error prefix
// changed from `aws` to `ssm-assoc`, unless the case documents a deliberate deviation.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScriptedResponse } from './scripted-endpoint.mjs';

export interface RecordedRequest {
  target: string | null;
  body: unknown;
}

export interface Outcome {
  exitCode: number | string | null;
  stdout: string;
  stderr: string;
  requests: RecordedRequest[];
}

export interface ReferenceCase {
  name: string;
  command?: string[];
  args: string[];
  env?: Record<string, string | null>;
  files?: Record<string, string>;
  stdin?: string;
  responses?: ScriptedResponse[];
  deviation?: Partial<Omit<Outcome, 'requests'>> & { why: string; requests?: RecordedRequest[] };
  expected: Outcome;
}

export interface ReferenceGroup {
  recordedWith: string;
  group: string;
  cases: ReferenceCase[];
}

export const fixturesDir = path.resolve(import.meta.dirname, '..', 'fixtures', 'reference');

const casesDir = path.resolve(import.meta.dirname, '..', 'reference-cases');

/**
 * The recorded groups. Deviations are ours, not the reference's: they are read from the case
 * files (test/reference-cases/<group>.mjs), so changing one needs no re-recording.
 */
export async function loadGroups(): Promise<ReferenceGroup[]> {
  const groups: ReferenceGroup[] = [];
  for (const file of fs.readdirSync(fixturesDir).filter((f) => f.endsWith('.json')).sort()) {
    const group = JSON.parse(fs.readFileSync(path.join(fixturesDir, file), 'utf8')) as ReferenceGroup;
    const source = path.join(casesDir, `${group.group}.mjs`);
    const { cases } = (await import(pathToFileURL(source).href)) as { cases: Array<Pick<ReferenceCase, 'name' | 'deviation'>> };
    const deviations = new Map(cases.map((c) => [c.name, c.deviation]));
    for (const c of group.cases) {
      if (!deviations.has(c.name)) throw new Error(`${group.group}/${c.name} is recorded but no longer in ${source}: re-record the group`);
      const deviation = deviations.get(c.name);
      if (deviation === undefined) delete c.deviation;
      else c.deviation = deviation;
    }
    groups.push(group);
  }
  return groups;
}

/** The reference's words with our program name where the reference names itself. */
export function renameProgram(text: string): string {
  return text
    .replace(/^usage: aws /gm, 'usage: ssm-assoc ')
    .replace(/^ {2}aws /gm, '  ssm-assoc ')
    .replace(/^aws: error: /gm, 'ssm-assoc: error: ');
}

/** Our command words for a case: the reference's, without the `ssm` service word. */
export function ourCommand(c: ReferenceCase): string[] {
  const words = c.command ?? ['ssm', 'update-association-status'];
  return words[0] === 'ssm' ? words.slice(1) : words;
}

export function expectedOutcome(c: ReferenceCase): Outcome {
  const e = c.expected;
  return {
    exitCode: c.deviation?.exitCode ?? e.exitCode,
    stdout: c.deviation?.stdout ?? e.stdout,
    stderr: c.deviation?.stderr ?? renameProgram(e.stderr),
    requests: c.deviation?.requests ?? e.requests,
  };
}
