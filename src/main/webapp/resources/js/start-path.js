/* Start-here paths: anonymous readers keep the steps they opened in this browser (localStorage), signed-in
   readers' progress is stored by the server. Marks visited steps in the list; works without it too. */
(function () {
  function setUp() {
    var path = document.getElementById('path');
    if (!path || path.dataset.ready || path.dataset.signedIn === 'true') { return; }
    path.dataset.ready = '1';
    var key = 'commonplace.path.' + path.dataset.path;
    var seen = [];
    try { seen = JSON.parse(window.localStorage.getItem(key) || '[]'); } catch (e) { seen = []; }
    if (seen.indexOf(path.dataset.current) < 0) { seen.push(path.dataset.current); }
    try { window.localStorage.setItem(key, JSON.stringify(seen)); } catch (e) { /* private mode: nothing kept */ }
    var items = path.querySelectorAll('li[data-step]');
    var done = 0;
    items.forEach(function (li) {
      if (seen.indexOf(li.dataset.step) >= 0) { li.classList.add('visited'); done++; }
    });
    var progress = document.getElementById('path-progress');
    if (progress) { progress.textContent = done + ' of ' + items.length + ' steps visited (kept in this browser)'; }
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', setUp); } else { setUp(); }
}());
