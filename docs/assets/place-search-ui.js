/* The front page's place search: one field that takes a municipality, a post place or town, or a postcode and
   leads to the municipality's page (an ARIA 1.2 combobox with a listbox of suggestions), and «Bruk min posisjon»,
   which lists the groups nearest the visitor, measured here in the browser.

   place-search.js shows the form and loads this file when the field, the button or the form is first used, then
   hands over what the visitor asked for meanwhile (the event «stedsok:klar» on the form). The styles of what this
   file shows (place-search-ui.css) and the data (steder.json, generator/sites/public/place_search.py) are fetched
   only then. The position is asked for only on a click, is used only in this page, and is never sent anywhere. */
(function () {
  "use strict";

  var form = document.getElementById("stedsok");
  if (!form) {
    return;
  }
  var input = document.getElementById("stedsok-felt");
  var listbox = document.getElementById("stedsok-forslag");
  var message = document.getElementById("stedsok-melding");
  var count = document.getElementById("stedsok-antall");
  var nearest = document.getElementById("stedsok-naermeste");
  var credit = document.getElementById("stedsok-kilde");
  var positionButton = document.getElementById("stedsok-posisjon");
  var sourceUrl = new URL(form.getAttribute("data-source"), document.baseURI);
  var stylesUrl = new URL("place-search-ui.css", document.currentScript.src);
  var MAX_SUGGESTIONS = 8;
  var MAX_NEAREST = 5;
  var EARTH_RADIUS_KM = 6371.0088;
  // «rana» finds «Mo i Rana», «odal» «Nord-Odal»
  var WORD_STARTS = [" ", "-", "("];

  // the promise of the index, once asked for; the index, once loaded
  var loading = null;
  var index = null;
  // the suggestions in the listbox, and the one chosen with the arrow keys
  var shown = [];
  var active = -1;

  function fold(text) {
    return text.toLocaleLowerCase("nb").replace(/\s+/g, " ").trim();
  }

  function say(text) {
    message.textContent = text;
  }

  /* The data as the search reads it: one entry a municipality and a post place, each with its words. */
  function indexed(data) {
    var municipalities = data.municipalities.map(function (row) {
      return {page: new URL(row[0], sourceUrl).href, lat: row[1], lon: row[2], name: row[3],
              names: row.slice(3)};
    });
    var entries = [];
    var postcodes = [];
    municipalities.forEach(function (municipality) {
      municipality.names.forEach(function (name, i) {
        entries.push({kind: "municipality", name: name, key: fold(name), municipality: municipality,
                      rank: i === 0 ? 0 : 1});
      });
    });
    data.places.forEach(function (row) {
      var municipality = municipalities[row[1]];
      var key = fold(row[0]);
      if (key !== fold(municipality.name)) {     // «Oslo» in Oslo is the municipality itself
        entries.push({kind: "place", name: row[0], key: key, municipality: municipality, rank: 2});
      }
    });
    /* The postcodes come in ascending order, each as its step from the one before and its place (steder.json). */
    for (var i = 0, code = 0; i < data.postcodes.length; i += 2) {
      code += data.postcodes[i];
      var place = data.places[data.postcodes[i + 1]];
      var written = ("000" + code).slice(-4);
      postcodes.push({kind: "postcode", name: written + " " + place[0], key: written,
                      municipality: municipalities[place[1]]});
    }
    var groups = data.groups.map(function (row) {
      return {name: row[0], page: new URL(row[1], sourceUrl).href, municipality: municipalities[row[2]]};
    });
    if (data.attribution) {
      credit.textContent = data.attribution + ", ";
      var licence = document.createElement("a");
      licence.href = data.licence_url;
      licence.textContent = "NLOD";
      credit.appendChild(licence);
      credit.appendChild(document.createTextNode("."));
      credit.hidden = false;
    }
    return {entries: entries, postcodes: postcodes, groups: groups};
  }

  /* The suggestions' and the nearest groups' styles, asked for with this file and awaited before they show. */
  var styled = new Promise(function (resolve) {
    var styles = document.createElement("link");
    styles.rel = "stylesheet";
    styles.href = stylesUrl.href;
    styles.onload = styles.onerror = resolve;
    document.head.appendChild(styles);
  });

  function load() {
    if (!loading) {
      var fetched = fetch(sourceUrl.href).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      });
      loading = Promise.all([fetched, styled])
        .then(function (loaded) {
          index = indexed(loaded[0]);
          return index;
        })
        .catch(function () {
          loading = null;
          say("Stedene kunne ikke hentes. Prøv igjen, eller velg kommunen din i lista over kommuner.");
          throw new Error("no data");
        });
    }
    return loading;
  }

  /* What is typed, matched: postcodes by their first digits; names by their start or a word's start, the whole
     name first, municipalities before places, then in Norwegian alphabetical order. */
  function suggestions(typed) {
    var query = fold(typed);
    if (!query || !index) {
      return [];
    }
    if (/^\d{1,4}$/.test(query)) {
      return index.postcodes.filter(function (entry) {
        return entry.key.lastIndexOf(query, 0) === 0;
      }).slice(0, MAX_SUGGESTIONS);
    }
    var found = [];
    var seen = {};
    index.entries.forEach(function (entry) {
      var start = entry.key.lastIndexOf(query, 0) === 0;
      if (!start && !WORD_STARTS.some(function (before) { return entry.key.indexOf(before + query) >= 0; })) {
        return;
      }
      var seenKey = entry.kind + entry.name + entry.municipality.page;
      if (seen[seenKey]) {
        return;
      }
      seen[seenKey] = true;
      found.push({entry: entry, order: [entry.key === query ? 0 : 1, start ? 0 : 1, entry.rank]});
    });
    found.sort(function (a, b) {
      for (var i = 0; i < a.order.length; i++) {
        if (a.order[i] !== b.order[i]) {
          return a.order[i] - b.order[i];
        }
      }
      return a.entry.name.localeCompare(b.entry.name, "nb");
    });
    return found.slice(0, MAX_SUGGESTIONS).map(function (item) { return item.entry; });
  }

  function described(entry) {
    if (entry.kind === "municipality") {
      return entry.name === entry.municipality.name ? "kommune" : "kommune, " + entry.municipality.name;
    }
    return (entry.kind === "place" ? "sted i " : "i ") + entry.municipality.name;
  }

  function show(typed) {
    shown = suggestions(typed);
    active = -1;
    listbox.textContent = "";
    shown.forEach(function (entry, i) {
      var option = document.createElement("li");
      option.id = "stedsok-forslag-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.className = "stedsok__forslag-valg";
      var name = document.createElement("span");
      name.textContent = entry.name;
      var kind = document.createElement("span");
      kind.className = "stedsok__forslag-hva";
      kind.textContent = " " + described(entry);
      option.appendChild(name);
      option.appendChild(kind);
      option.addEventListener("mousedown", function (event) {
        event.preventDefault();           // the field keeps the focus
      });
      option.addEventListener("click", function () {
        go(entry);
      });
      listbox.appendChild(option);
    });
    var open = shown.length > 0;
    listbox.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    input.removeAttribute("aria-activedescendant");
    count.textContent = open ? (shown.length === 1 ? "1 forslag." : shown.length + " forslag.") : "";
    if (fold(typed) && index && !open) {
      say("Fant ingen kommune, sted eller postnummer som begynner slik.");
    } else {
      say("");
    }
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(to) {
    var options = listbox.children;
    if (active >= 0 && options[active]) {
      options[active].setAttribute("aria-selected", "false");
    }
    active = to;
    if (active < 0) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    options[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({block: "nearest"});
  }

  function go(entry) {
    input.value = entry.name;
    close();
    say("Går til " + entry.municipality.name + " …");
    window.location.assign(entry.municipality.page);
  }

  function submit() {
    if (active >= 0) {
      go(shown[active]);
      return;
    }
    load().then(function () {
      var matches = suggestions(input.value);
      if (matches.length) {
        go(matches[0]);
      } else {
        show(input.value);
        if (!fold(input.value)) {
          say("Skriv navnet på en kommune eller et sted, eller et postnummer.");
        }
      }
    }, function () {});
  }

  input.addEventListener("focus", function () {
    load().catch(function () {});
  });
  input.addEventListener("input", function () {
    var typed = input.value;
    load().then(function () {
      if (input.value === typed) {
        show(typed);
      }
    }, function () {});
  });
  input.addEventListener("keydown", function (event) {
    var open = !listbox.hidden;
    if (event.key === "ArrowDown" || event.key === "Down") {
      event.preventDefault();
      if (!open) {
        show(input.value);
      }
      if (shown.length) {
        highlight(event.altKey ? -1 : (active + 1) % shown.length);
      }
    } else if (event.key === "ArrowUp" || event.key === "Up") {
      event.preventDefault();
      if (!open) {
        show(input.value);
      }
      if (shown.length) {
        highlight(active <= 0 ? shown.length - 1 : active - 1);
      }
    } else if (event.key === "Escape" || event.key === "Esc") {
      if (open) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = "";
        say("");
      }
    } else if (event.key === "Tab") {
      close();
    }
  });
  input.addEventListener("blur", function () {
    close();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    submit();
  });

  /* «Bruk min posisjon»: the nearest groups by the great-circle distance to their municipality's point. */
  function distanceKm(lat1, lon1, lat2, lon2) {
    var radians = Math.PI / 180;
    var dLat = (lat2 - lat1) * radians;
    var dLon = (lon2 - lon1) * radians;
    var h = Math.pow(Math.sin(dLat / 2), 2)
      + Math.cos(lat1 * radians) * Math.cos(lat2 * radians) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  function listNearest(latitude, longitude) {
    var measured = index.groups.map(function (group) {
      var km = distanceKm(latitude, longitude, group.municipality.lat, group.municipality.lon);
      return {group: group, km: Math.max(1, Math.round(km))};
    });
    measured.sort(function (a, b) {
      return a.km - b.km || a.group.name.localeCompare(b.group.name, "nb");
    });
    var list = nearest.querySelector("ol");
    list.textContent = "";
    measured.slice(0, MAX_NEAREST).forEach(function (item) {
      var entry = document.createElement("li");
      var link = document.createElement("a");
      link.href = item.group.page;
      link.textContent = item.group.name;
      entry.appendChild(link);
      entry.appendChild(document.createTextNode(" – " + item.km.toLocaleString("nb") + " km, "
                                                + item.group.municipality.name));
      list.appendChild(entry);
    });
    nearest.hidden = false;
    say(measured.length ? "" : "Det er ingen grupper å vise ennå.");
    nearest.querySelector("h2").focus();
  }

  var POSITION_ERRORS = {
    1: "Du har ikke gitt nettleseren lov til å bruke posisjonen din. Skriv kommune, sted eller postnummer i stedet.",
    2: "Posisjonen din kunne ikke finnes. Skriv kommune, sted eller postnummer i stedet.",
    3: "Det tok for lang tid å finne posisjonen din. Prøv igjen, eller skriv kommune, sted eller postnummer."
  };

  function findPosition() {
    say("Finner posisjonen din …");
    load().then(function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        listNearest(position.coords.latitude, position.coords.longitude);
      }, function (error) {
        say(POSITION_ERRORS[error.code] || POSITION_ERRORS[2]);
      }, {enableHighAccuracy: false, timeout: 15000, maximumAge: 600000});
    }, function () {});
  }

  positionButton.addEventListener("click", findPosition);

  /* What the visitor did before this file was loaded (place-search.js): a use of the field shows the suggestions
     for what it holds, if the visitor is still in it; a click on «Bruk min posisjon» asks for the position, once. */
  form.addEventListener("stedsok:klar", function (event) {
    var asked = event.detail;
    if (asked.submit) {
      submit();
    } else if (asked.field) {
      load().then(function () {
        if (document.activeElement === input && fold(input.value)) {
          show(input.value);
        }
      }, function () {});
    }
    if (asked.position) {
      findPosition();
    }
  });
})();
