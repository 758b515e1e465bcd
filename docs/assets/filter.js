// Instant filtering of the front page's group list. Without JavaScript the form
// stays hidden and the full list, and the lists by region, category, area and
// municipality below it, do the same job.
(function () {
  "use strict";
  var form = document.getElementById("gruppefilter");
  var list = document.getElementById("gruppeliste");
  var status = document.getElementById("gruppeantall");
  if (!form || !list || !status) {
    return;
  }
  var links = Array.prototype.slice.call(list.querySelectorAll("a[data-region]"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));

  function matches(link) {
    return selects.every(function (select) {
      var wanted = select.value;
      if (!wanted) {
        return true;
      }
      var values = (link.getAttribute("data-" + select.getAttribute("data-filter")) || "").split(" ");
      return values.indexOf(wanted) !== -1;
    });
  }

  function update() {
    var shown = 0;
    links.forEach(function (link) {
      var visible = matches(link);
      link.closest("li").hidden = !visible;
      shown += visible ? 1 : 0;
    });
    if (shown === 0) {
      status.textContent = "Ingen grupper passer valgene. Prøv et annet valg.";
    } else if (shown === links.length) {
      status.textContent = "Viser alle " + shown + " gruppene.";
    } else {
      status.textContent = "Viser " + shown + " av " + links.length + " grupper.";
    }
  }

  form.addEventListener("change", update);
  form.addEventListener("reset", function () {
    window.setTimeout(update, 0);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  form.hidden = false;
  status.hidden = false;
  update();
})();
