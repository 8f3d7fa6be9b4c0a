// A box that filters a long grouped list (core/widgets/time_zone_select.html). Typing keeps the
// options whose label, group or data-terms contain every word typed, in any case and with or
// without accents; a word such as "+5", "UTC+05" or "-3:30" keeps the options whose
// data-offset starts with it. Groups left empty go; the chosen option always stays, so the
// form never loses what was chosen. Enter picks the first match (if the choice is not one)
// and moves to the list; Escape empties the box. The box is hidden in the page and shown
// here, so without scripts the plain list is offered. The file may be included once per list.
(function () {
  if (window.trellisSelectFilter) {
    return;
  }
  window.trellisSelectFilter = true;

  var OFFSET = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{1,2}))?$/;
  var ANNOUNCE_AFTER = 400;

  function fold(text) {
    return text
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2212\u2013]/g, "-");
  }

  function pad(number) {
    return number.length < 2 ? "0" + number : number;
  }

  // "+5" -> {offset: "+05"}, "utc-3:3" -> {offset: "-03:3"}, "almaty" -> {text: "almaty"}.
  function wordTest(word) {
    var offset = OFFSET.exec(word);
    if (!offset) {
      return { text: word };
    }
    var start = offset[1] + pad(offset[2]);
    return { offset: offset[3] === undefined ? start : start + ":" + offset[3] };
  }

  // The list as the page gave it: its groups (or the list itself) with their options.
  function listOf(input) {
    if (input.trellisList) {
      return input.trellisList;
    }
    var select = document.getElementById(input.getAttribute("data-select-filter-for"));
    var parts = [];
    Array.prototype.forEach.call(select.children, function (child) {
      var grouped = child.tagName === "OPTGROUP";
      var options = grouped ? Array.prototype.slice.call(child.children) : [child];
      parts.push({
        element: grouped ? child : null,
        options: options.map(function (option) {
          return {
            element: option,
            words: fold(
              [option.text, grouped ? child.label : "", option.getAttribute("data-terms") || ""].join(" ")
            ),
            offset: option.getAttribute("data-offset") || "",
          };
        }),
      });
    });
    input.trellisList = { select: select, parts: parts };
    return input.trellisList;
  }

  function matches(option, tests) {
    return tests.every(function (test) {
      return test.text !== undefined
        ? option.words.indexOf(test.text) !== -1
        : option.offset.indexOf(test.offset) === 0;
    });
  }

  function statusOf(input) {
    return input.closest("[data-select-filter]").querySelector("[role=status]");
  }

  function announce(input, count) {
    var status = statusOf(input);
    window.clearTimeout(input.trellisAnnounce);
    input.trellisAnnounce = window.setTimeout(function () {
      if (!input.value.trim()) {
        status.textContent = "";
      } else if (count === 0) {
        status.textContent = status.getAttribute("data-none");
      } else {
        status.textContent = status.getAttribute("data-found").replace("{number}", String(count));
      }
    }, ANNOUNCE_AFTER);
  }

  // Shows the matching options (and the chosen one); returns the first match, if any.
  function filter(input) {
    var list = listOf(input);
    var tests = fold(input.value).split(/\s+/).filter(Boolean).map(wordTest);
    var chosen = list.select.selectedOptions[0] || null;
    var count = 0;
    var first = null;
    var kept = [];
    list.parts.forEach(function (part) {
      var options = part.options.filter(function (option) {
        var match = matches(option, tests);
        option.element.trellisMatch = match;
        if (match) {
          count += 1;
          first = first || option.element;
        }
        return match || option.element === chosen;
      });
      if (options.length) {
        var elements = options.map(function (option) {
          return option.element;
        });
        if (part.element) {
          part.element.replaceChildren.apply(part.element, elements);
          kept.push(part.element);
        } else {
          kept.push.apply(kept, elements);
        }
      }
    });
    list.select.replaceChildren.apply(list.select, kept);
    if (chosen) {
      chosen.selected = true;
    }
    announce(input, count);
    return first;
  }

  function isFilter(target) {
    return target instanceof HTMLInputElement && target.hasAttribute("data-select-filter-for");
  }

  document.addEventListener("input", function (event) {
    if (isFilter(event.target)) {
      filter(event.target);
    }
  });

  document.addEventListener("keydown", function (event) {
    var input = event.target;
    if (!isFilter(input)) {
      return;
    }
    if (event.key === "Enter") {
      // The box is no field of the form: Enter chooses, it does not send the form.
      event.preventDefault();
      var select = listOf(input).select;
      var first = filter(input);
      var chosen = select.selectedOptions[0];
      if (first && !(chosen && chosen.trellisMatch)) {
        first.selected = true;
        select.dispatchEvent(new Event("change", { bubbles: true }));
      }
      select.focus();
    } else if (event.key === "Escape" && input.value) {
      event.preventDefault();
      input.value = "";
      filter(input);
    }
  });

  function show(root) {
    root.querySelectorAll("[data-select-filter][hidden]").forEach(function (box) {
      box.hidden = false;
    });
  }

  show(document);
  document.addEventListener("htmx:load", function (event) {
    show(event.target);
  });
})();
