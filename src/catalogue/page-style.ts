/**
 * The catalogue's stylesheet, inlined in index.html. Colours come from the theme;
 * every text colour is checked against its background for WCAG AA contrast.
 */
import { readableOnWhite, textOn } from './colours.js';
import type { CatalogueTheme } from './model.js';

/** CSS for the page, with the theme's colours. */
export function pageStyle(theme: CatalogueTheme): string {
  const primary = readableOnWhite(theme.primary, 4.5);
  const onPrimary = textOn(primary);
  return `
:root{--primary:${primary};--on-primary:${onPrimary};--accent:${theme.accent};--ink:#1c1c1c;--muted:#4d4d4d;--line:#c9c9c9;--bg:#f5f5f3;--card:#fff;--focus:#1a1a1a}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:var(--bg);line-height:1.45;-webkit-text-size-adjust:100%}
body{margin:0}
a{color:var(--primary)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;box-shadow:0 0 0 5px #fff}
.skip{position:absolute;left:-999px;top:.5rem;background:#fff;color:#000;padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem}
header.top{background:var(--primary);color:var(--on-primary);border-bottom:6px solid var(--accent)}
.wrap{max-width:75rem;margin:0 auto;padding:0 1rem}
header.top .wrap{display:flex;align-items:center;gap:1rem;padding-top:1rem;padding-bottom:1rem;flex-wrap:wrap}
.logo{background:#fff;border-radius:.5rem;padding:.4rem .6rem;display:flex}
.logo img{display:block;height:3rem;width:auto;max-width:12rem;object-fit:contain}
header.top h1{margin:0;font-size:clamp(1.4rem,4vw,2rem);line-height:1.2}
header.top p{margin:.2rem 0 0}
.filters{background:#fff;border-bottom:1px solid var(--line)}
.filters .wrap{display:grid;grid-template-columns:2fr repeat(3,1fr) auto;gap:.75rem;align-items:end;padding-top:.9rem;padding-bottom:.9rem}
.field{display:flex;flex-direction:column;gap:.2rem;min-width:0}
.field label{font-weight:600;font-size:.9rem}
input,select,button{font:inherit;color:var(--ink)}
input[type=search],select{width:100%;padding:.5rem .6rem;border:1px solid #767676;border-radius:.35rem;background:#fff;min-height:2.6rem}
button{padding:.5rem .9rem;min-height:2.6rem;border:2px solid var(--primary);background:#fff;color:var(--primary);border-radius:.35rem;font-weight:600;cursor:pointer}
button:hover{background:var(--primary);color:var(--on-primary)}
.status{margin:.9rem 0 0;color:var(--muted)}
main{padding-bottom:3rem}
section.kind{margin-top:1.5rem}
section.kind h2{font-size:1.5rem;margin:0 0 .5rem}
.advice{background:#fff;border-left:5px solid var(--accent);padding:.6rem 1rem;margin:0 0 1rem;border-radius:0 .35rem .35rem 0}
.advice summary{font-weight:600;cursor:pointer}
.advice ul{margin:.4rem 0 0;padding-left:1.2rem}
.grid{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:1rem}
.item{background:var(--card);border:1px solid var(--line);border-radius:.5rem;display:flex;flex-direction:column;overflow:hidden}
.thumb{display:flex;align-items:center;justify-content:center;background:#e6e6e3;height:15rem;padding:.75rem;border-bottom:1px solid var(--line)}
.thumb img{max-width:100%;max-height:100%;width:auto;height:auto;object-fit:contain;box-shadow:0 1px 4px rgba(0,0,0,.25);background:#fff}
.thumb .none{color:var(--muted)}
.body{padding:.8rem 1rem 1rem;display:flex;flex-direction:column;gap:.5rem;flex:1}
.item h3{margin:0;font-size:1.1rem;line-height:1.3}
.item h3[dir=rtl]{text-align:right;font-family:"Noto Naskh Arabic","Noto Sans Arabic",system-ui,sans-serif;font-size:1.2rem}
.meta{margin:0;display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem;font-size:.92rem}
.meta dt{color:var(--muted)}
.meta dd{margin:0}
.badge{display:inline-block;font-size:.8rem;font-weight:600;padding:.05rem .45rem;border-radius:1rem;border:1px solid currentColor}
.badge.warn{color:#8a3b00}
.actions{margin-top:auto;display:flex;flex-wrap:wrap;gap:.5rem}
.actions a{display:inline-block;padding:.45rem .8rem;border-radius:.35rem;border:2px solid var(--primary);font-weight:600;text-decoration:none;min-height:2.5rem}
.actions a.open{background:var(--primary);color:var(--on-primary)}
.actions a:hover{text-decoration:underline}
.extras{font-size:.92rem;margin:0;padding:0;list-style:none}
.view{display:flex;flex-direction:column;flex:1}
.choices{display:flex;flex-wrap:wrap;gap:.5rem;padding:.6rem 1rem;border-top:1px solid var(--line)}
.choices .field{flex:1 1 8rem}
.files{padding:0 1rem .8rem;font-size:.92rem}
.files summary{cursor:pointer;color:var(--primary);font-weight:600}
.files ul{margin:.3rem 0 0;padding-left:1.2rem}
.muted{color:var(--muted)}
.empty{background:#fff;padding:1rem;border-radius:.5rem;border:1px solid var(--line)}
footer{color:var(--muted);font-size:.9rem;padding:2rem 0}
[hidden]{display:none!important}
@media (max-width:50rem){.filters .wrap{grid-template-columns:1fr 1fr}.filters .search{grid-column:1/-1}}
@media (max-width:30rem){.filters .wrap{gap:.5rem}.grid{grid-template-columns:1fr}.thumb{height:13rem}header.top .wrap{padding-top:.7rem;padding-bottom:.7rem}.logo img{height:2.4rem}}
@media print{.filters,.actions,.skip{display:none}}
`.trim();
}
