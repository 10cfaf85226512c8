/* Phrasebook terms in pages and posts: the tooltip (span[role=tooltip]) opens on hover and on keyboard focus by CSS
   alone; this script only lets Escape close an open tooltip (WCAG 1.4.13) until the pointer or focus leaves. */
(function () {
  function wrapOf(el) { return el && el.closest ? el.closest('.term-wrap') : null; }
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' && e.key !== 'Esc') { return; }
    document.querySelectorAll('.term-wrap:hover, .term-wrap:focus-within').forEach(function (w) {
      w.classList.add('term-dismissed');
    });
  });
  function reset(e) {
    var w = wrapOf(e.target);
    if (w) { w.classList.remove('term-dismissed'); }
  }
  document.addEventListener('mouseout', reset);
  document.addEventListener('focusout', reset);
}());
