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
