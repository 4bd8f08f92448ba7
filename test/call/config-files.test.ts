// The shared files: where they are, what the reference's configparser and profile map make of
// them, and which texts it refuses (recorded in test/fixtures/reference/config.json).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configFilePaths, configParserAccepts, loadConfigFiles } from '../../src/call/config-files.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function home(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-files-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('configFilePaths', () => {
  it('defaults to ~/.aws/config and ~/.aws/credentials', () => {
    expect(configFilePaths({ HOME: '/home/me' })).toEqual({ configPath: '/home/me/.aws/config', credentialsPath: '/home/me/.aws/credentials' });
  });
  it('takes AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, with ~/ as the home directory', () => {
    expect(configFilePaths({ HOME: '/home/me', AWS_CONFIG_FILE: '~/cfg', AWS_SHARED_CREDENTIALS_FILE: '/etc/creds' })).toEqual({
      configPath: '/home/me/cfg',
      credentialsPath: '/etc/creds',
    });
  });
});

describe('configParserAccepts', () => {
  it.each([
    ['an empty file', ''],
    ['comments and blank lines', '# one\n; two\n\n   # indented\n[default]\nregion = us-east-1\n'],
    ['nested values', '[default]\ns3 =\n  max_concurrent_requests = 10\n  addressing_style = path\nregion = us-east-1\n'],
    ['a continuation line', '[default]\nregion = us-east-1\n  more\n'],
    ['CRLF line ends', '[default]\r\nregion = us-east-1\r\n'],
    ['colons as delimiters', '[default]\nregion: us-east-1\n'],
    ['an empty value', '[default]\nregion =\n'],
    ['the same option in two sections', '[a]\nregion = x\n[b]\nregion = y\n'],
    ['[DEFAULT] twice', '[DEFAULT]\na = 1\n[DEFAULT]\nb = 2\n'],
    ['text after a section header', '[default] trailing\nregion = x\n'],
  ])('accepts %s', (_name, text) => {
    expect(configParserAccepts(text)).toBe(true);
  });

  it.each([
    ['an option before any section', 'region = us-east-1\n[default]\n'],
    ['an unclosed section header', '[default\nregion = us-east-1\n'],
    ['a word without a value', '[default]\nregion\n'],
    ['an option without a name', '[default]\n= value\n'],
    ['a section twice', '[default]\na = 1\n[default]\nb = 2\n'],
    ['an option twice, whatever its case', '[default]\nRegion = a\nregion = b\n'],
    ['a nested line without =', '[default]\ns3 =\n  novalue\n'],
    ['an indented line after a section header', '[default]\n  region\n'],
  ])('refuses %s', (_name, text) => {
    expect(configParserAccepts(text)).toBe(false);
  });
});

describe('loadConfigFiles', () => {
  it('reads both files in the SDK loader\'s shape: profiles, sso-session and services sections, nested keys', async () => {
    const dir = home({
      config: '[default]\nregion = us-west-2\n[profile p]\noutput = text\nservices = local\n[sso-session corp]\nsso_region = us-east-1\n[services local]\nssm =\n  endpoint_url = http://127.0.0.1:4566\n',
      credentials: '[default]\naws_access_key_id = AKID\n[p]\naws_secret_access_key = secret\n',
    });
    const files = await loadConfigFiles({ HOME: dir, AWS_CONFIG_FILE: path.join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials') });
    expect(files.configFile).toEqual({
      default: { region: 'us-west-2' },
      p: { output: 'text', services: 'local' },
      'sso-session.corp': { sso_region: 'us-east-1' },
      'services.local': { 'ssm.endpoint_url': 'http://127.0.0.1:4566' },
    });
    expect(files.credentialsFile).toEqual({ default: { aws_access_key_id: 'AKID' }, p: { aws_secret_access_key: 'secret' } });
    expect(files.configPath).toBe(path.join(dir, 'config'));
    expect(files.credentialsPath).toBe(path.join(dir, 'credentials'));
    expect(files.unparsable).toBeUndefined();
  });

  it('reads values as configparser does, not as the SDK loader does', async () => {
    const dir = home({
      '.aws/config':
        '[DEFAULT]\ncli_pager = less\n[default]\nRegion: us-west-2 # prod\nca_bundle = /a\n  /b\n\n  /c\n' +
        '[profile  two]\nx = 1\n[profile three words here]\nu = 0\n[profile "quoted name"]\ny = 2\n[profileX glued]\nz = 3\n[profile "unbalanced]\nw = 4\n[other]\nv = 5\n',
      '.aws/credentials': '[default]\nAWS_ACCESS_KEY_ID : AKID ; not a comment\n',
    });
    const files = await loadConfigFiles({ HOME: dir });
    expect(files.configFile).toEqual({
      default: { cli_pager: 'less', region: 'us-west-2 # prod', ca_bundle: '/a\n/b\n\n/c' },
      // shlex.split of the header: words, quotes, and botocore's prefix test by startswith.
      two: { cli_pager: 'less', x: '1' },
      'quoted name': { cli_pager: 'less', y: '2' },
      glued: { cli_pager: 'less', z: '3' },
    });
    expect(files.credentialsFile).toEqual({ default: { aws_access_key_id: 'AKID ; not a comment' } });
  });

  it('reads characters as Python does: a byte-order mark, Python-only whitespace, shlex blanks', async () => {
    const bom = home({ '.aws/config': '\ufeff[default]\nregion = us-west-2\n' });
    expect((await loadConfigFiles({ HOME: bom })).unparsable).toBe(path.join(bom, '.aws', 'config'));
    const dir = home({
      '.aws/config': '[profile\u00a0nbsp]\nx = 1\n[default]\nregion = a\u2028b\x1c\nca_bundle = /a\n\x1c/b\n',
    });
    const files = await loadConfigFiles({ HOME: dir });
    expect(files.unparsable).toBeUndefined();
    // shlex splits on ASCII blanks only: "profile\u00a0nbsp" is one word, so no profile.
    expect(Object.keys(files.configFile)).toEqual(['default']);
    // \x1c is whitespace to Python: stripped from the value, and it indents a continuation line.
    expect(files.configFile.default).toEqual({ region: 'a\u2028b', ca_bundle: '/a\n/b' });
  });

  it('lets a section\'s own value, even an empty one, replace DEFAULT\'s before reading it', async () => {
    const dir = home({ '.aws/config': '[DEFAULT]\noutput = text\ns3 =\n  a = 1\n[default]\noutput =\ns3 = plain\n' });
    expect((await loadConfigFiles({ HOME: dir })).configFile.default).toEqual({ output: '', s3: 'plain' });
  });

  it('treats missing files as empty', async () => {
    const dir = home({});
    const files = await loadConfigFiles({ HOME: dir });
    expect(files.configFile).toEqual({});
    expect(files.credentialsFile).toEqual({});
    expect(files.unparsable).toBeUndefined();
  });

  it('names the first file configparser would refuse', async () => {
    const dir = home({ '.aws/config': '[default]\nregion = x\n', '.aws/credentials': 'garbage\n' });
    expect((await loadConfigFiles({ HOME: dir })).unparsable).toBe(path.join(dir, '.aws', 'credentials'));
    fs.writeFileSync(path.join(dir, '.aws', 'config'), '[default\n');
    expect((await loadConfigFiles({ HOME: dir })).unparsable).toBe(path.join(dir, '.aws', 'config'));
  });

  it('refuses a file that is not UTF-8', async () => {
    const dir = home({ '.aws/config': new Uint8Array([0x5b, 0x64, 0x5d, 0x0a, 0x61, 0x20, 0x3d, 0x20, 0xff, 0x0a]) });
    expect((await loadConfigFiles({ HOME: dir })).unparsable).toBe(path.join(dir, '.aws', 'config'));
  });

  it('keeps `output =` and `cli_timestamp_format =` as empty values, as configparser does', async () => {
    const dir = home({
      '.aws/config': '[default]\noutput =\nregion =\n[profile p]\ncli_timestamp_format =\n[profile q]\noutput =\n  nested = yes\n',
      '.aws/credentials': '[p]\noutput =\n',
    });
    const files = await loadConfigFiles({ HOME: dir });
    expect(files.configFile.default).toEqual({ output: '' });
    expect(files.configFile.p).toEqual({ cli_timestamp_format: '' });
    expect(files.configFile.q).toEqual({ 'output.nested': 'yes' });
    expect(files.credentialsFile.p).toEqual({ output: '' });
  });

  it('ignores a directory where a file should be', async () => {
    const dir = home({ '.aws/config/inner': 'x' });
    expect((await loadConfigFiles({ HOME: dir })).unparsable).toBeUndefined();
  });
});
