/**
 * The same tip sheet for the peers: Typst source and an HTML page for Chromium, made
 * from the tips model so the content is identical to what drukklaar prints.
 */
import type { Brand } from '../src/brands/brand.js';

export interface BenchTip {
  heading: string;
  text: string;
  icon?: string;
}

export interface PeerSheet {
  title: string;
  intro: string;
  tips: BenchTip[];
  brand: Brand;
  /** Absolute paths: the logo PNG and the icons folder. */
  logoPath: string;
  iconsDir: string;
  fontsDir: string;
}

const typstString = (s: string) => JSON.stringify(s);
/** Text in Typst markup, with every markup character escaped. */
const tx = (s: string) => s.replace(/[\\#$*_`<>@=\-+/\[\]~"']/g, (c) => `\\${c}`);

export function typstSource(s: PeerSheet): string {
  const tips = s.tips
    .map(
      (t, i) => `#block(breakable: false, below: 5mm)[#grid(columns: (12mm, 14mm, 1fr), gutter: 3mm,
  circle(radius: 5mm, fill: accent)[#set align(center + horizon); #text(size: 14pt, weight: "bold", fill: white)[${i + 1}]],
  ${t.icon ? `image(${typstString(`${s.iconsDir}/${t.icon}.svg`)}, width: 12mm)` : '[]'},
  [#text(weight: "bold", size: 12pt, fill: primary)[${tx(t.heading)}] \\ ${tx(t.text)}])]`,
    )
    .join('\n');
  return `#let primary = rgb(${typstString(s.brand.colors.primary)})
#let accent = rgb(${typstString(s.brand.colors.accent)})
#set document(title: ${typstString(s.title)}, author: ${typstString(s.brand.name)})
#set page(paper: "a4", margin: (x: 16mm, top: 14mm, bottom: 30mm),
  footer: context [#line(length: 100%, stroke: 1.5pt + accent) #text(size: 7.5pt, weight: "bold")[${tx(s.brand.footer ?? s.brand.name)}] #h(1fr) #text(size: 8pt)[Pagina #counter(page).display() van #counter(page).final().first()] \\ #text(size: 7pt)[${tx(s.brand.contact ?? '')}]])
#set text(font: "Noto Sans", size: 10.5pt, lang: "nl", hyphenate: true)
#set par(leading: 0.55em, justify: false)
#grid(columns: (1fr, auto), image(${typstString(s.logoPath)}, height: 14mm), align(right + horizon, text(size: 9pt)[${tx(s.brand.name)}]))
#block(fill: primary, inset: (x: 6mm, y: 5mm), radius: 2mm, width: 100%)[#text(fill: white, size: 20pt, weight: "bold")[${tx(s.title)}]]
${tx(s.intro)}

${tips}
`;
}

export function htmlSource(s: PeerSheet): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const tips = s.tips
    .map(
      (t, i) => `<div class="tip"><div class="n">${i + 1}</div>${t.icon ? `<img class="i" src="file://${s.iconsDir}/${t.icon}.svg">` : '<span class="i"></span>'}<div><b>${esc(t.heading)}</b><br>${esc(t.text)}</div></div>`,
    )
    .join('\n');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${esc(s.title)}</title><style>
@font-face { font-family: "Noto Sans"; src: url("file://${s.fontsDir}/NotoSans-Regular.ttf"); }
@font-face { font-family: "Noto Sans"; font-weight: bold; src: url("file://${s.fontsDir}/NotoSans-Bold.ttf"); }
@page { size: A4; margin: 14mm 16mm 30mm; @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font: 8pt "Noto Sans"; } @bottom-left { content: "${esc(s.brand.footer ?? s.brand.name)}"; font: bold 7.5pt "Noto Sans"; border-top: 1.5pt solid ${s.brand.colors.accent}; } }
body { font: 10.5pt/1.4 "Noto Sans"; hyphens: auto; margin: 0; }
header { display: flex; justify-content: space-between; align-items: center; } header img { height: 14mm; }
.band { background: ${s.brand.colors.primary}; color: #fff; padding: 5mm 6mm; border-radius: 2mm; font-size: 20pt; font-weight: bold; margin: 4mm 0 6mm; }
.tip { display: grid; grid-template-columns: 12mm 14mm 1fr; gap: 3mm; break-inside: avoid; margin-bottom: 5mm; }
.n { width: 10mm; height: 10mm; border-radius: 50%; background: ${s.brand.colors.accent}; color: #fff; font-weight: bold; font-size: 14pt; display: flex; align-items: center; justify-content: center; }
.i { width: 12mm; } b { color: ${s.brand.colors.primary}; font-size: 12pt; }
</style></head><body><header><img src="file://${s.logoPath}"><span style="font-size:9pt">${esc(s.brand.name)}</span></header>
<div class="band">${esc(s.title)}</div><p>${esc(s.intro)}</p>
${tips}
</body></html>`;
}
