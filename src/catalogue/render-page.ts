/**
 * The catalogue as one self-contained HTML page: inline CSS and script, relative
 * links, no fonts or scripts from elsewhere, so it opens from disk (file://).
 */
import type { CatalogueItem, CatalogueModel } from './model.js';
import { PAGE_SCRIPT } from './page-script.js';
import { pageStyle } from './page-style.js';

/** Escape text for HTML content and attribute values. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Lower-case text without accents or Arabic vowel marks, as the search script compares it. */
export function searchText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '').toLowerCase();
}

const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);
const pages = (n: number) => `${n} ${n === 1 ? 'pagina' : "pagina's"}`;

function languageList(item: CatalogueItem): string {
  return item.languages
    .map((l) => `${esc(l.nameNl)}${l.name !== l.nameNl ? ` (<span lang="${esc(l.code)}" dir="${l.dir}">${esc(l.name)}</span>)` : ''}`)
    .join(' + ');
}

function renderItem(item: CatalogueItem): string {
  const id = `doc-${item.out.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  const text = searchText([item.title, item.out, item.brand.name, ...item.languages.flatMap((l) => [l.nameNl, l.name]), item.variant ?? ''].join(' '));
  const thumb = item.thumb
    ? `<img class="thumb-img" src="${esc(item.thumb.path)}" width="${item.thumb.width}" height="${item.thumb.height}" alt="">`
    : `<span class="none">Geen voorbeeld</span>`;
  const badges = [
    item.draft ? '<span class="badge warn">concept</span>' : '',
    item.stale ? '<span class="badge warn" title="De laatste build van dit bestand mislukte; dit is de vorige versie">verouderd</span>' : '',
  ].join('');
  const extras = item.extras.length
    ? `<ul class="extras">${item.extras
        .map((x) => `<li><a href="${x.href}" aria-label="${esc(`${x.label} openen: ${item.title}`)}">${esc(x.label)}</a> (${pages(x.pages)}, ${size(x.bytes)}${x.accessible ? ', getagd voor schermlezers' : ''}) · <a href="${x.href}" download aria-label="${esc(`${x.label} downloaden: ${item.title}`)}">downloaden</a></li>`)
        .join('')}</ul>`
    : '';
  return `<li class="item" data-kind="${esc(item.kind)}" data-langs="${esc(item.languages.map((l) => l.code).join(' '))}" data-brand="${esc(item.brand.id)}" data-text="${esc(text)}" aria-labelledby="${id}">
<div class="thumb">${thumb}</div>
<div class="body">
<h3 id="${id}" lang="${esc(item.lang)}" dir="${item.dir}">${esc(item.title)}</h3>
${badges ? `<p>${badges}</p>` : ''}
<dl class="meta">
<dt>Taal</dt><dd>${languageList(item)}</dd>
${item.variant ? `<dt>Versie</dt><dd>${esc(item.variant)}</dd>` : ''}
<dt>Merk</dt><dd>${esc(item.brand.name)}</dd>
<dt>Papier</dt><dd>${esc(item.paper)}${item.duplex ? `, ${esc(item.duplex)}` : ''}</dd>
<dt>Omvang</dt><dd>${pages(item.pages)}, ${size(item.bytes)}</dd>
<dt>Schermlezer</dt><dd>${item.accessible ? 'getagde PDF (PDF/UA-1)' : 'niet getagd'}</dd>
</dl>
${extras}
<p class="actions"><a class="open" href="${item.href}" aria-describedby="${id}">Openen</a><a class="download" href="${item.href}" download aria-describedby="${id}">Downloaden</a></p>
</div>
</li>`;
}

export interface PageOptions {
  /** Extra HTML before </body> (the live-reload script of `serve`). */
  inject?: string;
}

/** The complete index.html for a catalogue model. */
export function renderPage(model: CatalogueModel, options: PageOptions = {}): string {
  const total = model.groups.reduce((n, g) => n + g.items.length, 0);
  const brandName = model.theme.brandName;
  const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;
  const sections = model.groups
    .map(
      (g) => `<section class="kind" id="soort-${esc(g.kind)}" aria-labelledby="h-${esc(g.kind)}">
<h2 id="h-${esc(g.kind)}">${esc(g.label)} <span class="count">(${g.items.length})</span></h2>
<details class="advice" open><summary>Printadvies</summary><ul>${g.advice.map((a) => `<li>${esc(a)}</li>`).join('')}</ul></details>
<ul class="grid">
${g.items.map(renderItem).join('\n')}
</ul>
</section>`,
    )
    .join('\n');
  const logo = model.theme.logo
    ? `<span class="logo"><img src="${esc(model.theme.logo.path)}" width="${model.theme.logo.width}" height="${model.theme.logo.height}" alt="${esc(brandName ? `Logo ${brandName}` : 'Logo')}"></span>`
    : '';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="drukklaar">
<title>${esc(brandName ? `Materialen om te printen – ${brandName}` : 'Materialen om te printen')}</title>
<link rel="icon" href="data:,">
<style>${pageStyle(model.theme)}</style>
</head>
<body>
<a class="skip" href="#inhoud">Naar de materialen</a>
<header class="top"><div class="wrap">${logo}<div><h1>Materialen om te printen</h1><p>${esc(brandName ? `${brandName} · ` : '')}checklists, kaarten en tips over ouderbetrokkenheid</p></div></div></header>
<form class="filters" id="filters" role="search" aria-label="Materialen filteren" hidden><div class="wrap">
<div class="field search"><label for="q">Zoeken</label><input type="search" id="q" name="q" autocomplete="off" placeholder="Zoek op titel, taal of merk"></div>
<div class="field"><label for="f-kind">Soort</label><select id="f-kind" name="kind"><option value="">Alle soorten</option>${model.groups.map((g) => option(g.kind, g.label)).join('')}</select></div>
<div class="field"><label for="f-lang">Taal</label><select id="f-lang" name="lang"><option value="">Alle talen</option>${model.languages.map((l) => option(l.code, l.name !== l.nameNl ? `${l.nameNl} – ${l.name}` : l.nameNl)).join('')}</select></div>
<div class="field"><label for="f-brand">Merk</label><select id="f-brand" name="brand"><option value="">Alle merken</option>${model.brands.map((b) => option(b.id, b.name)).join('')}</select></div>
<div class="field"><button type="reset">Alles tonen</button></div>
</div></form>
<main id="inhoud" class="wrap" tabindex="-1">
<p class="status" id="status" role="status" aria-live="polite">${total} ${total === 1 ? 'materiaal' : 'materialen'}</p>
<p class="empty" id="empty"${total ? ' hidden' : ''}>${total ? 'Geen materialen gevonden. Pas de filters aan of kies "Alles tonen".' : 'Nog geen materialen: bouw eerst de PDF\'s (npm run build).'}</p>
${sections}
</main>
<footer><div class="wrap">Gemaakt met drukklaar. Open een PDF en print hem op ware grootte (100 %).</div></footer>
<script>${PAGE_SCRIPT}</script>
${options.inject ?? ''}</body>
</html>
`;
}
