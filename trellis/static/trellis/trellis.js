// Ask before destructive actions: any form with data-confirm="question" is confirmed first.
// Listening in the capture phase runs before htmx sees the submit, so a "no" stops both the
// plain form submission and an hx-post.
document.addEventListener(
  "submit",
  function (event) {
    var question = event.target.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  },
  true
);

// The site menu's button (base.html) opens and closes the menu it controls; CSS shows the button
// only on narrow screens. Escape closes an open menu and puts the focus back on its button.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-menu-button]");
  if (button) {
    var open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", open ? "false" : "true");
  }
});
document.addEventListener("keydown", function (event) {
  if (event.key !== "Escape") {
    return;
  }
  var button = document.querySelector('[data-menu-button][aria-expanded="true"]');
  if (button && button.offsetParent !== null) {
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }
});
