// The site's search (Pagefind, generator/sites/site_search.py), the same on both sites and both engines: a
// button «Søk» in the header opens a search panel under it. Pagefind's interface, its styles and its index
// are fetched only when the button is first used, so a page's first view carries none of them. Without
// JavaScript there is no button (the menu and the lists find every page).
(function () {
  "use strict";
  var header = document.querySelector(".md-header__inner");
  var script = document.currentScript;
  if (!header || !script) {
    return;
  }
  // this file is <site>/assets/sok.js
  var root = new URL("../", script.src);
  var bundle = new URL("pagefind/", root);
  var ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
    '<path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.5' +
    ' 6.5 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5' +
    ' 5"/></svg>';

  var button = document.createElement("button");
  button.type = "button";
  button.className = "md-header__button md-icon sok-knapp";
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", "sok-panel");
  button.innerHTML = ICON + '<span class="sok-knapp__tekst">Søk</span>';
  header.insertBefore(button, header.querySelector(".md-header__source"));

  var panel = document.createElement("div");
  panel.id = "sok-panel";
  panel.className = "sok-panel";
  panel.setAttribute("role", "search");
  panel.hidden = true;
  panel.innerHTML = '<div class="sok-panel__innhold md-grid"><div id="sok-felt"></div></div>';
  header.parentNode.insertBefore(panel, header.nextSibling);

  var loading = null;

  function load() {
    if (!loading) {
      var styles = document.createElement("link");
      styles.rel = "stylesheet";
      styles.href = new URL("pagefind-ui.css", bundle).href;
      document.head.appendChild(styles);
      loading = new Promise(function (resolve, reject) {
        var code = document.createElement("script");
        code.src = new URL("pagefind-ui.js", bundle).href;
        code.onload = resolve;
        code.onerror = reject;
        document.head.appendChild(code);
      }).then(function () {
        new window.PagefindUI({
          element: "#sok-felt",
          bundlePath: bundle.pathname,
          baseUrl: root.pathname,
          showImages: false,
          showSubResults: true,
          autofocus: true,
          translations: {search_label: "Søk på nettstedet", placeholder: "Søk etter gruppe, kommune eller side"}
        });
      });
    }
    return loading;
  }

  function field() {
    return panel.querySelector("input");
  }

  function open() {
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    load().then(function () {
      if (field()) {
        field().focus();
      }
    }, function () {
      panel.querySelector("#sok-felt").textContent = "Søket kunne ikke lastes. Prøv igjen senere.";
    });
  }

  function close() {
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }

  button.addEventListener("click", function () {
    if (panel.hidden) {
      open();
    } else {
      close();
    }
  });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      close();
    }
  });
})();
