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

/*
 * Every page but the contact form (which has its own rule): after a refused save, the cursor goes to
 * the first field in error, so the message is on screen and read out with the field.
 */
(function () {
    "use strict";
    function focusFirstError() {
        var firstError = Array.prototype.find.call(document.querySelectorAll(".field-error"), function (message) {
            return message.textContent.trim() !== "";
        });
        if (!firstError || firstError.closest(".log-form")) {
            return;
        }
        var holder = firstError.closest(".field") || firstError.closest("fieldset");
        var target = holder && holder.querySelector("input:not([type='hidden']):not([disabled]), select, textarea");
        if (target) {
            target.focus();
        }
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", focusFirstError);
    } else {
        focusFirstError();
    }
})();
