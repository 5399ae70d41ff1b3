import { createHash } from 'node:crypto';
import { MIN_DICE } from '../../settings.js';

/**
 * The word marks of the aligned-sentences table, computed in the page from the words the report embeds
 * once (PageWords: each form's keys, each sentence's words as offsets): the same relation and the same
 * diff as marksBetween in src/report/word-diff.ts (jsdiff's diffArrays, whose algorithm `diff` follows
 * step by step: jsdiff, BSD-3-Clause, Kevin Decker). Computing them in the page instead of for every row
 * while writing the report took the report of a 32,000-sentence source from 13–17× the time of the JSON
 * report to within 3×. A test holds `marks` equal to marksBetween on random words, and a browser test
 * the marks of the seed report to the words marksBetween marks.
 */
export const WORD_MARKS = `function (VARIANT) {
  function diff(oldT, newT, eq) {
    var newLen = newT.length, oldLen = oldT.length, editLength = 1, maxEditLength = newLen + oldLen;
    var bestPath = [{ oldPos: -1, last: undefined }];
    function common(base, diagonal) {
      var oldPos = base.oldPos, newPos = oldPos - diagonal, n = 0;
      while (newPos + 1 < newLen && oldPos + 1 < oldLen && eq(oldT[oldPos + 1], newT[newPos + 1])) { newPos++; oldPos++; n++; }
      if (n) base.last = { count: n, added: false, removed: false, prev: base.last };
      base.oldPos = oldPos;
      return newPos;
    }
    function step(path, added, removed, inc) {
      var last = path.last;
      if (last && last.added === added && last.removed === removed) return { oldPos: path.oldPos + inc, last: { count: last.count + 1, added: added, removed: removed, prev: last.prev } };
      return { oldPos: path.oldPos + inc, last: { count: 1, added: added, removed: removed, prev: last } };
    }
    function parts(last) { var out = []; for (; last; last = last.prev) out.push(last); return out.reverse(); }
    var newPos = common(bestPath[0], 0);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) return parts(bestPath[0].last);
    var minDiagonal = -Infinity, maxDiagonal = Infinity;
    while (editLength <= maxEditLength) {
      for (var d = Math.max(minDiagonal, -editLength); d <= Math.min(maxDiagonal, editLength); d += 2) {
        var removePath = bestPath[d - 1], addPath = bestPath[d + 1], base;
        if (removePath) bestPath[d - 1] = undefined;
        var canAdd = false;
        if (addPath) { var addNewPos = addPath.oldPos - d; canAdd = 0 <= addNewPos && addNewPos < newLen; }
        var canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) { bestPath[d] = undefined; continue; }
        if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) base = step(addPath, true, false, 0);
        else base = step(removePath, false, true, 1);
        newPos = common(base, d);
        if (base.oldPos + 1 >= oldLen && newPos + 1 >= newLen) return parts(base.last);
        bestPath[d] = base;
        if (base.oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
        if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
      }
      editLength++;
    }
    return [];
  }
  var bigramCache = new Map();
  function bigrams(stem) {
    var b = bigramCache.get(stem);
    if (!b) {
      b = [];
      for (var i = 0; i < stem.length - 1; i++) b.push(stem.charCodeAt(i) * 65536 + stem.charCodeAt(i + 1));
      b.sort(function (p, q) { return p - q; });
      bigramCache.set(stem, b);
    }
    return b;
  }
  function dice(a, b) {
    var x = bigrams(a), y = bigrams(b), i = 0, j = 0, shared = 0;
    while (i < x.length && j < y.length) {
      if (x[i] === y[j]) { shared++; i++; j++; } else if (x[i] < y[j]) i++; else j++;
    }
    return (2.0 * shared) / (a.length + b.length - 2);
  }
  function same(x, y) {
    return x.stem === y.stem || (x.alt !== undefined && x.alt === y.stem) || (y.alt !== undefined && y.alt === x.stem) ||
      (x.values !== undefined && y.values !== undefined && x.values.some(function (v) { return y.values.includes(v); })) ||
      (x.stem.length >= 4 && y.stem.length >= 4 && (x.skeleton === y.skeleton ||
        ((2 * Math.min(x.stem.length - 1, y.stem.length - 1)) / (x.stem.length + y.stem.length - 2) >= VARIANT && dice(x.stem, y.stem) >= VARIANT)));
  }
  function kindOf(w, side) {
    if (side.some(function (x) { return same(w, x); })) return 'moved';
    var syn = w.synonyms;
    if (syn.length > 0 && side.some(function (x) { return syn.includes(x.stem) || (x.alt !== undefined && syn.includes(x.alt)); })) return 'synonym';
    return 'new';
  }
  // marksBetween: [start, end, kind] for the words of each side that are not stop words
  function marks(wa, wb) {
    var a = [], b = [], ia = 0, ib = 0;
    diff(wa, wb, same).forEach(function (p) {
      var n = p.count, k;
      if (p.removed) { for (k = ia; k < ia + n; k++) if (!wa[k].stop) a.push([wa[k].start, wa[k].end, kindOf(wa[k], wb)]); ia += n; }
      else if (p.added) { for (k = ib; k < ib + n; k++) if (!wb[k].stop) b.push([wb[k].start, wb[k].end, kindOf(wb[k], wa)]); ib += n; }
      else {
        for (k = 0; k < n; k++) {
          if (!wa[ia + k].stop) a.push([wa[ia + k].start, wa[ia + k].end, 'same']);
          if (!wb[ib + k].stop) b.push([wb[ib + k].start, wb[ib + k].end, 'same']);
        }
        ia += n; ib += n;
      }
    });
    a.sort(function (x, y) { return x[0] - y[0]; });
    b.sort(function (x, y) { return x[0] - y[0]; });
    return { a: a, b: b };
  }
  // wordsOf: the words of sentences (a support set: its sentences joined by line breaks) from their
  // embedded words; the figure values are the whole's (joined) when given, else each sentence's
  function words(forms, list, joined) {
    var out = [], offset = 0;
    list.forEach(function (s) {
      var base = out.length;
      for (var k = 0; k < s.w.length; k += 3) {
        var f = forms[s.w[k + 2]];
        out.push({ start: s.w[k] + offset, end: s.w[k + 1] + offset, stem: f[0], alt: f[1] === null ? undefined : f[1], stop: f[2] === 1, skeleton: f[3], synonyms: f[4], values: undefined });
      }
      if (!joined && s.v) values(out, base, s.v);
      offset += s.n + 1;
    });
    if (joined) values(out, 0, joined);
    return out;
  }
  function values(out, base, v) {
    for (var k = 0; k < v.length; k += 2) { var x = out[base + v[k]]; x.values = v[k + 1]; x.stop = false; }
  }
  return { diff: diff, dice: dice, marks: marks, words: words };
}`;

/**
 * The report's only script, a constant: the page's Content-Security-Policy allows exactly this text by
 * its hash, so nothing that comes from the input can run (diff2html's raw {{{ }}} is the trap to avoid).
 * It links sentences to their support sets (hover, focus, click or Enter to select; a selected
 * sentence's support off-screen is scrolled into view), shows a flag's messages on a tap, applies the
 * filters, and runs the review panel: tick flags, give a reason and a name (remembered in local
 * storage), download the decisions file.
 */
export const SCRIPT = `
(function () {
  var body = document.body;
  var dataEl = document.getElementById('isnad-data');
  var data = dataEl ? JSON.parse(dataEl.textContent) : null;
  // each sentence a button, with its links and title, from the page's data (not written on each span)
  if (data) [['summary', 0], ['source', 1]].forEach(function (d) {
    var box = document.getElementById(d[0]);
    if (!box) return;
    var links = data.units[d[1]][0], kinds = data.units[d[1]][1];
    box.querySelectorAll('.s').forEach(function (el) {
      var id = el.id.slice(2), l = Object.prototype.hasOwnProperty.call(links, id) ? links[id] : [];
      el.tabIndex = 0;
      el.setAttribute('role', 'button');
      el.setAttribute('aria-pressed', 'false');
      el.setAttribute('data-links', l.map(function (x) { return 'u-' + x; }).join(' '));
      el.title = id + ' (' + (Object.prototype.hasOwnProperty.call(kinds, id) ? kinds[id] : 'body') + ')' + (l.length ? ': ' + l.join(', ') : '');
    });
  });
  // the flags table's decision and reason cells (reviewing needs the script)
  if (data) {
    var head = document.querySelector('#flags thead tr');
    if (head) head.insertAdjacentHTML('beforeend', '<th scope="col">decision</th><th scope="col">reason</th>');
    document.querySelectorAll('#flags tbody tr[data-flag]').forEach(function (tr) {
      var i = Number(tr.getAttribute('data-flag')), a = data.accepted[i];
      var box = document.createElement('input');
      box.type = 'checkbox'; box.className = 'accept'; box.id = 'accept-' + i; box.checked = !!a;
      var label = document.createElement('label');
      label.htmlFor = box.id; label.textContent = ' accept';
      var td = document.createElement('td');
      td.setAttribute('data-label', 'decision');
      td.appendChild(box); td.appendChild(label);
      var reason = document.createElement('input');
      reason.type = 'text'; reason.className = 'reason'; reason.id = 'reason-' + i;
      reason.setAttribute('aria-label', 'reason for accepting flag ' + (i + 1));
      reason.value = a ? a.reason : '';
      reason.placeholder = 'why the flag is accepted';
      var td2 = document.createElement('td');
      td2.className = 'reason-cell'; td2.setAttribute('data-label', 'reason');
      td2.appendChild(reason);
      tr.appendChild(td); tr.appendChild(td2);
    });
  }
  // a flag's message as the title of its marks, given when the pointer first comes over one
  document.addEventListener('mouseover', function (e) {
    var m = e.target && e.target.closest && e.target.closest('mark[data-flag]');
    for (; m && m.tagName === 'MARK'; m = m.parentElement) {
      if (m.hasAttribute('title')) continue;
      var i = m.getAttribute('data-flag'), row = document.querySelector('#flags tr[data-flag="' + i + '"]');
      if (!row) continue;
      var a = data && data.accepted[i];
      m.title = row.cells[0].textContent + ' ' + row.cells[1].textContent + ': ' + row.cells[4].textContent + (a ? ' (accepted: ' + a.reason + ')' : '');
    }
  });
  function linked(el) { return (el.getAttribute('data-links') || '').split(' ').filter(Boolean).map(function (id) { return document.getElementById(id); }).filter(Boolean); }
  function mark(el, cls, on) { el.classList.toggle(cls, on); linked(el).forEach(function (o) { o.classList.toggle('linked', on); }); }
  var selected = null;
  var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // brings the first sentence of a support set (best first) into view when it is off-screen: inside its
  // panel when the panel scrolls on its own (wide screens), else in the page (phones, stacked)
  function reveal(list) {
    var el = list[0];
    if (!el) return;
    var box = el.closest('.doc > div');
    var r = el.getBoundingClientRect();
    var top = 0, bottom = window.innerHeight;
    if (box && box.scrollHeight > box.clientHeight + 1) {
      var b = box.getBoundingClientRect();
      top = Math.max(top, b.top); bottom = Math.min(bottom, b.bottom);
      if (r.top >= b.top && r.bottom <= b.bottom) { if (b.top >= 0 && b.bottom <= window.innerHeight) return; }
      else { box.scrollTo({ top: box.scrollTop + (r.top - b.top) - Math.max(0, (box.clientHeight - r.height) / 2), behavior: still ? 'auto' : 'smooth' }); return; }
    }
    if (r.top >= top && r.bottom <= bottom) return;
    el.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  }
  function select(el, stay) {
    if (selected) mark(selected, 'selected', false);
    if (selected === el) { selected = null; el.setAttribute('aria-pressed', 'false'); return; }
    if (selected) selected.setAttribute('aria-pressed', 'false');
    selected = el; mark(el, 'selected', true); el.setAttribute('aria-pressed', 'true');
    if (!stay) reveal(linked(el));
  }
  document.querySelectorAll('.s[data-links]').forEach(function (el) {
    el.addEventListener('mouseenter', function () { if (!selected) mark(el, 'active', true); });
    el.addEventListener('mouseleave', function () { if (!selected) mark(el, 'active', false); });
    el.addEventListener('focus', function () { if (!selected) mark(el, 'active', true); });
    el.addEventListener('blur', function () { if (!selected) mark(el, 'active', false); });
    // a tap on flagged words shows their messages (below) and leaves the page where it is
    el.addEventListener('click', function (e) { select(el, !!(e.target.closest && e.target.closest('mark'))); });
    el.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(el); } });
  });
  // a flag's message on a tap or a click, not only on hover (phones have no hover): every flag on the
  // words, from the flags table's row, with a link to the row to review it
  var note = document.getElementById('flag-note');
  function showFlags(ids) {
    note.textContent = '';
    ids.forEach(function (i) {
      var row = document.querySelector('tr[data-flag="' + i + '"]');
      if (!row) return;
      var p = document.createElement('p');
      var b = document.createElement('strong');
      b.textContent = row.cells[0].textContent + ' ' + row.cells[1].textContent;
      p.appendChild(b);
      p.appendChild(document.createTextNode(': ' + row.cells[4].textContent + ' '));
      var a = document.createElement('a');
      a.href = '#accept-' + i; a.textContent = 'review';
      p.appendChild(a);
      note.appendChild(p);
    });
    var close = document.createElement('button');
    close.type = 'button'; close.textContent = '\u00d7'; close.setAttribute('aria-label', 'close');
    close.addEventListener('click', function () { note.hidden = true; });
    note.appendChild(close);
    note.hidden = !ids.length;
  }
  if (note) document.addEventListener('click', function (e) {
    var t = e.target;
    if (!t || !t.closest || note.contains(t)) return;
    var m = t.closest('mark[data-flag], mark[data-pair-flag]');
    if (!m) { if (!t.closest('.s')) note.hidden = true; return; }
    var ids = [];
    for (; m && m.tagName === 'MARK'; m = m.parentElement) {
      var i = m.getAttribute('data-flag') || m.getAttribute('data-pair-flag');
      if (i !== null && ids.indexOf(i) < 0) ids.push(i);
    }
    showFlags(ids);
  });
  document.querySelectorAll('input[data-filter]').forEach(function (box) {
    box.addEventListener('change', function () { body.classList.toggle('hide-' + box.getAttribute('data-filter'), !box.checked); });
  });
  // the aligned-sentences table's word marks, made when a row comes near the screen (a large report has
  // thousands of rows); the text is there without them
  var wordsEl = document.getElementById('isnad-words');
  if (wordsEl) (function () {
    var W = JSON.parse(wordsEl.textContent), lib = (${WORD_MARKS})(${MIN_DICE});
    var rows = Array.prototype.slice.call(document.querySelectorAll('#pairs tbody tr'));
    var index = new Map(rows.map(function (tr, i) { return [tr, i]; }));
    // wraps el's text [base + start, base + end) of each mark in a span of its kind (a mark that begins
    // inside the one before is left out, as the report did when it wrote the marks)
    function wrap(el, base, list) {
      var end = 0;
      list.forEach(function (m) {
        if (m[0] < end) return;
        end = m[1];
        var s = base + m[0], e = base + m[1], at = 0, t, pieces = [];
        var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        while ((t = walker.nextNode())) {
          var from = at;
          at += t.data.length;
          if (at <= s) continue;
          if (from >= e) break;
          pieces.push([t, Math.max(s, from) - from, Math.min(e, at) - from]);
        }
        pieces.forEach(function (p) {
          var node = p[0];
          if (p[2] < node.data.length) node.splitText(p[2]);
          if (p[1] > 0) node = node.splitText(p[1]);
          var span = document.createElement('span');
          span.className = 'w-' + m[2];
          node.parentNode.insertBefore(span, node);
          span.appendChild(node);
        });
      });
    }
    function markRow(tr) {
      if (tr.hasAttribute('data-marked')) return;
      tr.setAttribute('data-marked', '');
      var row = W.rows[index.get(tr)];
      if (!row || !row[1].length) return;
      var sw = lib.words(W.forms, [W.s[row[0]]]);
      var each = row[1].map(function (id) { return lib.marks(sw, lib.words(W.forms, [W.t[id]])); });
      var own = row[1].length === 1 ? each[0].a : lib.marks(sw, lib.words(W.forms, row[1].map(function (id) { return W.t[id]; }), row.length > 2 ? row[2] : null)).a;
      wrap(tr.cells[1], 0, own);
      var ps = tr.cells[2].querySelectorAll('p');
      each.forEach(function (m, k) { if (ps[k]) wrap(ps[k], ps[k].firstChild.textContent.length + 1, m.b); });
    }
    if (window.IntersectionObserver) {
      var seen = new IntersectionObserver(function (entries) {
        entries.forEach(function (e) { if (e.isIntersecting) { seen.unobserve(e.target); markRow(e.target); } });
      }, { rootMargin: '800px 0px' });
      rows.forEach(function (tr) { seen.observe(tr); });
    } else rows.forEach(markRow);
  })();
  if (!data) return;
  var status = document.getElementById('review-status');
  var out = document.getElementById('decisions-json');
  var reviewer = document.getElementById('reviewer');
  // the reviewer's name is remembered in this browser (local storage), for the next report they open
  try { if (!reviewer.value) reviewer.value = window.localStorage.getItem('isnad.reviewer') || ''; } catch (e) { /* storage disabled */ }
  reviewer.addEventListener('input', function () {
    try { var v = reviewer.value.trim(); if (v) window.localStorage.setItem('isnad.reviewer', v); else window.localStorage.removeItem('isnad.reviewer'); } catch (e) { /* storage disabled */ }
  });
  // a flag's text where the data leaves it out: the text of its marks, which is exactly the flag's
  function shownText(i) {
    return Array.prototype.map.call(document.querySelectorAll('#summary mark[data-flag="' + i + '"], #source mark[data-flag="' + i + '"]'), function (m) { return m.textContent; }).join('');
  }
  function build() {
    var who = reviewer.value.trim();
    var today = new Date().toISOString().slice(0, 10);
    var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-flag]'));
    var keep = data.existing.filter(function (d, i) { return data.replaced.indexOf(i) < 0; });
    var problems = [];
    rows.forEach(function (tr) {
      var n = Number(tr.getAttribute('data-flag')), k = data.flags[n], a = data.accepted[n];
      var f = { key: { pair: data.pair, document: k[0], rule: k[1], text: k[2] !== null ? k[2] : shownText(n), before: k[3], after: k[4] }, accepted: a };
      var box = tr.querySelector('input.accept');
      var reason = tr.querySelector('input.reason').value.trim();
      tr.classList.toggle('accepted', box.checked);
      if (!box.checked) return;
      if (!reason) { problems.push('a reason for "' + f.key.text + '"'); return; }
      var by = f.accepted && f.accepted.reason === reason ? f.accepted.by : who;
      if (!by) { problems.push('your name'); return; }
      var d = { pair: f.key.pair, document: f.key.document, rule: f.key.rule, text: f.key.text, before: f.key.before, after: f.key.after, status: 'accepted', reason: reason, by: by, date: f.accepted && f.accepted.reason === reason && f.accepted.date ? f.accepted.date : today };
      keep.push(d);
    });
    if (problems.length) return { error: 'Missing ' + problems.filter(function (p, i) { return problems.indexOf(p) === i; }).join(', ') + '.' };
    keep.sort(function (a, b) { var ka = [a.pair, a.document, a.rule, a.text, a.before].join('\\u0000'), kb = [b.pair, b.document, b.rule, b.text, b.before].join('\\u0000'); return ka < kb ? -1 : ka > kb ? 1 : 0; });
    return { json: JSON.stringify({ version: 1, decisions: keep }, null, 2) + '\\n' };
  }
  function refresh() { var r = build(); status.textContent = r.error || ''; if (r.json) out.value = r.json; return r; }
  document.querySelectorAll('tr[data-flag] input').forEach(function (i) { i.addEventListener('change', refresh); i.addEventListener('input', refresh); });
  reviewer.addEventListener('input', refresh);
  document.getElementById('download').addEventListener('click', function () {
    var r = refresh();
    if (!r.json) return;
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([r.json], { type: 'application/json' }));
    a.download = data.decisionsFile;
    document.body.appendChild(a); a.click(); a.remove();
    status.textContent = 'Downloaded ' + data.decisionsFile + ': commit it to the repository to keep these decisions.';
  });
  refresh();
})();`;

export const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64');
