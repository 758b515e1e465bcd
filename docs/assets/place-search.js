/* The front page's place search, started: this shows its form (hidden without JavaScript, when the page's links
   to the municipalities do the work) and loads the search itself (place-search-ui.js) only when the visitor first
   uses the field, «Bruk min posisjon» or «Finn», so that the page's first view carries little of it. What the
   visitor asked for until then is handed over as the event «stedsok:klar» on the form. */
(function () {
  "use strict";

  var form = document.getElementById("stedsok");
  var script = document.currentScript;
  if (!form || !script || !window.fetch || !window.URL || !window.CustomEvent) {
    return;
  }
  var input = document.getElementById("stedsok-felt");
  var positionButton = document.getElementById("stedsok-posisjon");
  var STARTS = [[input, "focus"], [input, "input"], [input, "pointerdown"], [input, "keydown"],
                [positionButton, "click"], [form, "submit"]];
  var asked = {field: false, position: false, submit: false};
  var loading = null;

  form.hidden = false;
  if (!navigator.geolocation) {
    positionButton.hidden = positionButton.nextElementSibling.hidden = true;
  }

  function listen(how) {
    STARTS.forEach(function (start) {
      start[0][how](start[1], ask);
    });
  }

  function ask(event) {
    if (event.type === "submit") {
      event.preventDefault();
      asked.submit = true;
    } else {
      asked[event.currentTarget === positionButton ? "position" : "field"] = true;
    }
    if (!loading) {
      loading = document.createElement("script");
      loading.src = new URL("place-search-ui.js", script.src).href;
      loading.onload = function () {
        listen("removeEventListener");
        form.dispatchEvent(new CustomEvent("stedsok:klar", {detail: asked}));
      };
      loading.onerror = function () {
        loading.remove();
        loading = null;
        document.getElementById("stedsok-melding").textContent =
          "Stedsøket kunne ikke lastes. Prøv igjen, eller velg kommunen din i lista over kommuner.";
      };
      document.head.appendChild(loading);
    }
  }

  listen("addEventListener");
})();
