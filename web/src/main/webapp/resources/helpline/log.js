/*
 * The log-a-contact page: a running call timer, and keyboard shortcuts so an adviser never needs the
 * mouse while on the phone.
 */
(function () {
    "use strict";

    function byId(id) {
        return document.getElementById(id);
    }

    // The timer fills the duration fields until the adviser corrects them by hand. It counts from the start
    // the server holds for this call (when the form opened, the phone system answered, or the draft's call
    // began), so a refused save or a restored draft does not restart it; it stops once the call's own length
    // is known.
    var logForm = byId("log");
    var startedAt = logForm && Number(logForm.getAttribute("data-call-started"));
    var opened = startedAt || Date.now();
    var touched = !!logForm && logForm.getAttribute("data-call-ended") === "true";
    // A call answered while this form stood empty is taken in place (calls.js asks the server): the timer
    // counts from the answer, and the address names the call, so that reloading keeps it.
    window.helplineCallAnswered = function (args) {
        if (!args || args.call === undefined) {
            return;
        }
        logForm.setAttribute("data-call", String(args.call));
        logForm.setAttribute("data-call-ended", "false");
        opened = Number(args.answeredAt) || Date.now();
        touched = false;
        window.history.replaceState(null, "", window.location.pathname + "?call=" + encodeURIComponent(args.call));
        window.helplineCallLength(args);
        tick();
        var phone = byId("log:phone");
        if (phone) {
            phone.focus();
        }
    };
    window.helplineCallLength = function (args) {
        var min = byId("log:duration");
        var sec = byId("log:durationSeconds");
        if (args && args.minutes !== undefined && min && sec) {
            touched = true;
            min.value = args.minutes;
            sec.value = args.seconds;
            logForm.setAttribute("data-call-ended", "true");
        }
    };
    function pad(n) {
        return (n < 10 ? "0" : "") + n;
    }
    function tick() {
        var elapsed = Math.floor((Date.now() - opened) / 1000);
        var minutes = Math.floor(elapsed / 60);
        var seconds = elapsed % 60;
        var timer = byId("timer");
        if (timer) {
            timer.textContent = "(call time " + pad(minutes) + ":" + pad(seconds) + ")";
        }
        var min = byId("log:duration");
        var sec = byId("log:durationSeconds");
        if (!touched && min && sec) {
            min.value = minutes;
            sec.value = seconds;
        }
    }
    ["log:duration", "log:durationSeconds"].forEach(function (id) {
        var input = byId(id);
        if (input) {
            input.addEventListener("input", function () {
                touched = true;
            });
        }
    });
    setInterval(tick, 1000);
    tick();

    function click(element) {
        if (element) {
            element.click();
        }
    }

    // Alt+X arms the non-data keys: the next letter logs that kind of call.
    var nonDataArmed = false;
    var group = byId("nonDataGroup");
    document.addEventListener("keydown", function (event) {
        var key = (event.key || "").toLowerCase();
        if (nonDataArmed) {
            nonDataArmed = false;
            if (group) {
                group.classList.remove("armed");
            }
            var button = document.querySelector(".non-data-button[data-key='" + key + "']");
            if (button) {
                event.preventDefault();
                click(button);
            }
            return;
        }
        if (!event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        if (key === "s") {
            event.preventDefault();
            click(byId("log:save"));
        } else if (key === "n") {
            event.preventDefault();
            click(byId("log:newContact"));
        } else if (key === "l") {
            event.preventDefault();
            click(byId("log:linkFirst"));
        } else if (key === "r") {
            event.preventDefault();
            focusField("log:risks");
        } else if (key === "x") {
            event.preventDefault();
            nonDataArmed = true;
            if (group) {
                group.classList.add("armed");
            }
        }
    });

    // In the empty topic box, Backspace removes the last topic chosen (the remove buttons stay out of
    // the tab order, so Tab goes straight on to the summary).
    document.addEventListener("keydown", function (event) {
        var input = event.target;
        if (event.key === "Backspace" && input && input.id === "log:topics_input" && input.value === "") {
            var buttons = document.querySelectorAll("#log\\:chosenTopics .remove-topic");
            if (buttons.length) {
                event.preventDefault();
                click(buttons[buttons.length - 1]);
            }
        }
    });

    // Keep a draft on the server as the adviser types, so nothing is lost if the tab closes.
    var dirty = false;
    var form = byId("log");
    if (form) {
        ["input", "change"].forEach(function (type) {
            form.addEventListener(type, function () {
                dirty = true;
            });
        });
    }
    function keepDraft() {
        if (dirty && typeof window.autosaveDraft === "function") {
            dirty = false;
            window.autosaveDraft();
        }
    }
    setInterval(keepDraft, 3000);
    document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "hidden") {
            keepDraft();
        }
    });

    // Puts the cursor in a field named by its id: the input itself, or the first one inside it (a list of
    // boxes, the topic picker), opening a folded section that hides it.
    function focusField(id) {
        var element = byId(id);
        if (element && !element.matches("input, select, textarea, button")) {
            element = byId(id + "_input") || element.querySelector("input, select, textarea, button");
        }
        if (!element) {
            return;
        }
        var folded = element.closest("details");
        if (folded) {
            folded.open = true;
        }
        element.focus();
        element.scrollIntoView({block: "center"});
    }

    // The error summary (every error of the save) takes the cursor first; each of its links moves it to the
    // field. Without errors the cursor starts in the phone number.
    var summary = byId("errorSummary");
    if (summary) {
        summary.addEventListener("click", function (event) {
            var link = event.target.closest("a[data-target]");
            if (link) {
                event.preventDefault();
                focusField(link.getAttribute("data-target"));
            }
        });
        summary.focus();
    } else {
        var start = byId("log:phone") || byId("log:callerType");
        if (start) {
            start.focus();
        }
    }

    // What the last save did stays on screen until the next contact is begun.
    var saved = byId("savedBanner");
    if (saved && logForm) {
        logForm.addEventListener("input", function () {
            saved.remove();
        }, {once: true});
    }
})();
