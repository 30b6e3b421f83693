/**
 * The catalogue as one self-contained HTML page: inline CSS and script, relative
 * links, no fonts or scripts from elsewhere, so it opens from disk (file://).
 */
import { esc, listWords } from './html-text.js';
import type { CatalogueModel } from './model.js';
import { renderEntry } from './render-entry.js';
import { PAGE_SCRIPT } from './page-script.js';
import { pageStyle } from './page-style.js';

export { esc, searchText } from './html-text.js';

export interface PageOptions {
  /** Extra HTML before </body> (the live-reload script of `serve`). */
  inject?: string;
}

/** The complete index.html for a catalogue model. */
export function renderPage(model: CatalogueModel, options: PageOptions = {}): string {
  const total = model.groups.reduce((n, g) => n + g.entries.length, 0);
  const brandName = model.theme.brandName;
  const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;
  const sections = model.groups
    .map(
      (g) => `<section class="kind" id="soort-${esc(g.kind)}" aria-labelledby="h-${esc(g.kind)}">
<h2 id="h-${esc(g.kind)}">${esc(g.label)} <span class="count">(${g.entries.length})</span></h2>
<details class="advice" open><summary>Printadvies</summary><ul>${g.advice.map((a) => `<li>${esc(a)}</li>`).join('')}</ul></details>
<ul class="grid">
${g.entries.map(renderEntry).join('\n')}
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
<header class="top"><div class="wrap">${logo}<div><h1>Materialen om te printen</h1><p>${esc(`${brandName ? `${brandName} · ` : ''}${listWords(model.groups.map((g) => g.label.toLowerCase()))} over ouderbetrokkenheid`)}</p></div></div></header>
<form class="filters" id="filters" role="search" aria-label="Materialen filteren" hidden><div class="wrap">
<div class="field search"><label for="q">Zoeken</label><input type="search" id="q" name="q" autocomplete="off" placeholder="Zoek op titel, taal of merk"></div>
<div class="field"><label for="f-kind">Soort</label><select id="f-kind" name="kind"><option value="">Alle soorten</option>${model.groups.map((g) => option(g.kind, g.label)).join('')}</select></div>
<div class="field"><label for="f-lang">Taal</label><select id="f-lang" name="lang"><option value="">Alle talen</option>${model.languages.map((l) => option(l.code, l.name !== l.nameNl ? `${l.nameNl} – ${l.name}` : l.nameNl)).join('')}</select></div>
${model.brands.length > 1 ? `<div class="field"><label for="f-brand">Merk</label><select id="f-brand" name="brand"><option value="">Alle merken</option>${model.brands.map((b) => option(b.id, b.name)).join('')}</select></div>` : ''}
<div class="field"><button type="reset">Alles tonen</button></div>
</div></form>
<main id="inhoud" class="wrap" tabindex="-1">
<p class="status" id="status" role="status" aria-live="polite">${total} ${total === 1 ? 'document' : 'documenten'}</p>
<p class="empty" id="empty"${total ? ' hidden' : ''}>${total ? 'Geen materialen gevonden. Pas de filters aan of kies "Alles tonen".' : 'Nog geen materialen: zet documenten in content/ en maak de PDF\'s (npx drukklaar build).'}</p>
${sections}
</main>
<footer><div class="wrap">Gemaakt met drukklaar. Open een PDF en print hem op ware grootte (100 %).</div></footer>
<script>${PAGE_SCRIPT}</script>
${options.inject ?? ''}</body>
</html>
`;
}
