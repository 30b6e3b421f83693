/**
 * The catalogue page (output/index.html) in real Chromium, driven by playwright-core:
 * Debian's /usr/bin/chromium, installed by `npm test`'s pretest (scripts/ensure-test-tools.sh).
 * Without it the browser tests skip and say why; the other checks still run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kinds } from '../src/kinds/registry.js';
import { runServe } from '../src/cli/serve-command.js';
import { LIVE_RELOAD_PATH } from '../src/catalogue/live-reload.js';
import { contrast } from '../src/catalogue/colours.js';
import { catalogueModel } from '../src/catalogue/model.js';
import { pageStyle } from '../src/catalogue/page-style.js';
import { renderPage } from '../src/catalogue/render-page.js';
import type { ManifestEntry } from '../src/output/manifest.js';
import type { Manifest } from '../src/output/manifest.js';
import { makeProject, repoRoot, runCli } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`catalogue browser tests skipped: ${CHROMIUM} is missing (run \`bash scripts/ensure-test-tools.sh\` as root, or \`sudo apt-get install chromium\`)`);

/** Sample files per kind, only for kinds registered now (others may not exist yet). */
const SAMPLES: Record<string, string[]> = {
  checklist: ['content/checklists/zeven-dimensies.nl.md'],
  tips: ['content/tips/samen-lezen.nl.md', 'content/tips/samen-lezen.ar.md', 'content/tips/samen-lezen.en.md'],
  quickscan: ['content/quickscans/ouders-kort.nl.md'],
};
const BRANDS = ['stad-onderwijs', 'ouderplatform'];

function sampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [kind, paths] of Object.entries(SAMPLES)) {
    if (!kinds[kind]) continue;
    for (const p of paths) if (existsSync(resolve(repoRoot, p))) files[p] = readFileSync(resolve(repoRoot, p), 'utf8');
  }
  return files;
}

const readManifest = (out: string) => JSON.parse(readFileSync(resolve(out, 'manifest.json'), 'utf8')) as Manifest;
const thumbTimes = (out: string) =>
  Object.fromEntries(readdirSync(resolve(out, '.thumbs')).filter((f) => f.endsWith('.jpg')).map((f) => [f, statSync(resolve(out, '.thumbs', f)).mtimeMs]));

let root: string;
let out: string;
let manifest: Manifest;

beforeAll(async () => {
  root = makeProject(sampleFiles(), { brands: BRANDS });
  out = resolve(root, 'output');
  const r = await runCli(['build', '--out', out, '--format', 'short'], root);
  expect(r.stderr).not.toMatch(/CatalogueFailed|ThumbnailFailed|Catalogue not written/);
  expect(r.code, r.stderr).toBe(0);
  manifest = readManifest(out);
});

describe('catalogue model and page (no browser)', () => {
  const entry = (o: Partial<ManifestEntry>): ManifestEntry => ({
    document: 'content/x.md', kind: 'cards', slug: 'x', title: 'X', brand: 'b', lang: 'nl', languages: ['nl'], dir: 'ltr',
    variant: 'default', paper: 'a4', inputs: {}, digest: 'd', pages: 1, bytes: 1000, ms: 1, ...o,
  });
  const model = (outputs: Record<string, ManifestEntry>, duplex?: Map<string, string>) =>
    catalogueModel({ kinds: Object.values(kinds), outputs, thumbs: new Map(), languages: new Map(), brands: new Map(), ...(duplex ? { duplex } : {}) });

  it('gives card decks the duplex edge they were made for, from the manifest or the document', () => {
    const fromManifest = model({ 'b/nl/x.pdf': entry({ duplex: 'short-edge' } as Partial<ManifestEntry>) });
    expect(fromManifest.groups[0]!.advice.join(' ')).toMatch(/omslaan langs de korte kant/);
    expect(fromManifest.groups[0]!.entries[0]!.items[0]!.duplex).toBe('dubbelzijdig, korte kant');
    const fromDocument = model({ 'b/nl/x.pdf': entry({}) }, new Map([['b/nl/x.pdf', 'long-edge']]));
    expect(fromDocument.groups[0]!.advice.join(' ')).toMatch(/lange kant/);
    const unknown = model({ 'b/nl/x.pdf': entry({}) });
    expect(unknown.groups[0]!.advice.join(' ')).toMatch(/dubbelzijdig en kies de kant/);
  });

  it('advises A5 paper and 100 % for every kind', () => {
    const m = model({ 'b/nl/t.pdf': entry({ kind: 'tips', paper: 'a5' }), 'b/nl/c.pdf': entry({ kind: 'checklist' }) });
    for (const g of m.groups) expect(g.advice.join(' ')).toContain('100 %');
    expect(m.groups.find((g) => g.kind === 'tips')!.advice.join(' ')).toMatch(/A5/);
    expect(m.groups.map((g) => g.kind)).toEqual(['checklist', 'tips']);
  });

  it('keeps text readable (WCAG AA) whatever the brand colour, even a light one', () => {
    for (const primary of ['#1d4e89', '#7b2150', '#0f5e4d', '#f4a259', '#e9c46a', '#ffffff']) {
      const css = pageStyle({ primary, accent: '#000000' });
      const p = /--primary:(#[0-9a-f]{6})/.exec(css)![1]!;
      const on = /--on-primary:(#[0-9a-f]{6})/.exec(css)![1]!;
      expect(contrast(p, '#ffffff'), primary).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p, on), primary).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('makes one entry per document: its languages, brands and versions are choices, Dutch first', () => {
    const outputs: Record<string, ManifestEntry> = {};
    for (const brand of ['b', 'a']) {
      for (const [lang, title] of [['ar', 'القراءة معًا'], ['nl', 'Samen lezen'], ['en', 'Reading together']] as const) {
        outputs[`${brand}/${lang}/samen-lezen.pdf`] = entry({ kind: 'tips', slug: 'samen-lezen', brand, lang, title, languages: lang === 'nl' ? ['nl'] : ['nl', lang], dir: lang === 'ar' ? 'rtl' : 'ltr' });
      }
      outputs[`${brand}/nl/scan.pdf`] = entry({ kind: 'quickscan', slug: 'scan', brand, title: 'Scan', variantLabel: 'op papier' });
      outputs[`${brand}/nl/scan--invulbaar.pdf`] = entry({ kind: 'quickscan', slug: 'scan', brand, title: 'Scan', variant: 'invulbaar', variantLabel: 'invulbaar op scherm' });
    }
    const m = model(outputs);
    const tips = m.groups.find((g) => g.kind === 'tips')!.entries;
    expect(tips).toHaveLength(1);
    expect(tips[0]!.items).toHaveLength(6);
    expect(tips[0]!.items[0]!.out).toBe('a/nl/samen-lezen.pdf');
    expect(tips[0]!.titles.map((t) => t.title)).toEqual(['Samen lezen', 'القراءة معًا', 'Reading together']);
    expect(tips[0]!.brands.map((b) => b.id)).toEqual(['a', 'b']);
    // Labels come from the manifest: no plan was given.
    const scan = m.groups.find((g) => g.kind === 'quickscan')!.entries[0]!;
    expect(scan.variants).toEqual([{ id: 'default', label: 'op papier' }, { id: 'invulbaar', label: 'invulbaar op scherm' }]);
    const html = renderPage(m);
    expect(html.match(/<li class="item"/g)).toHaveLength(2);
    expect(html).toMatch(/data-text="[^"]*القراءة[^"]*reading together/);
  });

  it('escapes titles and links extras with a label', () => {
    const html = renderPage(model({ 'b/nl/x y.pdf': entry({ title: '<b>&"x"', extras: [{ path: 'b/nl/x y--kaarten.pdf', pages: 2, bytes: 10 }] }) }));
    expect(html).toContain('&lt;b&gt;&amp;&quot;x&quot;');
    expect(html).not.toContain('<b>&');
    expect(html).toContain('href="b/nl/x%20y.pdf"');
    expect(html).toContain('>Losse kaarten</a>');
  });
});

describe('catalogue files', () => {
  it('writes index.html and one thumbnail per PDF', () => {
    expect(existsSync(resolve(out, 'index.html'))).toBe(true);
    const outputs = Object.keys(manifest.outputs);
    expect(outputs.length).toBeGreaterThanOrEqual(BRANDS.length);
    expect(Object.keys(thumbTimes(out))).toHaveLength(new Set(Object.values(manifest.outputs).map((e) => e.digest)).size);
  });

  it('is self-contained: no external scripts, styles or fonts, no live-reload script', () => {
    const html = readFileSync(resolve(out, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|@import|@font-face|https?:\/\/(?!www\.w3\.org)/);
    expect(html).not.toContain('EventSource');
    expect(html).not.toContain(LIVE_RELOAD_PATH);
  });

  it('does not render thumbnails again for unchanged PDFs, but does for a changed one', async () => {
    const before = thumbTimes(out);
    const r = await runCli(['build', '--out', out], root);
    expect(r.code, r.stderr).toBe(0);
    expect(thumbTimes(out)).toEqual(before);

    const nl = resolve(root, 'content/checklists/zeven-dimensies.nl.md');
    if (!existsSync(nl)) return;
    writeFileSync(nl, readFileSync(nl, 'utf8').replace('title: Zeven dimensies van ouderbetrokkenheid', 'title: Zeven dimensies van ouderbetrokkenheid vandaag'));
    const r2 = await runCli(['build', '--out', out], root);
    expect(r2.code, r2.stderr).toBe(0);
    const after = thumbTimes(out);
    const fresh = Object.keys(after).filter((f) => !(f in before));
    const changed = Object.values(readManifest(out).outputs).filter((e) => e.kind === 'checklist');
    expect(fresh).toHaveLength(changed.length);
    // thumbnails of the unchanged outputs were kept as they were
    for (const [f, t] of Object.entries(after)) if (f in before) expect(t).toBe(before[f]);
    // and the old ones are gone
    expect(Object.keys(after)).toHaveLength(Object.keys(before).length);
    manifest = readManifest(out);
  });

  it('reports a catalogue that cannot be written as a diagnostic, and still writes the PDFs', async () => {
    const badOut = resolve(root, 'output-bad');
    mkdirSync(resolve(badOut, 'index.html'), { recursive: true }); // a folder where the page should go
    const r = await runCli(['build', '--out', badOut, '--brand', 'stad-onderwijs', '--kind', 'checklist', '--variant', 'both', '--format', 'short'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the catalogue page \(index\.html\) in .* could not be written \(EISDIR\); the PDFs are not affected/);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    const built = readManifest(badOut).outputs;
    expect(Object.keys(built).length).toBeGreaterThan(0);
    for (const [o, e] of Object.entries(built)) {
      expect(existsSync(resolve(badOut, o))).toBe(true);
      expect(e.stale).toBeFalsy();
    }
    expect(r.stderr).toMatch(/failed outputs\s+0/);
  });

  it('wears the brand colours and logo when built for one brand', async () => {
    const brandOut = resolve(root, 'output-brand');
    const r = await runCli(['build', '--out', brandOut, '--brand', 'stad-onderwijs', '--kind', 'checklist', '--variant', 'both'], root);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(resolve(brandOut, 'index.html'), 'utf8');
    expect(html).toContain('--primary:#0f5e4d');
    expect(html).toContain('src="logo.png"');
    expect(html).toContain('Onderwijscentrum Stad Brugmere');
    expect(readFileSync(resolve(brandOut, 'logo.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe.skipIf(!hasChromium)('catalogue in Chromium (file://)', () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(resolve(out, 'index.html')).href, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const href = (o: string) => o.split('/').map(encodeURIComponent).join('/');
  /** The "Openen" link of each entry as shown (one per visible entry). */
  const visibleOpenLinks = () =>
    page.$$eval('.item:not([hidden]) a.open', (as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('href')!));
  const documents = () => new Set(Object.values(manifest.outputs).map((e) => `${e.kind}/${e.slug}`));
  const documentsWith = (pred: (e: Manifest['outputs'][string]) => boolean) => new Set(Object.values(manifest.outputs).filter(pred).map((e) => `${e.kind}/${e.slug}`));
  const entryOf = (h: string) => {
    const e = manifest.outputs[decodeURIComponent(h)]!;
    return `${e.kind}/${e.slug}`;
  };

  it('loads with no console errors and touches nothing but local files', () => {
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([]);
  });

  it('shows one entry per document, and links every PDF to an existing file', async () => {
    expect(await page.$$eval('.item', (is) => is.length)).toBe(documents().size);
    const shown = await visibleOpenLinks();
    expect(new Set(shown.map(entryOf))).toEqual(documents());
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')!));
    const files = hrefs.filter((h) => !h.startsWith('#'));
    for (const h of files) expect(existsSync(resolve(out, decodeURIComponent(h))), h).toBe(true);
    for (const [o, e] of Object.entries(manifest.outputs)) {
      expect(hrefs, o).toContain(href(o));
      for (const x of e.extras ?? []) expect(hrefs, `${o} extra`).toContain(href(x.path));
    }
    expect(await page.textContent('#status')).toBe(`${documents().size} documenten`);
  });

  it('loads the thumbnail shown, and has one for every PDF', async () => {
    const imgs = await page.$$eval('img.thumb-img', (is) => (is as HTMLImageElement[]).map((i) => ({ src: i.getAttribute('src'), shown: i.offsetParent !== null, ok: i.complete && i.naturalWidth > 0 })));
    expect(imgs.filter((i) => i.src?.startsWith('.thumbs/'))).toHaveLength(Object.keys(manifest.outputs).length);
    expect(imgs.filter((i) => i.shown && !i.ok)).toEqual([]);
  });

  it('marks each title with its language and direction', async () => {
    const titles = await page.$$eval('.item h3', (hs) => hs.map((h) => ({ lang: h.getAttribute('lang'), dir: h.getAttribute('dir'), text: h.textContent })));
    for (const e of Object.values(manifest.outputs)) {
      expect(titles).toContainEqual({ lang: e.lang, dir: e.dir, text: e.title });
      if (e.lang === 'ar' || e.lang === 'fa') expect(e.dir).toBe('rtl');
    }
  });

  it("switches a document's thumbnail, title and links with its language, brand and version", async () => {
    const card = '#tips-samen-lezen';
    const shownView = () =>
      page.$eval(card, (c) => {
        const v = [...c.querySelectorAll('.view')].find((x) => !(x as HTMLElement).hidden)!;
        return { lang: v.querySelector('h3')!.getAttribute('lang'), title: v.querySelector('h3')!.textContent, href: v.querySelector('a.open')!.getAttribute('href'), img: v.querySelector('img')?.getAttribute('src') };
      });
    expect((await shownView()).lang).toBe('nl');
    const nlImg = (await shownView()).img;
    await page.selectOption(`${card} select[data-choice=lang]`, 'ar');
    const ar = await shownView();
    const arOut = Object.entries(manifest.outputs).find(([o, e]) => e.slug === 'samen-lezen' && e.lang === 'ar' && href(o) === ar.href);
    expect(arOut, ar.href ?? '').toBeDefined();
    expect(ar.title).toBe(arOut![1].title);
    expect(ar.img).not.toBe(nlImg);
    await page.selectOption(`${card} select[data-choice=brand]`, 'stad-onderwijs');
    const brandView = await shownView();
    expect(manifest.outputs[decodeURIComponent(brandView.href!)]).toMatchObject({ lang: 'ar', brand: 'stad-onderwijs' });

    const scan = '#quickscan-ouders-kort';
    expect(await page.$$eval(`${scan} select[data-choice=variant] option`, (os) => os.map((o) => o.textContent))).toEqual(['op papier', 'invulbaar op scherm']);
    await page.selectOption(`${scan} select[data-choice=variant]`, 'invulbaar');
    const link = await page.$eval(scan, (c) => [...c.querySelectorAll('.view')].find((x) => !(x as HTMLElement).hidden)!.querySelector('a.open')!.getAttribute('href'));
    expect(link).toMatch(/--invulbaar\.pdf$/);
  });

  it('filtering by a language shows the documents in it, each in that language', async () => {
    const langs = await page.$$eval('#f-lang option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const inManifest = [...new Set(Object.values(manifest.outputs).flatMap((e) => e.languages))].sort();
    expect([...langs].sort()).toEqual(inManifest);
    for (const lang of langs) {
      await page.selectOption('#f-lang', lang);
      const shown = await visibleOpenLinks();
      expect(new Set(shown.map(entryOf)), lang).toEqual(documentsWith((e) => e.languages.includes(lang)));
      for (const h of shown) expect(manifest.outputs[decodeURIComponent(h)]!.languages, h).toContain(lang);
      if (lang === 'ar') expect(shown.map((h) => manifest.outputs[decodeURIComponent(h)]!.lang)).toContain('ar');
    }
    await page.selectOption('#f-lang', '');
    expect((await visibleOpenLinks()).length).toBe(documents().size);
  });

  it('filters by kind and by brand', async () => {
    for (const kind of new Set(Object.values(manifest.outputs).map((e) => e.kind))) {
      await page.selectOption('#f-kind', kind);
      expect(new Set((await visibleOpenLinks()).map(entryOf))).toEqual(documentsWith((e) => e.kind === kind));
    }
    await page.selectOption('#f-kind', '');
    await page.selectOption('#f-brand', 'ouderplatform');
    const shown = await visibleOpenLinks();
    expect(shown.length).toBe(documents().size);
    for (const h of shown) expect(manifest.outputs[decodeURIComponent(h)]!.brand).toBe('ouderplatform');
    await page.click('button[type=reset]');
    await expect.poll(async () => (await visibleOpenLinks()).length).toBe(documents().size);
  });

  it('finds a document by a word of its title in any of its languages, and says when nothing matches', async () => {
    for (const lang of ['nl', 'ar', 'en']) {
      const e = Object.values(manifest.outputs).find((x) => x.slug === 'samen-lezen' && x.lang === lang)!;
      const word = e.title.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
      await page.fill('#q', word.toUpperCase());
      const shown = (await visibleOpenLinks()).map(entryOf);
      expect(shown, `${lang}: ${word}`).toContain('tips/samen-lezen');
    }
    await page.fill('#q', 'zzzgeenzoekresultaat');
    expect(await visibleOpenLinks()).toEqual([]);
    expect(await page.isVisible('#empty')).toBe(true);
    await page.fill('#q', '');
    expect(await page.isVisible('#empty')).toBe(false);
  });

  it('has readable contrast for headings, buttons and body text as rendered', async () => {
    const pairs = await page.evaluate(() => {
      const bgOf = (el: Element | null): string => {
        for (let e = el; e; e = e.parentElement) {
          const b = getComputedStyle(e).backgroundColor;
          if (b && b !== 'rgba(0, 0, 0, 0)' && b !== 'transparent') return b;
        }
        return 'rgb(255, 255, 255)';
      };
      return ['header.top h1', '.actions a.open', '.actions a.download', '.meta dt', '.status', 'label[for=q]', '.choices label', '.files summary'].map((sel) => {
        const el = document.querySelector(sel)!;
        return { sel, fg: getComputedStyle(el).color, bg: bgOf(el) };
      });
    });
    const hex = (rgb: string) => '#' + (rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');
    for (const p of pairs) expect(contrast(hex(p.fg), hex(p.bg)), p.sel).toBeGreaterThanOrEqual(4.5);
  });

  it('is usable with the keyboard, with a visible focus', async () => {
    await page.reload();
    await page.keyboard.press('Tab'); // skip link
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de materialen');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type(Object.values(manifest.outputs)[0]!.slug.split('-')[0]!);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    expect(await page.evaluate(() => document.querySelector('label[for=q]') !== null)).toBe(true);
  });

  it('fits a phone and a desktop, choices included (screenshots to look at: SCREENSHOTS_DIR=<folder>)', async () => {
    for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
      const p = await browser.newPage({ viewport: { width, height } });
      await p.goto(pathToFileURL(resolve(out, 'index.html')).href);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      // The choices of a document sit inside its card.
      const fit = await p.$eval('#tips-samen-lezen', (c) => {
        const card = c.getBoundingClientRect();
        return [...c.querySelectorAll('select')].every((s) => {
          const r = s.getBoundingClientRect();
          return r.width > 0 && r.left >= card.left && r.right <= card.right;
        });
      });
      expect(fit, name).toBe(true);
      // Only on request: a test run leaves the system's temporary folder as it found it.
      if (process.env.SCREENSHOTS_DIR) await p.screenshot({ path: resolve(process.env.SCREENSHOTS_DIR, `catalogue-${name}.png`), fullPage: false });
      await p.close();
    }
  });
});

describe('catalogue of a partial build and of one brand', () => {
  it('keeps the labels of outputs a partial build did not plan, and lists only the brand built for', async () => {
    const r = await runCli(['build', '--out', out, '--doc', 'samen-lezen', '--force', '--format', 'short'], root);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(resolve(out, 'index.html'), 'utf8');
    expect(html).toContain('invulbaar op scherm');
    expect(html).toContain('op papier');
    // The folder holds both brands; a catalogue built for one lists that one.
    const one = await runCli(['build', '--out', out, '--brand', 'ouderplatform', '--format', 'short'], root);
    expect(one.code, one.stderr).toBe(0);
    const brandHtml = readFileSync(resolve(out, 'index.html'), 'utf8');
    expect(brandHtml).not.toContain('stad-onderwijs/');
    expect(brandHtml).toContain('ouderplatform/');
    expect(brandHtml).not.toContain('id="f-brand"');
    const all = await runCli(['build', '--out', out, '--format', 'short'], root);
    expect(readFileSync(resolve(out, 'index.html'), 'utf8'), all.stderr).toContain('stad-onderwijs/');
  });
});

describe('serve', () => {
  it('serves the catalogue with live reload, rebuilds on a change, and stops cleanly', async () => {
    const controller = new AbortController();
    let stderr = '';
    let resolveReady!: (u: string) => void;
    const ready = new Promise<string>((r) => (resolveReady = r));
    const running = runServe(
      { port: '0', kind: 'checklist', brand: 'stad-onderwijs', variant: 'both', out: resolve(root, 'output-serve') },
      { stdout: { write: () => true }, stderr: { write: (s: string) => ((stderr += s), true) }, cwd: root, env: { CI: 'true' }, signal: controller.signal },
      (u) => resolveReady(u),
    );
    const url = await Promise.race([
      ready,
      running.then((code): string => {
        throw new Error(`serve stopped early with code ${code}: ${stderr}`);
      }),
    ]);
    expect(url, stderr).toMatch(/^http:\/\/localhost:\d+\/$/);

    const html = await (await fetch(url)).text();
    expect(html).toContain(LIVE_RELOAD_PATH);
    expect(readFileSync(resolve(root, 'output-serve/index.html'), 'utf8')).not.toContain(LIVE_RELOAD_PATH);
    const pdf = Object.keys(readManifest(resolve(root, 'output-serve')).outputs)[0]!;
    const res = await fetch(url + pdf);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect((await fetch(url + '..%2f..%2fetc%2fpasswd')).status).toBe(404);

    // a change under content/ triggers a rebuild and a reload event
    const events = await fetch(url.replace(/\/$/, LIVE_RELOAD_PATH));
    const reader = events.body!.getReader();
    const nl = resolve(root, 'content/checklists/zeven-dimensies.nl.md');
    writeFileSync(nl, readFileSync(nl, 'utf8') + '\n');
    let seen = '';
    const deadline = Date.now() + 60_000;
    while (!seen.includes('event: reload') && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += new TextDecoder().decode(value);
    }
    expect(seen).toContain('event: reload');
    await reader.cancel();

    controller.abort();
    expect(await running).toBe(0);
    expect(stderr).toContain('stopped');
    await expect(fetch(url)).rejects.toThrow();
  });
});
