/**
 * The catalogue's filter and search script, inlined in index.html: plain ES2017,
 * no modules and no network, so it runs from file://.
 */

/** Script text (wrapped in a function so it leaks no globals). */
export const PAGE_SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  form.hidden = false;
  var q = document.getElementById('q');
  var kind = document.getElementById('f-kind');
  var lang = document.getElementById('f-lang');
  var brand = document.getElementById('f-brand');
  var status = document.getElementById('status');
  var empty = document.getElementById('empty');
  var items = Array.prototype.slice.call(document.querySelectorAll('.item'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.kind'));
  function norm(s) {
    return String(s).normalize('NFD').replace(/[\\u0300-\\u036f\\u064b-\\u065f\\u0670]/g, '').toLowerCase();
  }
  function apply() {
    var words = norm(q.value).split(/\\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (el) {
      var ok = (!kind.value || el.getAttribute('data-kind') === kind.value) &&
        (!lang.value || (' ' + el.getAttribute('data-langs') + ' ').indexOf(' ' + lang.value + ' ') >= 0) &&
        (!brand.value || el.getAttribute('data-brand') === brand.value);
      if (ok && words.length) {
        var text = el.getAttribute('data-text') || '';
        ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      }
      el.hidden = !ok;
      if (ok) shown++;
    });
    sections.forEach(function (s) {
      var all = s.querySelectorAll('.item').length;
      var visible = s.querySelectorAll('.item:not([hidden])').length;
      var count = s.querySelector('.count');
      if (count) count.textContent = '(' + (visible === all ? all : visible + ' van ' + all) + ')';
      s.hidden = visible === 0;
    });
    empty.hidden = shown > 0;
    status.textContent = shown === items.length
      ? items.length + (items.length === 1 ? ' materiaal' : ' materialen')
      : shown + ' van ' + items.length + ' materialen getoond';
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
})();
`.trim();
