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
 * Every page: each field with an error message is marked invalid and described by its message, so a
 * screen reader reads the message with the field, and a closed panel (details) holding one is opened.
 * Then, on every page but the contact form (which has its own rule), the cursor goes to the first field
 * in error and it is scrolled to the middle of the screen, so the message below it is in view.
 */
(function () {
    "use strict";
    var count = 0;

    function fieldOf(message) {
        var holder = message.closest(".field") || message.closest("fieldset");
        return holder && holder.querySelector("input:not([type='hidden']):not([disabled]), select, textarea");
    }

    function markErrors() {
        var first = null;
        Array.prototype.forEach.call(document.querySelectorAll(".field-error"), function (message) {
            if (message.textContent.trim() === "") {
                return;
            }
            var field = fieldOf(message);
            if (!field) {
                return;
            }
            // A panel the message is in opens: a value a converter refused never reaches the action that
            // would have kept the panel open.
            var panel = message.closest("details");
            if (panel && !panel.open) {
                panel.open = true;
            }
            if (!message.id) {
                message.id = "field-error-" + (++count);
            }
            field.setAttribute("aria-invalid", "true");
            var described = field.getAttribute("aria-describedby");
            if (!described || described.split(" ").indexOf(message.id) < 0) {
                field.setAttribute("aria-describedby", ((described || "") + " " + message.id).trim());
            }
            first = first || { message: message, field: field };
        });
        if (first && !first.message.closest(".log-form")) {
            first.field.focus();
            first.field.scrollIntoView({ block: "center" });
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", markErrors);
    } else {
        markErrors();
    }
})();

/*
 * Every signed-in page: two minutes before the session would end for want of activity, a dialog says
 * so and offers to stay signed in. Any request to the server (a page, an Ajax update, a draft being
 * kept) starts the count again. When time runs out the page goes to the sign-in page.
 */
var HelplineSession = (function () {
    "use strict";
    var WARN_BEFORE = 120;
    var dialog, countdown, button, idleSeconds, warnTimer, tickTimer, endsAt, returnFocus;

    function restart() {
        window.clearTimeout(warnTimer);
        window.clearInterval(tickTimer);
        if (dialog && !dialog.hidden) {
            dialog.hidden = true;
            if (returnFocus && document.contains(returnFocus)) {
                returnFocus.focus();
            }
        }
        endsAt = Date.now() + idleSeconds * 1000;
        warnTimer = window.setTimeout(show, Math.max(0, (idleSeconds - WARN_BEFORE) * 1000));
    }

    function tick() {
        var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
        if (left === 0) {
            window.clearInterval(tickTimer);
            window.location.assign(dialog.getAttribute("data-signed-out"));
            return;
        }
        var minutes = Math.floor(left / 60);
        var seconds = left % 60;
        countdown.textContent = minutes > 0 ? minutes + (minutes === 1 ? " minute " : " minutes ") + seconds + " seconds"
            : seconds + " seconds";
    }

    function show() {
        returnFocus = document.activeElement;
        dialog.hidden = false;
        tick();
        tickTimer = window.setInterval(tick, 1000);
        button.focus();
    }

    function stay() {
        fetch(dialog.getAttribute("data-keep-alive"), {credentials: "same-origin", cache: "no-store"})
            .then(function (response) {
                if (response.ok) {
                    restart();
                } else {
                    window.location.assign(dialog.getAttribute("data-signed-out"));
                }
            });
    }

    document.addEventListener("DOMContentLoaded", function () {
        dialog = document.getElementById("sessionWarning");
        if (!dialog) {
            return;
        }
        countdown = document.getElementById("sessionCountdown");
        button = document.getElementById("staySignedIn");
        idleSeconds = parseInt(dialog.getAttribute("data-idle-seconds"), 10) || 900;
        button.addEventListener("click", stay);
        dialog.addEventListener("keydown", function (event) {
            if (event.key === "Tab") {
                event.preventDefault();
                button.focus();
            }
        });
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", restart);
        }
        restart();
    });

    return {show: show, stay: stay};
})();

/*
 * After something is put into a text (an article into an email reply): the cursor back in the text, at its
 * end, so that the adviser goes on typing where they were.
 */
window.helplineFocusEnd = function (id) {
    "use strict";
    var field = document.getElementById(id);
    if (field) {
        field.focus();
        field.setSelectionRange(field.value.length, field.value.length);
        field.scrollTop = field.scrollHeight;
    }
};
