/*
 * Every page: Enter in a one-line field presses the first button of the section (fieldset) it is in,
 * not whichever button comes first in the form; in a long form outside such a section it does nothing.
 */
(function () {
    "use strict";
    document.addEventListener("keydown", function (event) {
        var field = event.target;
        if (event.key !== "Enter" || field.tagName !== "INPUT" || event.defaultPrevented) {
            return;
        }
        if (["checkbox", "radio", "button", "submit"].indexOf(field.type) >= 0 || field.getAttribute("role") === "combobox") {
            return;
        }
        var section = field.closest("fieldset");
        var button = section && section.querySelector("button[type='submit'], button:not([type])");
        if (button) {
            event.preventDefault();
            button.click();
        } else if (field.closest(".log-form")) {
            // A long form is saved with its own button (or Alt+S), never by an Enter in some field.
            event.preventDefault();
        }
    });
})();
