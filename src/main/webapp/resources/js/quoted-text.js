/*
 * Imported mail: the quoted part of a message (a block quote after the line "Quoted text:", written by the
 * mbox importer) is folded behind a "show quoted text" toggle. Without scripts the quote simply shows.
 */
(function () {
  'use strict';
  var labelSource = document.getElementById('quoted-text-label');
  var label = labelSource ? labelSource.textContent : 'show quoted text';
  document.querySelectorAll('.post-body > p').forEach(function (p) {
    var quote = p.nextElementSibling;
    var em = p.firstElementChild;
    if (!quote || quote.tagName !== 'BLOCKQUOTE' || !em || em.tagName !== 'EM' || p.textContent.trim() !== 'Quoted text:') {
      return;
    }
    var details = document.createElement('details');
    details.className = 'quoted-text';
    var summary = document.createElement('summary');
    summary.textContent = label;
    details.appendChild(summary);
    p.parentNode.replaceChild(details, p);
    details.appendChild(quote);
  });
})();
