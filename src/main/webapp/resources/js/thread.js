/*
 * Thread page. Permalinks: a link "#p123" to a post that is not on this page (a later page, a continued branch)
 * reopens the thread where that post is ("?post=123#p123"); the server finds the page. Collapsible branches: a
 * post with replies below it on this page gets a button that hides and shows them (aria-expanded tells screen
 * readers). "Quote" puts the text selected inside a post (or, with nothing selected, the whole post) into
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

  function landOnPermalink() {
    var match = /^#p(\d+)$/.exec(window.location.hash);
    if (!match || document.getElementById("p" + match[1])) {
      return;
    }
    var params = new URLSearchParams(window.location.search);
    if (params.get("post") === match[1]) {
      return; // the server already looked for it: the post is not in this thread
    }
    var target = new URLSearchParams();
    target.set("post", match[1]);
    if (params.get("order") === "flat") {
      target.set("order", "flat");
    }
    window.location.replace(window.location.pathname + "?" + target.toString() + "#p" + match[1]);
  }

  function postsBelow(posts, index) {
    var depth = Number(posts[index].getAttribute("data-depth"));
    var below = [];
    for (var j = index + 1; j < posts.length && Number(posts[j].getAttribute("data-depth")) > depth; j++) {
      below.push(j);
    }
    return below;
  }

  function initCollapsing() {
    var list = document.getElementById("posts");
    if (!list) {
      return;
    }
    var posts = Array.prototype.slice.call(list.querySelectorAll(":scope > li.post"));
    var collapseLabel = list.getAttribute("data-collapse-label");
    var expandLabel = list.getAttribute("data-expand-label");

    function show(index) {
      // shows what lies below a post, except what lies below a post that is itself collapsed
      var below = postsBelow(posts, index);
      for (var k = 0; k < below.length; k++) {
        var li = posts[below[k]];
        li.hidden = false;
        if (li.getAttribute("data-collapsed") === "true") {
          k += postsBelow(posts, below[k]).length;
        }
      }
    }

    posts.forEach(function (li, index) {
      var below = postsBelow(posts, index);
      var meta = li.querySelector(".post-meta");
      if (below.length === 0 || !meta) {
        return;
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "link-button collapse-toggle";
      button.setAttribute("aria-expanded", "true");
      button.textContent = "− " + collapseLabel;
      button.addEventListener("click", function () {
        var collapse = button.getAttribute("aria-expanded") === "true";
        li.setAttribute("data-collapsed", collapse ? "true" : "false");
        button.setAttribute("aria-expanded", collapse ? "false" : "true");
        button.textContent = collapse ? "+ " + expandLabel.replace("{0}", String(below.length)) : "− " + collapseLabel;
        if (collapse) {
          below.forEach(function (j) { posts[j].hidden = true; });
        } else {
          show(index);
        }
      });
      meta.appendChild(button);
    });
  }

  function start() {
    landOnPermalink();
    initCollapsing();
    init();
    window.addEventListener("hashchange", landOnPermalink);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
