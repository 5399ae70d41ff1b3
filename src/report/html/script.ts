import { createHash } from 'node:crypto';

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
  var dataEl = document.getElementById('isnad-data');
  if (!dataEl) return;
  var data = JSON.parse(dataEl.textContent);
  var status = document.getElementById('review-status');
  var out = document.getElementById('decisions-json');
  var reviewer = document.getElementById('reviewer');
  // the reviewer's name is remembered in this browser (local storage), for the next report they open
  try { if (!reviewer.value) reviewer.value = window.localStorage.getItem('isnad.reviewer') || ''; } catch (e) { /* storage disabled */ }
  reviewer.addEventListener('input', function () {
    try { var v = reviewer.value.trim(); if (v) window.localStorage.setItem('isnad.reviewer', v); else window.localStorage.removeItem('isnad.reviewer'); } catch (e) { /* storage disabled */ }
  });
  function build() {
    var who = reviewer.value.trim();
    var today = new Date().toISOString().slice(0, 10);
    var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-flag]'));
    var keep = data.existing.filter(function (d, i) { return data.replaced.indexOf(i) < 0; });
    var problems = [];
    rows.forEach(function (tr) {
      var f = data.flags[Number(tr.getAttribute('data-flag'))];
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
