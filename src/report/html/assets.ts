import fs from 'node:fs';
import { createRequire } from 'node:module';
import { RULE_IDS } from '../../check/types.js';

const require = createRequire(import.meta.url);
let fontCss: string | undefined;

/**
 * Noto Naskh Arabic (SIL Open Font Licence, from the @fontsource package), regular weight, Arabic
 * subset only, inlined as a data: URL so that the report needs no network and renders the same on
 * every machine. Only pages with Arabic-script text carry it (about 70 KB).
 */
export function arabicFontFace(): string {
  if (fontCss === undefined) {
    const file = require.resolve('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2');
    const data = fs.readFileSync(file).toString('base64');
    fontCss = `@font-face{font-family:"Noto Naskh Arabic";font-style:normal;font-weight:400;font-display:swap;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC}`;
  }
  return fontCss;
}

const ruleFilter = (id: string) =>
  `body.hide-rule-${id} mark[data-rule="${id}"]{background:none;border-bottom-color:transparent}body.hide-rule-${id} tr[data-rule="${id}"]{display:none}`;
// language-mismatch is raised only across languages: its filter is added to the pages that have it
// (LANGUAGE_FILTER), so that the same-language reports stay byte-identical to what they were
const ruleFilters = RULE_IDS.filter((id) => id !== 'language-mismatch')
  .map(ruleFilter)
  .join('');
export const LANGUAGE_FILTER = ruleFilter('language-mismatch');
const sevFilters = ['error', 'warning', 'info']
  .map((s) => `body.hide-sev-${s} mark.${s}{background:none;border-bottom-color:transparent}body.hide-sev-${s} tr.sev-${s}{display:none}`)
  .join('');

// the flags table's cells carry no data-label (a large report has tens of thousands of rows): their
// column names on phones are given by the cell's place
const FLAG_COLUMNS = ['severity', 'rule', 'where', 'words', 'message']
  .map(
    (name, k) =>
      `#flags .cards td:nth-child(${k + 1})::before{content:"${name}: ";font-family:system-ui,sans-serif;font-weight:bold;color:#4a4a4a;font-size:.85rem}`,
  )
  .join('');

export const STYLE = `
body{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri",Tahoma,system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
header{padding:1rem 1.5rem;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:1.2rem;margin:0 0 .4rem} h2{font-size:1.05rem;margin:0 0 .5rem;font-family:system-ui,sans-serif}
.meta{color:#4a4a4a;font-size:.9rem;margin:.2rem 0} .meta span{margin-inline-end:1.2rem}
.filters{padding:.5rem 1.5rem;background:#f0f0f0;border-bottom:1px solid #ddd;font-size:.9rem;font-family:system-ui,sans-serif}
.filters fieldset{display:inline-block;border:0;margin:0 1rem 0 0;padding:0} .filters legend{float:left;margin-inline-end:.5rem;font-weight:bold}
.filters label{margin-inline-end:.8rem}
main{display:grid;grid-template-columns:1fr 1fr;gap:1rem;padding:1rem 1.5rem}
section.doc{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;line-height:2.1;white-space:pre-wrap;font-size:1.05rem}
section.doc h2{white-space:normal}
.s{border-radius:3px;cursor:pointer} .s:focus{outline:2px solid #2255bb;outline-offset:1px}
.s.active{background:#e8f0ff} .s.linked{background:#fff2b3;box-shadow:0 0 0 2px #e0b000} .s.selected{background:#dce8ff;box-shadow:0 0 0 2px #2255bb}
.s.meta-unit,.s.boilerplate{color:#595959} .s.omitted{background:repeating-linear-gradient(135deg,#fff,#fff 6px,#f3f3f3 6px,#f3f3f3 12px)}
mark{background:none;color:inherit;border-bottom:3px solid;padding:0 1px}
mark.error{border-color:#c62828;background:#fde7e7} mark.warning{border-color:#e08600;background:#fff3e0} mark.info{border-color:#8a8a8a;border-bottom-style:dotted}
mark.suppressed{background:#eef7ee;border-bottom-style:dashed;border-color:#2e7d32}
${ruleFilters}${sevFilters}
.panel{margin:0 1.5rem 1.5rem;background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:start;vertical-align:top} th{background:#f5f5f5;font-family:system-ui,sans-serif}
td.num{font-family:system-ui,sans-serif;white-space:nowrap}
.sev-error td:first-child,.c-error{color:#b71c1c;font-weight:bold} .sev-warning td:first-child,.c-warning{color:#7a4100} .sev-info td:first-child,.c-info{color:#555}
tr.accepted td{background:#f1f8f1}
.w-same{background:#e3f2e3;border-radius:2px} .w-moved{background:#e6eefc;border-radius:2px} .w-synonym{background:#fdf0d5;border-radius:2px} .w-new{background:#ffe0e0;border-radius:2px;text-decoration:underline dotted #b71c1c}
/* the page puts its word marks inside the flag marks: the flag colour shows first */
mark.error [class^="w-"],mark.warning [class^="w-"],mark.suppressed [class^="w-"]{background:none}
.legend span{margin-inline-end:1rem;padding:0 .3rem}
.review input[type=text]{width:100%;box-sizing:border-box;font:inherit}
.review .who{margin:.5rem 0} button{font:inherit;padding:.3rem .8rem}
textarea{width:100%;min-height:8rem;font-family:monospace;font-size:.8rem}
.counts span{margin-inline-end:1rem}
body{overflow-wrap:break-word}
.skip{position:absolute;left:.5rem;top:-10rem;z-index:20;background:#fff;color:#1a4fb3;padding:.5rem .9rem;border:2px solid #2255bb;border-radius:4px;font-family:system-ui,sans-serif}
.skip:focus{top:.5rem}
.reason-cell{min-width:16rem} .review input.reason{padding:.25rem .35rem} .says{display:block;margin-top:.2rem;color:#444}
#flag-note{position:fixed;z-index:10;inset-inline-end:1rem;bottom:1rem;max-width:32rem;background:#fff;border:1px solid #888;border-radius:6px;box-shadow:0 2px 12px rgba(0,0,0,.25);padding:.6rem 2.4rem .6rem .9rem;font-family:system-ui,sans-serif;font-size:.95rem;line-height:1.45}
#flag-note p{margin:.2rem 0} #flag-note button{position:absolute;top:.3rem;inset-inline-end:.3rem;padding:.1rem .5rem;font-size:1.1rem;line-height:1}
mark[data-flag],mark[data-pair-flag]{cursor:help}
@media print{.filters,.review-controls,details,.skip,#flag-note{display:none} main{grid-template-columns:1fr 1fr;padding:0;gap:.6rem} section.doc{font-size:.8rem;line-height:1.8;padding:.3rem} section.doc>div{max-height:none;overflow:visible} .panel{margin:.6rem 0;font-size:.75rem} input{display:none} .s.active,.s.linked,.s.selected{background:none;box-shadow:none} section.doc{border:0} body{background:#fff}}
@media screen and (min-width:801px){section.doc>div{max-height:75vh;overflow-y:auto;padding-inline-end:.3rem}}
@media screen and (max-width:800px){main{grid-template-columns:1fr}}
@media screen and (max-width:700px){
body{overflow-wrap:anywhere}
header{padding:.7rem .8rem} h1{font-size:1.05rem} .meta span{display:inline-block}
.filters{padding:.4rem .8rem} .filters fieldset{display:block;margin:0 0 .3rem} .filters label{display:inline-block;margin:.15rem .8rem .15rem 0}
main{padding:.6rem .5rem;gap:.6rem} section.doc{padding:.6rem .7rem;font-size:1rem;line-height:2}
.panel{margin:0 .5rem .8rem;padding:.7rem}
table.cards,.cards thead,.cards tbody,.cards tr,.cards th,.cards td{display:block}
.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.cards tr{border:1px solid #ccc;border-radius:6px;margin:0 0 .7rem;padding:.3rem .5rem;background:#fff}
.cards td{border:0;padding:.2rem 0} .cards td.num{white-space:normal}
.cards td[data-label]::before{content:attr(data-label) ": ";font-family:system-ui,sans-serif;font-weight:bold;color:#4a4a4a;font-size:.85rem}
${FLAG_COLUMNS}
.cards td[dir]::before{display:block;direction:ltr;text-align:left;unicode-bidi:isolate}
.reason-cell{min-width:0}
#flag-note{inset-inline:0;bottom:0;max-width:none;border-radius:6px 6px 0 0}
}`;
