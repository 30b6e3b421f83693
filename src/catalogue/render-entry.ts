/**
 * One document on the catalogue page: a card with a view per PDF (thumbnail, title in its
 * language, facts, links), of which one shows; choices of language, brand and version
 * switch the view (page-script.ts). Without the script the first view shows and the list
 * "Alle bestanden" links every PDF.
 */
import type { CatalogueEntry } from './entries.js';
import { esc, pages, searchText, size } from './html-text.js';
import type { CatalogueItem } from './model.js';

function languageList(item: CatalogueItem): string {
  return item.languages
    .map((l) => `${esc(l.nameNl)}${l.name !== l.nameNl ? ` (<span lang="${esc(l.code)}" dir="${l.dir}">${esc(l.name)}</span>)` : ''}`)
    .join(' + ');
}

/** "Arabisch · Stad Brugmere · alleen ouderbril": which PDF a link is, among its entry's. */
function choiceWords(entry: CatalogueEntry, item: CatalogueItem): string {
  const lang = item.languages.find((l) => l.code === item.lang);
  return [lang?.nameNl ?? item.lang, entry.brands.length > 1 ? item.brand.name : '', entry.variants.length > 1 ? item.variant ?? 'standaard' : ''].filter(Boolean).join(' · ');
}

function renderView(entry: CatalogueEntry, item: CatalogueItem, index: number): string {
  const id = `doc-${item.out.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  const thumb = item.thumb
    ? `<img class="thumb-img" src="${esc(item.thumb.path)}" width="${item.thumb.width}" height="${item.thumb.height}" alt=""${index ? ' loading="lazy"' : ''}>`
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
  return `<div class="view" data-lang="${esc(item.lang)}" data-brand="${esc(item.brand.id)}" data-variant="${esc(item.variantId)}"${index ? ' hidden' : ''}>
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
</div>`;
}

/** A choice among two or more values; one value needs no choice. */
function choice(entry: CatalogueEntry, name: 'lang' | 'brand' | 'variant', label: string, options: { value: string; label: string; lang?: string }[]): string {
  if (options.length < 2) return '';
  const id = `${entry.id}-${name}`;
  return `<div class="field"><label for="${esc(id)}">${esc(label)}</label><select id="${esc(id)}" data-choice="${name}">${options
    .map((o) => `<option value="${esc(o.value)}"${o.lang ? ` lang="${esc(o.lang)}"` : ''}>${esc(o.label)}</option>`)
    .join('')}</select></div>`;
}

/**
 * The card of one document.
 * @param entry the document with its PDFs
 */
export function renderEntry(entry: CatalogueEntry): string {
  const text = searchText(
    [...entry.titles.map((t) => t.title), entry.slug, ...entry.brands.map((b) => b.name), ...entry.languages.flatMap((l) => [l.nameNl, l.name]), ...entry.variants.map((v) => v.label)].join(' '),
  );
  const choices = [
    choice(entry, 'lang', 'Taal', entry.languages.map((l) => ({ value: l.code, label: l.name !== l.nameNl ? `${l.nameNl} – ${l.name}` : l.nameNl }))),
    choice(entry, 'brand', 'Merk', entry.brands.map((b) => ({ value: b.id, label: b.name }))),
    choice(entry, 'variant', 'Versie', entry.variants.map((v) => ({ value: v.id, label: v.label }))),
  ].join('');
  const files = entry.items.length > 1
    ? `<details class="files"><summary>Alle bestanden (${entry.items.length})</summary><ul>${entry.items
        .map((i) => `<li><a href="${i.href}" lang="${esc(i.lang)}" dir="${i.dir}">${esc(i.title)}</a> <span class="muted">${esc(choiceWords(entry, i))}</span></li>`)
        .join('')}</ul></details>`
    : '';
  return `<li class="item" id="${esc(entry.id)}" data-kind="${esc(entry.kind)}" data-langs="${esc([...new Set(entry.items.flatMap((i) => i.languages.map((l) => l.code)))].join(' '))}" data-brands="${esc(entry.brands.map((b) => b.id).join(' '))}" data-text="${esc(text)}">
${entry.items.map((i, n) => renderView(entry, i, n)).join('\n')}
${choices ? `<div class="choices" hidden>${choices}</div>` : ''}
${files}
</li>`;
}
