/**
 * A project is a folder: `--root <dir>` or the folder a command runs in, and the project's
 * own fonts and pictograms add to drukklaar's and replace them by file name.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, MM, pdfFonts, pdfPages, repoRoot, runCli, tempDir } from './helpers.js';

/** A fresh `drukklaar init` project in a temporary folder. */
async function initProject(): Promise<string> {
  const root = resolve(tempDir(), 'school');
  const made = await runCli(['init', root], tempDir());
  expect(made.code, made.stderr).toBe(0);
  return root;
}

describe('--root and the current folder', () => {
  it('works on the project named by --root from anywhere, and on the project a subfolder belongs to', async () => {
    const root = await initProject();
    const elsewhere = tempDir();
    const check = await runCli(['check', '--root', root], elsewhere);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toMatch(/checked 4 documents, 1 brand,/);
    const list = await runCli(['--root=' + root, 'list', 'documents'], elsewhere);
    expect(list.stdout).toMatch(/welkom\s+tips/);
    // In content/tips of the project, without --root: the folder with drukklaar.yml above.
    const inside = await runCli(['list', 'brands'], resolve(root, 'content/tips'));
    expect(inside.stdout).toContain('mijn-school');
    // Not a project, no --root: nothing to list.
    const none = await runCli(['list', 'documents', '--json'], elsewhere);
    expect(JSON.parse(none.stdout)).toEqual({ documents: [] });
  });

  it('builds into the project given by --root, a typed path taken from where the command runs', async () => {
    const root = await initProject();
    const elsewhere = tempDir();
    const r = await runCli(['build', '--root', root, '--format', 'short', resolve(root, 'content/tips/welkom.nl.md')], elsewhere);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(resolve(root, 'output/mijn-school/nl/welkom.pdf'))).toBe(true);
    expect(existsSync(resolve(elsewhere, 'output'))).toBe(false);
    const missing = await runCli(['check', '--root'], elsewhere);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('`--root` needs a folder');
  });

  it('refuses to build or check a folder that is no project, and writes nothing there', async () => {
    const stray = tempDir();
    const build = await runCli(['build'], stray);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(`${stray} is not a drukklaar project: it has no drukklaar.yml and no content/ folder`);
    expect(build.stderr).toContain('`npx drukklaar init`');
    expect(readdirSync(stray)).toEqual([]); // no empty output/ or .cache/ left behind
    // A mistyped --root is named as given.
    const check = await runCli(['check', '--root', resolve(stray, 'materialen')], tempDir());
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`${resolve(stray, 'materialen')} is not a drukklaar project`);
  });

  it('says --root under every usage text', async () => {
    const r = await runCli(['check', '--help'], tempDir());
    expect(r.stdout).toContain('--root <dir>');
  });
});

describe("a project's own assets/fonts and assets/icons", () => {
  it('add pictograms to the bundled ones, and a pictogram of the same name replaces the bundled one', async () => {
    const root = await initProject();
    const sheet = resolve(root, 'content/tips/welkom.nl.md');
    writeFileSync(sheet, readFileSync(sheet, 'utf8').replace('icon=kalender', 'icon=onze-poort'));
    mkdirSync(resolve(root, 'assets/icons'), { recursive: true });
    copyFileSync(resolve(repoRoot, 'assets/icons/huis.svg'), resolve(root, 'assets/icons/onze-poort.svg'));
    const ok = await runCli(['check', '--format', 'short'], root);
    expect(ok.code, ok.stderr).toBe(0);
    // praten (bundled) is still found; a broken praten.svg of the project is the one read.
    writeFileSync(resolve(root, 'assets/icons/praten.svg'), 'not a pictogram');
    const broken = await runCli(['check', '--format', 'short'], root);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('assets/icons/praten.svg');
    expect(broken.stderr).not.toMatch(/onze-poort|vraag/);
  });

  it('print with a font of the project that has the name of a bundled one, also after another project rendered in the same thread', async () => {
    const plain = await initProject();
    const root = await initProject();
    mkdirSync(resolve(root, 'assets/fonts'), { recursive: true });
    // The project's "regular" Noto Sans is the bold face: every text prints bold. All three
    // builds render in this thread (one output: no workers), which keeps one react-pdf font
    // registry (src/render/fonts.ts).
    copyFileSync(resolve(repoRoot, 'assets/fonts/NotoSans-Bold.ttf'), resolve(root, 'assets/fonts/NotoSans-Regular.ttf'));
    const fontsOf = async (project: string) => {
      const r = await runCli(['build', 'welkom', '--no-catalogue', '--format', 'short'], project);
      expect(r.code, r.stderr).toBe(0);
      return (await pdfFonts(resolve(project, 'output/mijn-school/nl/welkom.pdf'))).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    };
    expect(await fontsOf(plain)).toContain('NotoSans-Regular');
    const own = await fontsOf(root);
    expect(own).toContain('NotoSans-Bold');
    expect(own).not.toContain('NotoSans-Regular');
    expect(await fontsOf(plain)).toContain('NotoSans-Regular');
  });
});

describe("a project's own content/languages", () => {
  const somali = readFileSync(resolve(repoRoot, 'content/languages/en.yml'), 'utf8').replace(/^name: .*$/m, 'name: "Soomaali"').replace(/^nameNl: .*$/m, 'nameNl: "Somalisch"');

  it("adds a language to drukklaar's and keeps the others: Dutch documents still build, and the new language translates", async () => {
    const root = await initProject();
    mkdirSync(resolve(root, 'content/languages'));
    writeFileSync(resolve(root, 'content/languages/so.yml'), somali);
    // The project's folder used to replace drukklaar's: Dutch was gone and every document
    // said `content/languages/nl.yml` did not exist.
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code, check.stderr).toBe(0);
    const list = await runCli(['list', 'languages'], root);
    expect(list.stdout).toMatch(/\bso\b.*Soomaali/);
    expect(list.stdout).toMatch(/\bnl\b/);
    expect(list.stdout).toMatch(/\bar\b/);
    const translate = await runCli(['translate', 'welkom', '--lang', 'so'], root);
    expect(translate.code, translate.stderr).toBe(0);
    expect(existsSync(resolve(root, 'content/tips/welkom.so.md'))).toBe(true);
  });

  it('a language file with errors stops only its own language, and says so where it is asked for', async () => {
    const root = await initProject();
    mkdirSync(resolve(root, 'content/languages'));
    writeFileSync(resolve(root, 'content/languages/he.yml'), somali.replace(/^script: .*$/m, 'script: "hebrew"'));
    const check = await runCli(['check', '--format', 'short'], root);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/content\/languages\/he\.yml:4:9: .*`script`/);
    expect(check.stderr).not.toMatch(/nl\.yml/);
    expect(check.stderr.match(/: error:/g)).toHaveLength(1);
    const translate = await runCli(['translate', 'welkom', '--lang', 'he', '--format', 'short'], root);
    expect(translate.code).toBe(1);
    expect(translate.stderr).toContain('language `he` cannot be used: content/languages/he.yml has errors');
    expect(translate.stderr).toMatch(/he\.yml:4:9: .*`script`/);
    expect(translate.stderr).not.toContain('has no file');
  });
});

describe("hints in a project of one's own", () => {
  it('name the translate command as the project runs it (npx drukklaar), not the repository script', async () => {
    const root = await initProject();
    const tip = (id: string) => `## Conseil ${id} {#${id}}\n\nTexte ${id}.\n`;
    writeFileSync(
      resolve(root, 'content/tips/welkom.fr.md'),
      `---\nkind: tips\ntitle: Bienvenue\nlang: fr\nstatus: draft\n---\n\nIntroduction.\n\n${['aanspreken', 'op-de-hoogte', 'vragen'].map(tip).join('\n')}`,
    );
    // No `source:` hashes: the hint says how to record them.
    const origin = await runCli(['check'], root);
    expect(origin.code, origin.stderr).toBe(0);
    expect(origin.stderr).toContain('[TranslationOriginUnknown]');
    expect(origin.stderr).toContain('then run `npx drukklaar translate --mark-current <file>`');
    // The command the hint gives works here (`npm run drukklaar` has no script in such a project).
    const marked = await runCli(['translate', '--mark-current', 'content/tips/welkom.fr.md'], root);
    expect(marked.code, marked.stderr).toBe(0);
    // The Dutch text changes: the stale warning's hint gives the same command.
    const dutch = resolve(root, 'content/tips/welkom.nl.md');
    writeFileSync(dutch, readFileSync(dutch, 'utf8').replace('Zeg gerust goeiedag', 'Zeg gerust goedemorgen'));
    const stale = await runCli(['check'], root);
    expect(stale.stderr).toContain('[TranslationStale]');
    expect(stale.stderr).toContain('then run `npx drukklaar translate --mark-current <file>`');
    expect(stale.stderr).not.toContain('npm run');
  });

  it("the catalogue of a project without documents says how to fill it, with the project's command", async () => {
    const root = makeProject({}, { brands: ['ouderplatform'] });
    const r = await runCli(['build'], root);
    expect(r.code, r.stderr).toBe(0);
    const page = readFileSync(resolve(root, 'output/index.html'), 'utf8');
    expect(page).toContain("Nog geen materialen: zet documenten in content/ en maak de PDF's (npx drukklaar build).");
  });

  it("prints a tip sheet on the brand's paper, unless the sheet names its own", async () => {
    const root = await initProject();
    const brand = resolve(root, 'content/brands/mijn-school/brand.yml');
    writeFileSync(brand, readFileSync(brand, 'utf8').replace(/^paper: a4\b/m, 'paper: a5'));
    const size = async () => {
      const r = await runCli(['build', '--doc', 'welkom', '--no-catalogue'], root);
      expect(r.code, r.stderr).toBe(0);
      const [page] = await pdfPages(resolve(root, 'output/mijn-school/nl/welkom.pdf'));
      return `${Math.round(page!.width / MM)} x ${Math.round(page!.height / MM)} mm`;
    };
    // brand.yml's `paper` was read and never used: every sheet printed on A4.
    expect(await size()).toBe('148 x 210 mm');
    const sheet = resolve(root, 'content/tips/welkom.nl.md');
    writeFileSync(sheet, readFileSync(sheet, 'utf8').replace('lang: nl\n', 'lang: nl\npaper: a4\n'));
    expect(await size()).toBe('210 x 297 mm');
  });
});
