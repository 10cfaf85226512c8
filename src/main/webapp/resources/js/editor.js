/*
 * The wiki editor's small helpers, loaded only on the editor page: the Markdown toolbar, inserting a
 * [[wiki link]] chosen in the link picker, and saving a draft about every ten seconds while the text changes
 * (by pressing the form's own "Save draft" button, so the server does the same as for a person).
 */
(function () {
  "use strict";

  var AUTOSAVE_MS = 10000;

  /** The form's id prefix ("edit:", "draft:"): the toolbar names the text area it controls. */
  function prefix() {
    var toolbar = document.querySelector(".editor-toolbar[aria-controls]");
    var id = toolbar ? toolbar.getAttribute("aria-controls") : "edit:markdown";
    return id.substring(0, id.lastIndexOf(":") + 1);
  }

  function textarea() {
    return document.getElementById(prefix() + "markdown");
  }

  function changed(area) {
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function replaceSelection(area, before, after, placeholder) {
    var start = area.selectionStart;
    var end = area.selectionEnd;
    var selected = area.value.substring(start, end) || placeholder;
    area.setRangeText(before + selected + after, start, end, "end");
    area.setSelectionRange(start + before.length, start + before.length + selected.length);
    area.focus();
    changed(area);
  }

  function prefixLines(area, prefix) {
    var start = area.value.lastIndexOf("\n", area.selectionStart - 1) + 1;
    var end = area.selectionEnd;
    var block = area.value.substring(start, end) || "";
    var lines = block.split("\n").map(function (line) { return prefix + line; }).join("\n");
    area.setRangeText(lines, start, end, "end");
    area.focus();
    changed(area);
  }

  var actions = {
    bold: function (a) { replaceSelection(a, "**", "**", "bold text"); },
    italic: function (a) { replaceSelection(a, "_", "_", "italic text"); },
    heading: function (a) { prefixLines(a, "## "); },
    link: function (a) { replaceSelection(a, "[", "](https://)", "link text"); },
    wikilink: function (a) { replaceSelection(a, "[[", "]]", "Page title"); },
    list: function (a) { prefixLines(a, "- "); },
    code: function (a) {
      var multiLine = a.value.substring(a.selectionStart, a.selectionEnd).indexOf("\n") >= 0;
      if (multiLine) {
        replaceSelection(a, "```\n", "\n```", "");
      } else {
        replaceSelection(a, "`", "`", "code");
      }
    }
  };

  function setUp() {
    var area = textarea();
    if (!area) {
      return;
    }
    document.querySelectorAll(".editor-toolbar [data-md]").forEach(function (button) {
      button.addEventListener("click", function () {
        actions[button.getAttribute("data-md")](area);
      });
    });

    var insert = document.getElementById("insert-link");
    if (insert) {
      insert.addEventListener("click", function () {
        var picker = document.getElementById(prefix() + "linkPicker_input");
        var title = picker ? picker.value.trim() : "";
        if (title) {
          area.setRangeText("[[" + title + "]]", area.selectionStart, area.selectionEnd, "end");
          area.focus();
          changed(area);
          picker.value = "";
        } else if (picker) {
          picker.focus();
        }
      });
    }

    var dirty = false;
    ["markdown", "title", "summary"].forEach(function (id) {
      var field = document.getElementById(prefix() + id);
      if (field) {
        field.addEventListener("input", function () { dirty = true; });
      }
    });
    window.setInterval(function () {
      var button = document.getElementById(prefix() + "autosave");
      if (dirty && button) {
        dirty = false;
        button.click();
      }
    }, AUTOSAVE_MS);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
}());
