/*
 * Thread page: "Quote" puts the text selected inside a post (or, with nothing selected, the whole post) into
 * the reply box as a Markdown quote with an attribution link back to the post. Loaded only on thread pages;
 * without JavaScript the Quote buttons stay hidden and everything else works.
 */
(function () {
  "use strict";

  function quoteLines(text) {
    return text.trim().split(/\r?\n/).map(function (line) { return "> " + line; }).join("\n");
  }

  function selectedTextWithin(element) {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return "";
    }
    var range = selection.getRangeAt(0);
    return element.contains(range.commonAncestorContainer) ? selection.toString() : "";
  }

  function init() {
    var reply = document.getElementById("reply:markdown");
    var buttons = document.querySelectorAll(".quote-button");
    if (!reply) {
      return;
    }
    buttons.forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var post = document.getElementById(button.getAttribute("data-post"));
        var body = post ? post.querySelector(".post-body") : null;
        if (!body) {
          return;
        }
        var text = selectedTextWithin(body) || body.innerText;
        var quote = quoteLines(text) + "\n>\n> — [" + button.getAttribute("data-author") + "](" + button.getAttribute("data-link") + ")\n\n";
        reply.value = (reply.value ? reply.value.replace(/\s*$/, "\n\n") : "") + quote;
        reply.focus();
        reply.setSelectionRange(reply.value.length, reply.value.length);
        reply.scrollIntoView({ block: "center" });
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
