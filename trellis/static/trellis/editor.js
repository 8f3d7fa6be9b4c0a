// The post editor: typing "@" and a few letters asks Trellis for people to mention; choosing one
// (click, or arrow keys then Enter) inserts "@[Full Name](id)" in place of what was typed.
// Everything is delegated from the document, so editors swapped in by htmx work too, and the
// file may be included once per editor without doing anything twice.
(function () {
  if (window.trellisEditor) {
    return;
  }
  window.trellisEditor = true;

  // "@" at the start or after a space, then up to two words of a name (any script).
  var TYPED_MENTION = /(^|\s)@([^\s@\[\]()]{2,40}(?: [^\s@\[\]()]{0,40})?)$/;
  var timer = null;

  function listOf(textarea) {
    return document.getElementById(textarea.getAttribute("data-mention-list"));
  }

  function typedMention(textarea) {
    var before = textarea.value.slice(0, textarea.selectionStart);
    var match = TYPED_MENTION.exec(before);
    return match ? { query: match[2], start: before.length - match[2].length - 1 } : null;
  }

  function clear(textarea) {
    var list = listOf(textarea);
    if (list) {
      list.innerHTML = "";
    }
  }

  function search(textarea) {
    var typed = typedMention(textarea);
    var list = listOf(textarea);
    if (!typed || !list || !window.htmx) {
      clear(textarea);
      return;
    }
    var url =
      textarea.getAttribute("data-mention-url") +
      "?q=" + encodeURIComponent(typed.query) +
      "&community=" + encodeURIComponent(textarea.getAttribute("data-mention-community") || "");
    window.htmx.ajax("GET", url, { target: list, swap: "innerHTML" });
  }

  function insert(button) {
    var list = button.closest(".mention-suggestions");
    var textarea = list && document.querySelector('[data-mention-list="' + list.id + '"]');
    if (!textarea) {
      return;
    }
    var typed = typedMention(textarea);
    var caret = textarea.selectionStart;
    var start = typed ? typed.start : caret;
    var token = button.getAttribute("data-mention-token") + " ";
    textarea.value = textarea.value.slice(0, start) + token + textarea.value.slice(caret);
    list.innerHTML = "";
    textarea.focus();
    textarea.selectionStart = textarea.selectionEnd = start + token.length;
  }

  function options(list) {
    return Array.prototype.slice.call(list.querySelectorAll(".mention-option"));
  }

  document.addEventListener("input", function (event) {
    var textarea = event.target;
    if (!textarea.matches || !textarea.matches("textarea[data-mention-url]")) {
      return;
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      search(textarea);
    }, 250);
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (target.matches && target.matches("textarea[data-mention-url]")) {
      var list = listOf(target);
      var found = list ? options(list) : [];
      if (event.key === "ArrowDown" && found.length && typedMention(target)) {
        event.preventDefault();
        found[0].focus();
      } else if (event.key === "Escape" && found.length) {
        clear(target);
      }
      return;
    }
    if (!target.classList || !target.classList.contains("mention-option")) {
      return;
    }
    var all = options(target.closest(".mention-suggestions"));
    var index = all.indexOf(target);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      var next = all[(index + (event.key === "ArrowDown" ? 1 : all.length - 1)) % all.length];
      next.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      var textarea = document.querySelector(
        '[data-mention-list="' + target.closest(".mention-suggestions").id + '"]'
      );
      target.closest(".mention-suggestions").innerHTML = "";
      if (textarea) {
        textarea.focus();
      }
    }
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".mention-option");
    if (button) {
      event.preventDefault();
      insert(button);
    }
  });
})();
