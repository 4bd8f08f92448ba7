// scripts/build/third-party-notices.mjs: which packages a bundle holds (from esbuild's metafile
// inputs), what their licence files say, and the notice file the build wrote into dist/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// A computed specifier: the build helpers are plain .mjs without type declarations.
const { bundledPackageDirs, readPackageLicence, thirdPartyNotices } = await import(
  pathToFileURL(path.resolve(import.meta.dirname, '..', '..', 'scripts', 'build', 'third-party-notices.mjs')).href
);
const root = path.resolve(import.meta.dirname, '..', '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-notices-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function fakePackage(name: string, files: Record<string, string>, license = 'MIT'): string {
  const dir = path.join(work, 'node_modules', name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', license }));
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('bundledPackageDirs', () => {
  it('names each package folder once, scoped and nested ones included, and skips our own sources', () => {
    expect(
      bundledPackageDirs([
        'src/main.ts',
        'node_modules/commander/lib/command.js',
        'node_modules/commander/index.js',
        'node_modules/@smithy/core/dist-es/index.js',
        'node_modules/@aws-sdk/client-ssm/node_modules/@smithy/types/dist-es/a.js',
      ]),
    ).toEqual(['node_modules/commander', 'node_modules/@smithy/core', 'node_modules/@aws-sdk/client-ssm/node_modules/@smithy/types']);
  });
});

describe('readPackageLicence', () => {
  it('takes the copyright lines of LICENSE and NOTICE, not the licence prose or the Apache placeholder', () => {
    const dir = fakePackage('a', {
      LICENSE: 'MIT License\n\nCopyright (c) 2020 Someone\n\nThe above copyright notice shall be included.\n   Copyright [yyyy] [name of copyright owner]\n',
      NOTICE: 'Copyright 2021 Other Corp.\n',
      'README.md': 'Copyright 1999 not a licence file\n',
    });
    expect(readPackageLicence(dir)).toEqual({
      name: 'a',
      version: '1.0.0',
      licence: 'MIT',
      copyrights: ['Copyright (c) 2020 Someone', 'Copyright 2021 Other Corp.'],
      text: 'MIT License\n\nThe above copyright notice shall be included.',
    });
  });
});

describe('thirdPartyNotices', () => {
  it('prints the same terms once for every package under them, each package with its own copyright lines', () => {
    const one = fakePackage('one', { LICENSE: 'Copyright 2018 One\n\nTerms of use.\n' });
    const two = fakePackage('two', { 'LICENSE.txt': 'Copyright 2019 Two\n\n   Terms   of\n   use.\n' });
    const bare = fakePackage('bare', {}, 'ISC');
    const text = thirdPartyNotices([two, one, bare], 'tool 1.0');
    expect(text).toContain('one 1.0.0 (MIT)\n  Copyright 2018 One\n\ntwo 1.0.0 (MIT)\n  Copyright 2019 Two\n');
    expect(text).toContain('bare 1.0.0 (ISC)\n  (no licence file in the package; its package.json names ISC)\n');
    expect(text.match(/^---- /gm)).toHaveLength(1);
    expect(text).toContain('---- MIT, the licence of: one, two\n\nTerms of use.\n');
  });
});

describe('dist/THIRD-PARTY-NOTICES.txt', () => {
  const notices = fs.readFileSync(path.join(root, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  const listed = [...notices.matchAll(/^(\S+) \d+\.\d+\.\d+\S* \(/gm)].map((m) => m[1]);

  it('lists the packages the bundles hold, with their copyright lines', () => {
    for (const name of ['commander', 'js-yaml', '@aws-sdk/client-ssm', '@smithy/core', 'http-proxy-agent', 'https-proxy-agent']) expect(listed).toContain(name);
    expect(notices).toMatch(/^commander \S+ \(MIT\)\n {2}Copyright \(c\) 2011 TJ Holowaychuk/m);
    expect(notices).toContain('---- Apache-2.0, the licence of: ');
  });

  it('lists no build tool and nothing that is not bundled', () => {
    for (const name of ['esbuild', 'typescript', 'vitest', 'fast-check', '@types/node', 'debug']) expect(listed).not.toContain(name);
  });
});
