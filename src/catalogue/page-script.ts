/**
 * The catalogue's filter, search and choice script, inlined in index.html: plain ES2017,
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
  var KEYS = ['lang', 'brand', 'variant'];
  function norm(s) {
    return String(s).normalize('NFD').replace(/[\\u0300-\\u036f\\u064b-\\u065f\\u0670]/g, '').toLowerCase();
  }
  function views(card) {
    return Array.prototype.slice.call(card.querySelectorAll('.view'));
  }
  function shown(card) {
    return views(card).filter(function (v) { return !v.hidden; })[0] || views(card)[0];
  }
  // Show the first view that matches the wishes, the first wish weighing most; the
  // choices follow the view shown.
  function show(card, wishes) {
    var now = shown(card);
    var pick = views(card);
    wishes.forEach(function (w) {
      var narrower = pick.filter(function (v) { return v.getAttribute('data-' + w[0]) === w[1]; });
      if (narrower.length) pick = narrower;
    });
    var view = pick[0];
    if (view !== now) {
      views(card).forEach(function (v) { v.hidden = v !== view; });
    }
    Array.prototype.forEach.call(card.querySelectorAll('select[data-choice]'), function (s) {
      s.value = view.getAttribute('data-' + s.getAttribute('data-choice'));
    });
  }
  function current(card) {
    var v = shown(card);
    return KEYS.map(function (k) { return [k, v.getAttribute('data-' + k)]; });
  }
  items.forEach(function (card) {
    var box = card.querySelector('.choices');
    if (!box) return;
    box.hidden = false;
    box.addEventListener('change', function (e) {
      var key = e.target.getAttribute('data-choice');
      show(card, [[key, e.target.value]].concat(current(card)));
    });
  });
  function apply() {
    var words = norm(q.value).split(/\\s+/).filter(Boolean);
    var count = 0;
    items.forEach(function (el) {
      var ok = (!kind.value || el.getAttribute('data-kind') === kind.value) &&
        (!lang.value || (' ' + el.getAttribute('data-langs') + ' ').indexOf(' ' + lang.value + ' ') >= 0) &&
        (!brand || !brand.value || (' ' + el.getAttribute('data-brands') + ' ').indexOf(' ' + brand.value + ' ') >= 0);
      if (ok && words.length) {
        var text = el.getAttribute('data-text') || '';
        ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      }
      el.hidden = !ok;
      if (ok) count++;
      if (ok && (lang.value || (brand && brand.value))) {
        var wishes = [];
        if (brand && brand.value) wishes.push(['brand', brand.value]);
        if (lang.value) wishes.push(['lang', lang.value]);
        show(el, wishes.concat(current(el)));
      }
    });
    sections.forEach(function (s) {
      var all = s.querySelectorAll('.item').length;
      var visible = s.querySelectorAll('.item:not([hidden])').length;
      var c = s.querySelector('.count');
      if (c) c.textContent = '(' + (visible === all ? all : visible + ' van ' + all) + ')';
      s.hidden = visible === 0;
    });
    empty.hidden = count > 0;
    status.textContent = count === items.length
      ? items.length + (items.length === 1 ? ' document' : ' documenten')
      : count + ' van ' + items.length + ' documenten getoond';
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
})();
`.trim();
