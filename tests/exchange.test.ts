/**
 * Exchange formats for translators: `export` writes XLIFF 2.0 and PO, `import` writes the
 * translations back into the Markdown. A round trip without edits changes no byte; one edited
 * unit changes exactly its line and reaches the PDF; final marks review; stale and malformed
 * files are refused with their place.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, pdfText, runCli, squash } from './helpers.js';
import { changedLines, contentSnapshot, read } from './text-files.js';

const BRAND = 'basisschool-de-vlieger';

const dutch = `---
kind: tips
title: Samen thuis
lang: nl
---

Een korte **inleiding** met een [link](https://example.org/ouders).

## Lees samen {#lezen icon=boek}

Lees *elke dag* samen.

Ook in je eigen taal.

## Praat samen {#praten icon=praten}

Praat elke dag met je kind.
`;

const french = `---
kind: tips
title: "Ensemble à la maison"
lang: fr
status: draft
---

Une courte **introduction** avec un [lien](https://example.org/ouders).

## Lisez ensemble {#lezen}

Lisez ensemble *chaque jour*.

Aussi dans votre langue.

## Parlez ensemble {#praten}

Parlez avec votre enfant chaque jour.
`;

/** A project with the two files above, the French one marked as made from the current Dutch. */
async function project(): Promise<string> {
  const root = makeProject({ 'content/tips/thuis.nl.md': dutch, 'content/tips/thuis.fr.md': french }, { brands: [BRAND] });
  expect((await runCli(['translate', '--mark-current', 'content/tips/thuis.fr.md'], root)).code).toBe(0);
  return root;
}


describe('export and import', () => {
  it('leaves the sample tip translations byte-identical after a round trip without edits', async () => {
    const root = makeProject({}, { brands: [BRAND], sampleFolders: ['tips'] });
    const before = contentSnapshot(root);
    for (const lang of ['ar', 'fr', 'ti', 'uk']) {
      for (const format of ['xliff', 'po']) {
        const file = `${lang}.${format === 'po' ? 'po' : 'xlf'}`;
        const e = await runCli(['export', '--lang', lang, '--format', format, '--out', file], root);
        expect(e.code, e.stderr).toBe(0);
        expect(e.stdout).toMatch(/units of 4 documents/); // three tip sheets and the language file
        const i = await runCli(['import', file], root);
        expect(i.code, i.stderr).toBe(0);
        expect(i.stdout).toContain('nothing changed');
      }
    }
    expect(contentSnapshot(root)).toEqual(before);
  });

  it('exports units with ids, Dutch text, translation, state and context; Markdown as placeholders in XLIFF and verbatim in PO', async () => {
    const root = await project();
    const x = await runCli(['export', '--lang', 'fr', '--format', 'xliff'], root);
    expect(x.code, x.stderr).toBe(0);
    expect(x.stdout).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="fr">');
    expect(x.stdout).toContain('<file id="f1" original="content/tips/thuis.nl.md">');
    expect(x.stdout).toMatch(/<unit id="lezen.body">[\s\S]*?<note category="context">tip 1 of 2 \(id lezen\)[\s\S]*?<segment state="translated">\s*<source>Lees <ph id="1" dataRef="d1" disp="\*"\/>elke dag<ph id="2" dataRef="d1" disp="\*"\/> samen.<ph id="3" dataRef="d2" disp="¶"\/>Ook in je eigen taal.<\/source>/);
    expect(x.stdout).toMatch(/<data id="d\d">\]\(https:\/\/example.org\/ouders\)<\/data>/);
    const p = await runCli(['export', '--lang', 'fr', '--format', 'po', '--doc', 'thuis'], root);
    expect(p.code, p.stderr).toBe(0);
    expect(p.stdout).toContain('msgctxt "content/tips/thuis.nl.md#intro"\nmsgid "Een korte **inleiding** met een [link](https://example.org/ouders)."');
    expect(p.stdout).toContain('"Language: fr\\n"');
    expect(p.stdout).toContain('#. state: draft');
  });

  it('imports one edited unit from XLIFF and from PO: exactly that line changes, and the PDF prints it', async () => {
    const root = await project();
    await runCli(['export', '--lang', 'fr', '--format', 'xliff', '--out', 'fr.xlf'], root);
    const xlf = read(root, 'fr.xlf');
    writeFileSync(resolve(root, 'fr.xlf'), xlf.replace('<target>Parlez ensemble</target>', '<target>Parlez <ph id="9" dataRef="x" disp="**"/>beaucoup<ph id="10" dataRef="x" disp="**"/> ensemble</target>').replace('<unit id="praten.heading">', '<unit id="praten.heading">\n      <originalData><data id="x">**</data></originalData>'));
    const before = read(root, 'content/tips/thuis.fr.md');
    const i = await runCli(['import', 'fr.xlf'], root);
    expect(i.code, i.stderr).toBe(0);
    expect(i.stdout).toContain('content/tips/thuis.fr.md: 1 unit updated, status draft');
    const afterXliff = read(root, 'content/tips/thuis.fr.md');
    expect(changedLines(before, afterXliff)).toEqual(['-## Parlez ensemble {#praten}', '+## Parlez **beaucoup** ensemble {#praten}']);

    await runCli(['export', '--lang', 'fr', '--format', 'po', '--out', 'fr.po'], root);
    writeFileSync(resolve(root, 'fr.po'), read(root, 'fr.po').replace('msgstr "Parlez avec votre enfant chaque jour."', 'msgstr "Parlez avec votre enfant après l’école."'));
    expect((await runCli(['import', 'fr.po'], root)).code).toBe(0);
    expect(changedLines(afterXliff, read(root, 'content/tips/thuis.fr.md'))).toEqual(['-Parlez avec votre enfant chaque jour.', '+Parlez avec votre enfant après l’école.']);

    expect((await runCli(['status', '--json'], root)).stdout).toMatch(/"state": "draft"/);
    const b = await runCli(['build', '--no-catalogue', '--doc', 'thuis', '--lang', 'fr', '--brand', BRAND, '--format', 'short'], root);
    expect(b.code, b.stderr).toBe(0);
    const text = squash((await pdfText(resolve(root, `output/${BRAND}/fr/thuis.pdf`))).text);
    expect(text).toContain('Parlez beaucoup ensemble');
    expect(text).toContain('Parlez avec votre enfant après l’école.');
  }, 60_000);
});

describe('import decisions', () => {
  it('writing every unit of a sample translation back with its own text changes no byte', async () => {
    const { tipsKind } = await import('../src/kinds/tips/index.js');
    const { runDocumentSteps } = await import('../src/pipeline/document-steps.js');
    const dir = resolve(import.meta.dirname, '../content/tips');
    const model = (name: string) => {
      const r = runDocumentSteps({ path: `content/tips/${name}`, bytes: readFileSync(resolve(dir, name)) });
      return { model: r.doc!.model as never, text: r.text! };
    };
    const units = tipsKind.translation!.units!;
    const files = readdirSync(dir).filter((f) => !f.endsWith('.nl.md'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const tr = model(f);
      const src = model(f.replace(/\.[a-z]+\.md$/, '.nl.md'));
      const all = new Map(units.list(tr.model, tr.text).map((u) => [u.id, u.text]));
      expect(units.write(tr.text, tr.model, src.model, all), f).toBe(tr.text);
    }
  });

  it('marks a translation reviewed only when the file marks every unit final (XLIFF final; PO header and no fuzzy)', async () => {
    const root = await project();
    await runCli(['export', '--lang', 'fr', '--format', 'xliff', '--out', 'fr.xlf'], root);
    const xlf = read(root, 'fr.xlf');
    writeFileSync(resolve(root, 'some.xlf'), xlf.replace('state="translated"', 'state="final"'));
    expect((await runCli(['import', 'some.xlf'], root)).stdout).toContain('nothing changed');
    writeFileSync(resolve(root, 'all.xlf'), xlf.replaceAll('state="translated"', 'state="final"'));
    const all = await runCli(['import', 'all.xlf'], root);
    expect(all.stdout).toContain('thuis.fr.md: 0 units updated, status reviewed');
    expect(read(root, 'content/tips/thuis.fr.md')).toMatch(/^status: "reviewed"$/m);
    // The PO export of a reviewed translation says so in its header; a draft again without it.
    await runCli(['export', '--lang', 'fr', '--format', 'po', '--out', 'fr.po'], root);
    const po = read(root, 'fr.po');
    expect(po).toContain('"X-Drukklaar-Final: yes\\n"');
    writeFileSync(resolve(root, 'fr.po'), po.replace('X-Drukklaar-Final: yes', 'X-Drukklaar-Final: no').replace('msgstr "Parlez ensemble"', 'msgstr "Parlons ensemble"'));
    expect((await runCli(['import', 'fr.po'], root)).stdout).toContain('1 unit updated, status draft');
    expect(read(root, 'content/tips/thuis.fr.md')).toMatch(/^status: "draft"$/m);
  });

  it('refuses units whose Dutch text changed since export, unless --force; records the new hashes', async () => {
    const root = await project();
    await runCli(['export', '--lang', 'fr', '--format', 'po', '--out', 'fr.po'], root);
    writeFileSync(resolve(root, 'content/tips/thuis.nl.md'), dutch.replace('Praat elke dag met je kind.', 'Praat elke avond met je kind.'));
    writeFileSync(resolve(root, 'fr.po'), read(root, 'fr.po').replace('msgstr "Parlez ensemble"', 'msgstr "Parlons ensemble"'));
    const before = read(root, 'content/tips/thuis.fr.md');
    const r = await runCli(['import', 'fr.po', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^fr\.po:\d+:1: error: the Dutch text of `praten.body` in content\/tips\/thuis.nl.md changed since the file was exported/m);
    expect(read(root, 'content/tips/thuis.fr.md')).toBe(before);
    // Exported again, the changed tip is stale (fuzzy); confirming it records the current hashes.
    await runCli(['export', '--lang', 'fr', '--format', 'po', '--out', 'fr2.po'], root);
    const po = read(root, 'fr2.po');
    expect(po).toMatch(/#, fuzzy\nmsgctxt "content\/tips\/thuis.nl.md#praten.body"/);
    expect((await runCli(['import', 'fr2.po'], root)).stdout).toContain('nothing changed');
    expect((await runCli(['status', '--json'], root)).stdout).toMatch(/"state": "stale"/);
    writeFileSync(resolve(root, 'fr2.po'), po.replaceAll('#, fuzzy\n', ''));
    expect((await runCli(['import', 'fr2.po'], root)).stdout).toContain('thuis.fr.md: 0 units updated, status draft');
    expect((await runCli(['status', '--json'], root)).stdout).toMatch(/"state": "draft"/);
    // Forced, the old file is imported against the new Dutch text.
    const forced = await runCli(['import', 'fr.po', '--force'], root);
    expect(forced.code).toBe(0);
    expect(read(root, 'content/tips/thuis.fr.md')).toContain('## Parlons ensemble {#praten}');
  });

  it('refuses a translated text that would add a tip (a heading in the introduction), naming its unit; nothing is written', async () => {
    const root = await project();
    await runCli(['export', '--lang', 'fr', '--format', 'po', '--out', 'fr.po'], root);
    const po = read(root, 'fr.po');
    expect(po).toContain('"Une courte **introduction**');
    writeFileSync(resolve(root, 'fr.po'), po.replace('"Une courte **introduction**', '"Une courte **introduction**.\\n\\n## Encore un conseil {#extra}\\n\\nEt'));
    const before = read(root, 'content/tips/thuis.fr.md');
    const r = await runCli(['import', 'fr.po', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^fr\.po:\d+:1: error: `intro` in content\/tips\/thuis\.fr\.md would not be valid: tip `extra` is not in the Dutch source; nothing was imported/m);
    expect(read(root, 'content/tips/thuis.fr.md')).toBe(before);
  });

  it('exchanges the fixed words of the language file, placeholders kept', async () => {
    const root = await project();
    const x = await runCli(['export', '--lang', 'fr', '--format', 'xliff'], root);
    expect(x.stdout).toMatch(/<file id="f2" original="content\/languages\/nl.yml">[\s\S]*<unit id="strings.page">[\s\S]*<source>Pagina <ph id="1" dataRef="d1" disp="\{page\}"\/> van <ph id="2" dataRef="d2" disp="\{pages\}"\/><\/source>/);
    await runCli(['export', '--lang', 'fr', '--format', 'po', '--out', 'fr.po'], root);
    const po = read(root, 'fr.po');
    expect(po).toContain('msgctxt "content/languages/nl.yml#strings.draft"\nmsgid "CONCEPT"\nmsgstr "BROUILLON"');
    const before = read(root, 'content/languages/fr.yml');
    writeFileSync(resolve(root, 'fr.po'), po.replace('msgstr "BROUILLON"', 'msgstr "ÉBAUCHE"'));
    expect((await runCli(['import', 'fr.po'], root)).stdout).toContain('content/languages/fr.yml: 1 string updated');
    expect(changedLines(before, read(root, 'content/languages/fr.yml'))).toEqual(['-  draft: "BROUILLON"', '+  draft: "ÉBAUCHE"']);
    writeFileSync(resolve(root, 'bad.po'), po.replace('msgstr "Page {page} sur {pages}"', 'msgstr "Page {page}"'));
    const bad = await runCli(['import', 'bad.po', '--format', 'short'], root);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^bad\.po:\d+:1: error: `strings.page` in content\/languages\/fr.yml would not be valid/m);
  });

  it('creates a missing translation from the skeleton', async () => {
    const root = await project();
    await runCli(['export', '--lang', 'tr', '--format', 'xliff', '--out', 'tr.xlf'], root);
    const xlf = read(root, 'tr.xlf');
    expect(xlf).toMatch(/<segment state="initial">\s*<source>Samen thuis<\/source>\s*<\/segment>/);
    writeFileSync(resolve(root, 'tr.xlf'), xlf.replace(/(<source>Samen thuis<\/source>)/, '$1<target>Evde birlikte</target>'));
    const r = await runCli(['import', 'tr.xlf'], root);
    expect(r.stdout).toContain('content/tips/thuis.tr.md: 1 unit updated, new file, status draft');
    const tr = read(root, 'content/tips/thuis.tr.md');
    expect(tr).toMatch(/^title: "Evde birlikte"$/m);
    expect(tr).toContain('<!-- nl: Lees samen -->');
  });

  it('refuses malformed files with file, line and column', async () => {
    const root = await project();
    writeFileSync(resolve(root, 'bad.xlf'), '<?xml version="1.0"?>\n<xliff version="2.0" trgLang="fr">\n  <file original="content/tips/thuis.nl.md">\n    <unit id="title"></file>\n</xliff>\n');
    const x = await runCli(['import', 'bad.xlf', '--format', 'short'], root);
    expect(x.code).toBe(1);
    expect(x.stderr).toMatch(/^bad\.xlf:4:\d+: error: not well-formed XML: Expected closing tag 'unit'/m);
    writeFileSync(resolve(root, 'bad.po'), 'msgid ""\nmsgstr "Language: fr\\n"\n\nmsgctxt "content/tips/thuis.nl.md#title"\nmsgid "Samen thuis"\nmsgstr "Ensemble "chez nous"\n');
    const p = await runCli(['import', 'bad.po', '--format', 'short'], root);
    expect(p.code).toBe(1);
    expect(p.stderr).toMatch(/^bad\.po:6:1: error: Invalid key name/m);
    const before = read(root, 'content/tips/thuis.fr.md');
    await runCli(['export', '--lang', 'fr', '--format', 'xliff', '--out', 'fr.xlf'], root);
    // Saved as Windows-1252: refused as not UTF-8 at the first such byte, not as "the Dutch text changed".
    await runCli(['export', '--lang', 'fr', '--format', 'po', '--out', 'fr.po'], root);
    writeFileSync(resolve(root, 'latin.po'), Buffer.from(read(root, 'fr.po'), 'latin1'));
    const latin = await runCli(['import', 'latin.po', '--format', 'short'], root);
    expect(latin.code).toBe(1);
    const line = read(root, 'fr.po').split('\n').findIndex((l) => /[^\x00-\x7f]/.test(l)) + 1;
    expect(latin.stderr).toMatch(new RegExp(`^latin\\.po:${line}:\\d+: error: byte 0x[0-9A-F]{2} is not UTF-8`, 'm'));
    // A unit twice (two translators' files merged): the last one silently won.
    const title = /msgctxt "content\/tips\/thuis\.nl\.md#title"\nmsgid "Samen thuis"\nmsgstr "[^"]*"\n/.exec(read(root, 'fr.po'))![0];
    writeFileSync(resolve(root, 'twice.po'), `${read(root, 'fr.po')}\n${title.replace(/msgstr "[^"]*"/, 'msgstr "Chez nous"')}`);
    const twicePo = await runCli(['import', 'twice.po', '--format', 'short'], root);
    expect(twicePo.code).toBe(1);
    expect(twicePo.stderr).toMatch(/^twice\.po:\d+:1: error: the entry "content\/tips\/thuis\.nl\.md#title" is in the file twice \(also on line \d+\)/m);
    const titleUnit = /<unit id="title">[\s\S]*?<\/unit>/.exec(read(root, 'fr.xlf'))![0];
    writeFileSync(resolve(root, 'twice.xlf'), read(root, 'fr.xlf').replace(titleUnit, `${titleUnit}\n${titleUnit.replace(/<target>[^<]*<\/target>/, '<target>Chez nous</target>')}`));
    const twiceXlf = await runCli(['import', 'twice.xlf', '--format', 'short'], root);
    expect(twiceXlf.code).toBe(1);
    const [first, second] = read(root, 'twice.xlf').split('\n').flatMap((l, i) => (l.includes('<unit id="title">') ? [i + 1] : []));
    expect(twiceXlf.stderr).toContain(`twice.xlf:${second}:1: error: unit \`title\` of content/tips/thuis.nl.md is in the file twice (also on line ${first}) with different translations; nothing was imported`);
    expect(read(root, 'content/tips/thuis.fr.md')).toBe(before);
    writeFileSync(resolve(root, 'v1.xlf'), '<xliff version="1.2"><file original="x"/></xliff>\n');
    expect((await runCli(['import', 'v1.xlf', '--format', 'short'], root)).stderr).toMatch(/^v1\.xlf:1:1: error: expected XLIFF 2\.0, found version `1\.2`/m);
    const help = await runCli(['--help'], root);
    expect(help.stdout).toMatch(/export[\s\S]*import/);
    // Units of different files share ids: a fault is placed in its own file, whatever the attribute order.
    const unit = (state: string) => `    <unit translate="yes" id="title"><segment state="${state}"><source>Samen thuis</source><target>Ensemble</target></segment></unit>`;
    writeFileSync(resolve(root, 'two.xlf'), ['<?xml version="1.0"?>', '<xliff version="2.0" srcLang="nl" trgLang="fr">', '  <file original="content/tips/thuis.nl.md">', unit('final'), '  </file>', '  <file original="content/tips/elders.nl.md">', unit('klaar'), '  </file>', '</xliff>', ''].join('\n'));
    expect((await runCli(['import', 'two.xlf', '--format', 'short'], root)).stderr).toMatch(/^two\.xlf:7:\d+: error: unit `title`: state `klaar` is not one of/m);
  });

  it('refuses an XLIFF with a DOCTYPE at its line: an entity naming a file or growing without end is never expanded, and no translation changes', async () => {
    const root = await project();
    const before = readFileSync(resolve(root, 'content/tips/thuis.fr.md'), 'utf8');
    const entities = '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    writeFileSync(resolve(root, 'xxe.xlf'), `<?xml version="1.0"?>\n${entities}\n<xliff version="2.0" srcLang="nl" trgLang="fr">\n  <file original="content/tips/thuis.nl.md">\n    <unit id="title"><segment state="final"><source>Samen thuis</source><target>&xxe; &c;</target></segment></unit>\n  </file>\n</xliff>\n`);
    const r = await runCli(['import', 'xxe.xlf', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^xxe\.xlf:2:1: error: a DOCTYPE is not read in XLIFF 2\.0/m);
    expect(r.stderr).not.toMatch(/bug in drukklaar|root:/);
    expect(readFileSync(resolve(root, 'content/tips/thuis.fr.md'), 'utf8')).toBe(before);
  });

  it('refuses an entity XML does not define, and an escape PO does not read, at its line and column; &amp; &#x627; and \\n keep working', async () => {
    const root = await project();
    const before = read(root, 'content/tips/thuis.fr.md');
    await runCli(['export', '--lang', 'fr', '--format', 'xliff', '--out', 'fr.xlf'], root);
    await runCli(['export', '--lang', 'fr', '--format', 'po', '--out', 'fr.po'], root);
    const xlf = read(root, 'fr.xlf');
    const titleLine = xlf.split('\n').findIndex((l) => l.includes('<target>Ensemble à la maison</target>')) + 1;
    const titleColumn = (target: string) => xlf.split('\n')[titleLine - 1]!.indexOf('<target>') + '<target>'.length + target.length + 1;
    for (const [name, entity, detail] of [
      ['foo', '&foo;', 'the entity `&foo;` is not defined'],
      ['html', '&eacute;', '`&eacute;` is an HTML name, which XML does not define: write the character itself (é) or &#xE9;'],
      ['nul', '&#0;', 'the character reference `&#0;` names no character XML allows'],
    ]) {
      writeFileSync(resolve(root, `${name}.xlf`), xlf.replace('<target>Ensemble à la maison</target>', `<target>Ensemble ${entity} la maison</target>`));
      const r = await runCli(['import', `${name}.xlf`, '--format', 'short'], root);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${name}.xlf:${titleLine}:${titleColumn('Ensemble ')}: error: ${detail}`);
    }
    expect(read(root, 'content/tips/thuis.fr.md')).toBe(before);
    const poLines = read(root, 'fr.po').split('\n');
    const poLine = poLines.findIndex((l) => l === 'msgstr "Ensemble à la maison"') + 1;
    for (const [escape, detail] of [
      ['\\u00e0', 'the escape `\\u00e0` is not read in PO: a hexadecimal or Unicode escape is not read'],
      ['\\q', 'the escape `\\q` is not read in PO'],
    ]) {
      writeFileSync(resolve(root, 'bad.po'), read(root, 'fr.po').replace('msgstr "Ensemble à la maison"', `msgstr "Ensemble ${escape} la maison"`));
      const r = await runCli(['import', 'bad.po', '--format', 'short'], root);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`bad.po:${poLine}:${'msgstr "Ensemble '.length + 1}: error: ${detail}`);
    }
    expect(read(root, 'content/tips/thuis.fr.md')).toBe(before);
    // What XML and PO define is imported as the character it names.
    // XLIFF's <cp/> carries a character: a control character prints nothing and is refused, where it was dropped.
    writeFileSync(resolve(root, 'cp.xlf'), xlf.replace('<target>Ensemble à la maison</target>', '<target>Ensemble<cp hex="000C"/> à la maison</target>'));
    const cp = await runCli(['import', 'cp.xlf', '--format', 'short'], root);
    expect(cp.stderr).toContain(`cp.xlf:${titleLine}:${titleColumn('Ensemble<cp ')}: error: unit \`title\` holds <cp hex="000C"/>, the control character U+000C, which prints nothing: remove it`);
    writeFileSync(resolve(root, 'ok.xlf'), xlf.replace('<target>Ensemble à la maison</target>', '<target>Ensemble &amp; &#x627;&#1604; la maison <cp hex="20AC"/></target>'));
    const ok = await runCli(['import', 'ok.xlf'], root);
    expect(ok.code, ok.stderr).toBe(0);
    expect(read(root, 'content/tips/thuis.fr.md')).toContain('title: "Ensemble & ال la maison €"');
  });
});
