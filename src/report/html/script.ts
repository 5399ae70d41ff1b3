import { createHash } from 'node:crypto';

/**
 * The report's only script, a constant: the page's Content-Security-Policy allows exactly this text by
 * its hash, so nothing that comes from the input can run (diff2html's raw {{{ }}} is the trap to avoid).
 * It links sentences to their support sets (hover, focus, click or Enter to select), applies the
 * filters, and runs the review panel: tick flags, give a reason and a name, download the decisions file.
 */
export const SCRIPT = `
(function () {
  var body = document.body;
  function linked(el) { return (el.getAttribute('data-links') || '').split(' ').filter(Boolean).map(function (id) { return document.getElementById(id); }).filter(Boolean); }
  function mark(el, cls, on) { el.classList.toggle(cls, on); linked(el).forEach(function (o) { o.classList.toggle('linked', on); }); }
  var selected = null;
  function select(el) {
    if (selected) mark(selected, 'selected', false);
    if (selected === el) { selected = null; el.setAttribute('aria-pressed', 'false'); return; }
    if (selected) selected.setAttribute('aria-pressed', 'false');
    selected = el; mark(el, 'selected', true); el.setAttribute('aria-pressed', 'true');
  }
  document.querySelectorAll('.s[data-links]').forEach(function (el) {
    el.addEventListener('mouseenter', function () { if (!selected) mark(el, 'active', true); });
    el.addEventListener('mouseleave', function () { if (!selected) mark(el, 'active', false); });
    el.addEventListener('focus', function () { if (!selected) mark(el, 'active', true); });
    el.addEventListener('blur', function () { if (!selected) mark(el, 'active', false); });
    el.addEventListener('click', function () { select(el); });
    el.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(el); } });
  });
  document.querySelectorAll('input[data-filter]').forEach(function (box) {
    box.addEventListener('change', function () { body.classList.toggle('hide-' + box.getAttribute('data-filter'), !box.checked); });
  });
  var dataEl = document.getElementById('isnad-data');
  if (!dataEl) return;
  var data = JSON.parse(dataEl.textContent);
  var status = document.getElementById('review-status');
  var out = document.getElementById('decisions-json');
  function build() {
    var who = document.getElementById('reviewer').value.trim();
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
  document.getElementById('reviewer').addEventListener('input', refresh);
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
