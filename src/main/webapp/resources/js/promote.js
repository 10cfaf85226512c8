/*
 * Promotion workbench: selecting text inside a post's Markdown makes that range the post's excerpt (and ticks the
 * post); "Whole post" clears it. Offsets are counted in the text as shown, which is the post's Markdown.
 * Without JavaScript, posts are promoted whole.
 */
(function () {
  "use strict";

  function offsetWithin(element, node, offset) {
    var range = document.createRange();
    range.selectNodeContents(element);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  function show(row, start, end) {
    var text = row.querySelector(".wb-text").textContent;
    var note = row.querySelector(".wb-excerpt");
    row.querySelector(".wb-start").value = start === null ? "" : String(start);
    row.querySelector(".wb-end").value = end === null ? "" : String(end);
    if (start === null) {
      note.hidden = true;
      row.classList.remove("wb-has-excerpt");
      return;
    }
    var piece = text.substring(start, end);
    note.querySelector(".wb-excerpt-text").textContent = "Excerpt (" + piece.length + " characters): \u201c"
      + (piece.length > 120 ? piece.substring(0, 117) + "\u2026" : piece) + "\u201d";
    note.hidden = false;
    row.classList.add("wb-has-excerpt");
  }

  function init() {
    document.querySelectorAll(".wb-row").forEach(function (row) {
      var pre = row.querySelector(".wb-text");
      var start = row.querySelector(".wb-start").value;
      var end = row.querySelector(".wb-end").value;
      if (start !== "" && end !== "") {
        show(row, parseInt(start, 10), parseInt(end, 10));
      }
      pre.addEventListener("mouseup", function () {
        var selection = window.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
          return;
        }
        var range = selection.getRangeAt(0);
        if (!pre.contains(range.startContainer) || !pre.contains(range.endContainer)) {
          return;
        }
        var s = offsetWithin(pre, range.startContainer, range.startOffset);
        var e = offsetWithin(pre, range.endContainer, range.endOffset);
        if (e > s) {
          show(row, s, e);
          row.querySelector(".wb-sel").checked = true;
        }
      });
      row.querySelector(".wb-whole").addEventListener("click", function () {
        show(row, null, null);
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
