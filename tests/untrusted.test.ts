/**
 * Content is untrusted: one test per rule of README's "What content can and cannot do".
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../src/source/front-matter.js';
import { makeProject, pdfText, runCli, squash, tempDir } from './helpers.js';

const doc = (body = '- Wat doe je thuis?') => `---
kind: checklist
title: Proef
lang: nl
attribution: "Model: Samaey & Vettenburg"
---
## Gedragsdimensie
### Ouderbril
${body}
### Schoolbril
- Wat doen wij?
`;

const brandYml = (logo: string) => `name: "Proefschool"
logo: ${logo}
colors:
  primary: "#1d4e89"
  accent: "#f4a259"
`;

/** A project with one document and one brand whose logo line is given. */
function withLogo(logo: string, files: Record<string, string | Uint8Array> = {}): string {
  return makeProject({ 'content/x/proef.nl.md': doc(), 'content/brands/proef/brand.yml': brandYml(logo), ...files }, { brands: [] });
}

async function checkShort(root: string) {
  return runCli(['check', '--format', 'short'], root);
}

describe('front matter and Markdown cannot run code', () => {
  it.each(['js', 'javascript', 'coffee'])('refuses ---%s front matter without running it', async (lang) => {
    const marker = resolve(tempDir(), 'pwned');
    const root = makeProject({ 'content/x/a.nl.md': `---${lang}\n{ kind: require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }\n---\n` }, { brands: ['ouderplatform'] });
    const r = await checkShort(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`content/x/a.nl.md:1:1: error: front matter in \`${lang}\` is refused`);
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses YAML tags where they are written, in front matter and brand.yml, and never builds from them', async () => {
    const text = doc().replace('lang: nl', 'lang: nl\nsubtitle: &s !!js/function "function () { return 1 }"');
    const r = parseFrontMatter('a.nl.md', text);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.span?.start])).toEqual([['YamlTag', { line: 5, column: 14 }]]);

    const root = makeProject(
      { 'content/x/a.nl.md': doc().replace('title: Proef', 'title: !custom Proef'), 'content/brands/proef/brand.yml': brandYml('logo.svg').replace('name: "Proefschool"', 'name: !!binary UHJvZWY=') },
      { brands: ['ouderplatform'] },
    );
    const check = await checkShort(root);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('content/x/a.nl.md:3:8: error: the YAML tag `!custom` is refused: only plain text, numbers, yes/no, lists and fields are data');
    expect(check.stderr).toContain('content/brands/proef/brand.yml:1:7: error: the YAML tag `!!binary` is refused');
    const built = await runCli(['build', '--no-catalogue'], root);
    expect(built.code).toBe(1);
    expect(existsSync(resolve(root, 'output/ouderplatform/nl/a.pdf'))).toBe(false);
  });

  it('prints raw HTML as text and never interprets it', async () => {
    // The HTML block in the dimension's explanation: under `### Ouderbril` only questions print (an error there).
    const html = doc('- Lees <script>alert(1)</script> samen').replace('## Gedragsdimensie\n', '## Gedragsdimensie\n\n<img src="x.png" onerror="alert(2)">\n\n');
    const root = makeProject({ 'content/x/a.nl.md': html }, { brands: ['ouderplatform'] });
    const r = await runCli(['build', '--no-catalogue', '--variant', 'both', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: HTML in Markdown is not interpreted');
    const { text } = await pdfText(resolve(root, 'output/ouderplatform/nl/a.pdf'));
    expect(squash(text)).toContain('<script>alert(1)</script>');
    expect(squash(text)).toContain('<img src="x.png" onerror="alert(2)">');
  });
});

describe('files only from inside content/ and assets/', () => {
  it('refuses an absolute path', async () => {
    const r = await checkShort(withLogo('/etc/passwd'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/brands/proef/brand.yml:2:7: error: `/etc/passwd` points outside content/ and assets/');
  });

  it('refuses a ../ escape', async () => {
    const r = await checkShort(withLogo('../../../package.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('`../../../package.json` points outside content/ and assets/');
  });

  it('refuses a symbolic link that leaves the tree', async () => {
    const outside = resolve(tempDir(), 'outside.png');
    await sharp({ create: { width: 400, height: 400, channels: 3, background: '#ff0000' } }).png().toFile(outside);
    const root = withLogo('logo.png');
    symlinkSync(outside, resolve(root, 'content/brands/proef/logo.png'));
    const r = await checkShort(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('`logo.png` points outside content/ and assets/');
  });

  it('refuses a document that is a symbolic link out of the project, and follows one that stays inside', async () => {
    const outside = tempDir();
    writeFileSync(resolve(outside, 'buiten.nl.md'), doc());
    mkdirSync(resolve(outside, 'map'));
    writeFileSync(resolve(outside, 'map/ook-buiten.nl.md'), doc());
    const root = makeProject({ 'gedeeld/echt.nl.md': doc('- Gedeelde vraag?') }, { brands: ['ouderplatform'] });
    mkdirSync(resolve(root, 'content/x'), { recursive: true });
    symlinkSync(resolve(outside, 'buiten.nl.md'), resolve(root, 'content/x/buiten.nl.md'));
    symlinkSync(resolve(outside, 'map'), resolve(root, 'content/map'));
    symlinkSync('../../gedeeld/echt.nl.md', resolve(root, 'content/x/binnen.nl.md'));
    const r = await checkShort(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`content/x/buiten.nl.md: error: \`content/x/buiten.nl.md\` is a symbolic link that points outside the project (to ${outside}/buiten.nl.md); it is not read`);
    expect(r.stderr).toContain(`content/map: error: \`content/map\` is a symbolic link that points outside the project (to ${outside}/map)`);
    expect(r.stderr).not.toContain('binnen');
    const b = await runCli(['build', '--no-catalogue', '--variant', 'both', '--format', 'short'], root);
    expect(b.code).toBe(1);
    expect(existsSync(resolve(root, 'output/ouderplatform/nl/buiten.pdf'))).toBe(false);
    expect(existsSync(resolve(root, 'output/ouderplatform/nl/ook-buiten.pdf'))).toBe(false);
    expect(squash((await pdfText(resolve(root, 'output/ouderplatform/nl/binnen.pdf'))).text)).toContain('Gedeelde vraag?');
  });

  it('refuses an image in Markdown that leaves the tree', async () => {
    const root = makeProject({ 'content/x/a.nl.md': doc('- Kijk ![kaart](../../../../etc/hosts.png)') }, { brands: ['ouderplatform'] });
    const r = await checkShort(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/content\/x\/a\.nl\.md:9:\d+: error: `\.\.\/\.\.\/\.\.\/\.\.\/etc\/hosts\.png` points outside/);
  });
});

describe('no network during a build', () => {
  it('refuses a remote logo', async () => {
    const r = await checkShort(withLogo('https://example.org/logo.png'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('`https://example.org/logo.png` is a web address: a build reaches the network only for hosts the project allows');
    expect(r.stderr).toContain('allow the host `example.org` in drukklaar.yml');
  });

  it('refuses a remote image in Markdown', async () => {
    const root = makeProject({ 'content/x/a.nl.md': doc('- Kijk ![kaart](http://example.org/x.png)') }, { brands: ['ouderplatform'] });
    const r = await checkShort(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('`http://example.org/x.png` is a web address');
  });
});

describe('remote images from allowed hosts', () => {
  it('fetches a logo only from a host drukklaar.yml allows', async () => {
    const png = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#7b2150' } }).png().toBuffer();
    let requests = 0;
    const server = createServer((req, res) => {
      requests++;
      if (req.url === '/logo.png') res.writeHead(200, { 'content-type': 'image/png' }).end(png);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const refused = await checkShort(withLogo(`http://${host}/logo.png`));
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`allow the host \`${host}\` in drukklaar.yml`);
      expect(requests).toBe(0);

      const root = withLogo(`http://${host}/logo.png`, { 'drukklaar.yml': `remoteImages:\n  allow: ["${host}"]\n` });
      const built = await runCli(['build', '--no-catalogue', '--variant', 'both', '--format', 'short'], root);
      expect(built.code, built.stderr).toBe(0);
      expect(requests).toBe(1);
      expect(existsSync(resolve(root, 'output/proef/nl/proef.pdf'))).toBe(true);

      const missing = await checkShort(withLogo(`http://${host}/nope.png`, { 'drukklaar.yml': `remoteImages:\n  allow: ["${host}"]\n` }));
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain(`failed to fetch \`http://${host}/nope.png\` (HTTP 404)`);
    } finally {
      server.close();
    }
  });
});

describe('unsafe images', () => {
  const svg = (inner: string, head = '') => `${head}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}<rect width="10" height="10"/></svg>`;
  it.each([
    ['a script', svg('<script>alert(1)</script>'), 'it contains a script'],
    ['an event handler', svg('<rect onload="alert(1)" width="1" height="1"/>'), 'event handler'],
    ['an external reference', svg('<image href="https://example.org/x.png"/>'), 'external resource'],
    ['entities', svg('', '<!DOCTYPE svg [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'), 'DOCTYPE or entities'],
  ])('refuses an SVG with %s', async (_what, content, message) => {
    const r = await checkShort(withLogo('logo.svg', { 'content/brands/proef/logo.svg': content }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('`content/brands/proef/logo.svg` is refused: ');
    expect(r.stderr).toContain(message);
  });

  it('refuses a raster image with too many pixels (decompression bomb)', async () => {
    const png = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#ffffff' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(png.length).toBeLessThan(1_000_000);
    const r = await checkShort(withLogo('logo.png', { 'content/brands/proef/logo.png': png }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is refused: it has more than 40 million pixels');
  });

  it('refuses an image file that is too large', async () => {
    const big = Buffer.alloc(11_000_000, 1);
    const r = await checkShort(withLogo('logo.png', { 'content/brands/proef/logo.png': big }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is refused: it is 11.0 MB');
  });

  it('warns about a raster logo below 300 dpi and still builds', async () => {
    const small = await sharp({ create: { width: 120, height: 60, channels: 3, background: '#1d4e89' } }).png().toBuffer();
    const root = withLogo('logo.png', { 'content/brands/proef/logo.png': small });
    const r = await runCli(['build', '--no-catalogue', '--variant', 'both', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: the logo `content\/brands\/proef\/logo\.png` prints at 95 dpi/);
    expect(existsSync(resolve(root, 'output/proef/nl/proef.pdf'))).toBe(true);
  });
});

describe('a brand that fails', () => {
  it('does not stop the other brands', async () => {
    const root = makeProject({ 'content/x/proef.nl.md': doc(), 'content/brands/kapot/brand.yml': brandYml('missing.svg') }, { brands: ['ouderplatform'] });
    const r = await runCli(['build', '--no-catalogue', '--variant', 'both', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/brands/kapot/brand.yml:2:7: error: the logo `missing.svg` does not exist');
    expect(existsSync(resolve(root, 'output/ouderplatform/nl/proef.pdf'))).toBe(true);
  });
});
