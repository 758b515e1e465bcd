// Instant filtering of a list by the choices of a form: the front page's groups by region, municipality,
// category and area, the calendar's activities by region. A form names its list and its status line
// (data-list, data-status) and what the list holds (data-many, data-the-many: "grupper", "gruppene");
// each item is a list item whose link carries the values (data-region, ...). A section whose items are
// all hidden (a month of the calendar) is hidden with them. Without JavaScript the form stays hidden and
// the whole list shows; the region, category, area and municipality pages do the same job.
(function () {
  "use strict";

  function filtering(form) {
    var list = document.getElementById(form.getAttribute("data-list"));
    var status = document.getElementById(form.getAttribute("data-status"));
    if (!list || !status) {
      return;
    }
    var many = form.getAttribute("data-many");
    var theMany = form.getAttribute("data-the-many");
    var links = Array.prototype.slice.call(list.querySelectorAll("a[data-region]"));
    var sections = Array.prototype.slice.call(list.querySelectorAll("section"));
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
      sections.forEach(function (section) {
        section.hidden = section.querySelector("li:not([hidden])") === null;
      });
      if (shown === 0) {
        status.textContent = "Ingen " + many + " passer valgene. Prøv et annet valg.";
      } else if (shown === links.length) {
        status.textContent = "Viser alle " + shown + " " + theMany + ".";
      } else {
        status.textContent = "Viser " + shown + " av " + links.length + " " + many + ".";
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
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-list]"), filtering);
})();
