// The third-party notice file shipped in dist/: for every package esbuild actually put into a
// bundle (from its metafile's inputs, so a package that is installed but tree-shaken away or
// never imported is not listed), its name, version and licence, the copyright lines of its
// licence and notice files, and each distinct licence text once, with the packages under it.
// Licence texts are compared without their copyright lines, so the Apache-2.0 texts of the AWS
// packages (the same terms, each with its own "Copyright 2018 Amazon.com..." line) are printed
// once while every package keeps its own copyright lines.
import fs from 'node:fs';
import path from 'node:path';

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;
// A copyright statement starts its line with a capital C ("Copyright (c) 2011 TJ Holowaychuk");
// the licences' own prose says "copyright notice". Placeholders of the Apache appendix are no owner.
const COPYRIGHT_LINE = /^\s*(?:©\s*)?Copyright\b/;
const PLACEHOLDER = /[[{]yyyy[\]}]/;

/** The package folders (node_modules/NAME or node_modules/@SCOPE/NAME, nested too) of bundle inputs. */
export function bundledPackageDirs(inputPaths) {
  const dirs = new Set();
  for (const input of inputPaths) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'));
    if (match) dirs.add(match[1]);
  }
  return [...dirs];
}

/** What one package folder says about its licence. */
export function readPackageLicence(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const files = fs.readdirSync(dir).filter((name) => LICENCE_FILE.test(name) && fs.statSync(path.join(dir, name)).isFile()).sort();
  const copyrights = [];
  const texts = [];
  for (const file of files) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').replace(/\r\n?/g, '\n').split('\n');
    for (const line of lines) if (COPYRIGHT_LINE.test(line) && !PLACEHOLDER.test(line) && !copyrights.includes(line.trim())) copyrights.push(line.trim());
    const text = lines.filter((line) => !COPYRIGHT_LINE.test(line)).map((line) => line.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
    if (text !== '') texts.push(text);
  }
  const licence = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN');
  return { name: manifest.name, version: manifest.version, licence, copyrights, text: texts.join('\n\n') };
}

/** The notice file for the packages in `dirs`. */
export function thirdPartyNotices(dirs, product) {
  const packages = dirs.map(readPackageLicence).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const texts = new Map();
  for (const p of packages) {
    if (p.text === '') continue;
    // The same terms laid out differently (indentation, line breaks) are one text.
    const key = p.text.replace(/\s+/g, ' ');
    const group = texts.get(key) ?? { licence: p.licence, text: p.text, names: [] };
    group.names.push(p.name);
    texts.set(key, group);
  }
  const out = [
    `THIRD-PARTY SOFTWARE NOTICES for ${product}`,
    '',
    'The files in dist/ contain code of the packages below, bundled by esbuild when ssm-assoc',
    'was built. This list is generated at build time from what the bundles contain.',
    '',
    '== Packages ==',
    '',
  ];
  for (const p of packages) {
    out.push(`${p.name} ${p.version} (${p.licence})`);
    for (const line of p.copyrights) out.push(`  ${line}`);
    if (p.text === '') out.push(`  (no licence file in the package; its package.json names ${p.licence})`);
    else if (p.copyrights.length === 0) out.push('  (no copyright line in its licence files)');
    out.push('');
  }
  out.push('== Licence texts ==', '');
  for (const group of texts.values()) {
    out.push(`---- ${group.licence}, the licence of: ${group.names.join(', ')}`, '', group.text, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
