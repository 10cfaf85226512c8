/*
 * "Collect" on posts (editors): adds a post to or removes it from the editor's collection without leaving the page,
 * through PUT / DELETE /api/v1/collection/posts/{id}, and keeps the "Your collection (N)" link's count current.
 */
(function () {
  "use strict";

  function api() {
    var link = document.getElementById("collection-link");
    return link ? link.getAttribute("data-api") : "/api/v1/collection/posts/";
  }

  function toggle(button) {
    var on = button.getAttribute("aria-pressed") === "true";
    button.disabled = true;
    fetch(api() + encodeURIComponent(button.getAttribute("data-post")), {
      method: on ? "DELETE" : "PUT",
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    }).then(function (body) {
      button.setAttribute("aria-pressed", body.collected ? "true" : "false");
      button.textContent = body.collected ? button.getAttribute("data-on") : button.getAttribute("data-off");
      var link = document.getElementById("collection-link");
      if (link) {
        link.textContent = link.textContent.replace(/\(\d+\)/, "(" + body.count + ")");
      }
    }).catch(function () {
      button.classList.add("collect-failed");
    }).finally(function () {
      button.disabled = false;
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.collect[data-post]") : null;
    if (button) {
      toggle(button);
    }
  });
}());
