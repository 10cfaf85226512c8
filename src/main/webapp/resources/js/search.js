/* Header search box: suggests page and thread titles the reader may see while they type (GET /api/v1/search/suggest).
   Arrow keys move through the list, Enter opens the chosen title; without a choice Enter searches as usual. */
(function () {
  function setUp() {
    var form = document.querySelector('form.topbar-search[data-suggest]');
    if (!form || form.dataset.ready) { return; }
    form.dataset.ready = '1';
    var input = form.querySelector('#topbar-q');
    var list = form.querySelector('#topbar-suggest');
    var timer = null, active = -1, last = '', seq = 0;

    function close() {
      list.hidden = true; list.innerHTML = ''; active = -1;
      input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant');
    }
    function mark(i) {
      var items = list.querySelectorAll('li');
      items.forEach(function (li, n) { li.setAttribute('aria-selected', n === i ? 'true' : 'false'); });
      active = i;
      if (i >= 0) { input.setAttribute('aria-activedescendant', items[i].id); }
    }
    function show(suggestions) {
      list.innerHTML = '';
      suggestions.forEach(function (s, n) {
        var li = document.createElement('li');
        li.id = 'topbar-suggest-' + n; li.setAttribute('role', 'option');
        var a = document.createElement('a');
        a.href = form.dataset.base + s.url; a.textContent = s.title; a.tabIndex = -1;
        var meta = document.createElement('span');
        meta.className = 'suggest-meta'; meta.textContent = s.space ? ' · ' + s.space : '';
        li.appendChild(a); li.appendChild(meta); list.appendChild(li);
      });
      list.hidden = suggestions.length === 0;
      input.setAttribute('aria-expanded', suggestions.length ? 'true' : 'false');
      active = -1;
    }
    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === last) { return; }
      last = q;
      if (q.length < 2) { close(); return; }
      var mine = ++seq;
      fetch(form.dataset.suggest + '?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (data) { if (mine === seq) { show(data); } })
        .catch(function () { close(); });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(fetchSuggestions, 150); });
    input.addEventListener('keydown', function (e) {
      var items = list.querySelectorAll('li');
      if (e.key === 'ArrowDown' && items.length) { e.preventDefault(); mark((active + 1) % items.length); }
      else if (e.key === 'ArrowUp' && items.length) { e.preventDefault(); mark(active <= 0 ? items.length - 1 : active - 1); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); window.location.href = items[active].querySelector('a').href; }
      else if (e.key === 'Escape') { close(); }
    });
    input.addEventListener('blur', function () { setTimeout(close, 200); });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', setUp); } else { setUp(); }
})();

/* New-thread form: while the title is typed, list threads that already talk about the same things
   (GET /api/v1/search/similar) so a practitioner can join an earlier discussion instead. */
(function () {
  function setUp() {
    var box = document.getElementById('similar-threads');
    if (!box || box.dataset.ready) { return; }
    box.dataset.ready = '1';
    var input = document.getElementById(box.dataset.for);
    if (!input) { return; }
    var list = box.querySelector('ul');
    var timer = null, last = '', seq = 0;
    function lookUp() {
      var q = input.value.trim();
      if (q === last) { return; }
      last = q;
      if (q.length < 3) { box.hidden = true; list.innerHTML = ''; return; }
      var mine = ++seq;
      fetch(box.dataset.similar + '?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (data) {
          if (mine !== seq) { return; }
          list.innerHTML = '';
          data.forEach(function (s) {
            var li = document.createElement('li');
            var a = document.createElement('a');
            a.href = box.dataset.base + s.url; a.textContent = s.title;
            var meta = document.createElement('span');
            meta.className = 'muted'; meta.textContent = s.space ? ' · ' + s.space : '';
            li.appendChild(a); li.appendChild(meta); list.appendChild(li);
          });
          box.hidden = data.length === 0;
        })
        .catch(function () { box.hidden = true; });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(lookUp, 300); });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', setUp); } else { setUp(); }
})();
