/*
 * Date and time fields (the hl:dateTime and hl:date tags): one text field the adviser types into in UK order
 * (the server reads it), with a calendar on demand. Alt+Down arrow or F4 in the field, or the calendar
 * button beside it (which is left out of the Tab order), opens a month grid as a dialog: arrow keys move a
 * day or a week, Page Up and Page Down a month (with Shift a year), Home and End to the week's ends, Enter or
 * Space chooses, Escape closes. Choosing a day writes it into the field in front of the time already typed
 * (or, for a callback, the usual 10:00) and puts the cursor back at the end of the field.
 */
(function () {
    "use strict";

    var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"];
    var DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    var DATE_FIRST = /^\s*(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[\/-](\d{1,2})(?:[\/-](\d{4}|\d{2}))?|(today|tomorrow|yesterday|now)(?![a-z])|(?:mon|tues?|wed(?:s)?|thu(?:rs?)?|fri|sat|sun)[a-z]*)/i;
    var BETWEEN = /^(?:\s*,\s*|\s+|t)(?:at\s+)?/i;
    var TIME = /^(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?|midday|noon)$/i;

    var open = null; // {wrapper, field, dialog, shown (a UTC-noon Date of the day with focus)}

    /** Today in the UK, whatever the computer's own zone. */
    function ukToday() {
        var parts = {};
        new Intl.DateTimeFormat("en-GB", {timeZone: "Europe/London", year: "numeric", month: "numeric", day: "numeric"})
            .formatToParts(new Date()).forEach(function (p) { parts[p.type] = p.value; });
        return day(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
    }

    /** Days are counted at noon UTC, so adding 24 hours never lands on the wrong one. */
    function day(year, month, date) {
        return new Date(Date.UTC(year, month, date, 12));
    }

    function addDays(d, n) {
        return day(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n);
    }

    function addMonths(d, n) {
        var last = day(d.getUTCFullYear(), d.getUTCMonth() + n + 1, 0).getUTCDate();
        return day(d.getUTCFullYear(), d.getUTCMonth() + n, Math.min(d.getUTCDate(), last));
    }

    function two(n) {
        return (n < 10 ? "0" : "") + n;
    }

    function ukDate(d) {
        return two(d.getUTCDate()) + "/" + two(d.getUTCMonth() + 1) + "/" + d.getUTCFullYear();
    }

    function iso(d) {
        return d.getUTCFullYear() + "-" + two(d.getUTCMonth() + 1) + "-" + two(d.getUTCDate());
    }

    function sameDay(a, b) {
        return a && b && iso(a) === iso(b);
    }

    /** Monday 0 to Sunday 6. */
    function weekday(d) {
        return (d.getUTCDay() + 6) % 7;
    }

    /** The day and the time already in the field, as far as a calendar needs them. */
    function typed(text) {
        var today = ukToday();
        var match = DATE_FIRST.exec(text);
        if (!match) {
            return {day: null, time: TIME.test(text.trim()) ? text.trim() : ""};
        }
        var chosen = null;
        if (match[1]) {
            chosen = day(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
        } else if (match[4]) {
            var year = match[6] ? Number(match[6]) + (match[6].length === 2 ? 2000 : 0) : today.getUTCFullYear();
            chosen = day(year, Number(match[5]) - 1, Number(match[4]));
        } else if (match[7]) {
            var word = match[7].toLowerCase();
            chosen = addDays(today, word === "tomorrow" ? 1 : word === "yesterday" ? -1 : 0);
        }
        if (chosen && isNaN(chosen.getTime())) {
            chosen = null;
        }
        var rest = text.substring(match[0].length);
        var between = BETWEEN.exec(rest);
        var time = between ? rest.substring(between[0].length).trim() : "";
        return {day: chosen, time: TIME.test(time) ? time : ""};
    }

    function button(className, label, text) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = className;
        b.setAttribute("aria-label", label);
        b.textContent = text;
        return b;
    }

    function build(wrapper) {
        var id = wrapper.querySelector("input").id.replace(/:/g, "_") + "_calendar";
        var dialog = document.createElement("div");
        dialog.className = "typed-time-dialog";
        dialog.setAttribute("role", "dialog");
        dialog.setAttribute("aria-modal", "true");
        dialog.setAttribute("aria-labelledby", id + "_month");
        dialog.innerHTML = "<div class='typed-time-head'></div>"
            + "<table role='grid' class='typed-time-grid'><thead><tr></tr></thead><tbody></tbody></table>"
            + "<div class='typed-time-foot'><span class='hint'>Arrows move, Enter chooses, Esc closes</span></div>";
        var head = dialog.querySelector(".typed-time-head");
        var month = document.createElement("div");
        month.className = "typed-time-month";
        month.id = id + "_month";
        month.setAttribute("aria-live", "polite");
        head.appendChild(button("typed-time-previous", "Previous month", "\u2039"));
        head.appendChild(month);
        head.appendChild(button("typed-time-next", "Next month", "\u203A"));
        dialog.querySelector(".typed-time-grid").setAttribute("aria-labelledby", id + "_month");
        var names = dialog.querySelector("thead tr");
        DAYS.forEach(function (name) {
            var th = document.createElement("th");
            th.scope = "col";
            th.abbr = name;
            th.textContent = name.substring(0, 2);
            names.appendChild(th);
        });
        var cancel = document.createElement("button");
        cancel.type = "button";
        cancel.className = "typed-time-cancel";
        cancel.textContent = "Cancel";
        dialog.querySelector(".typed-time-foot").appendChild(cancel);
        return dialog;
    }

    /** Draws the month of {@code open.shown}, with that day as the one to focus. */
    function draw(focus) {
        var shown = open.shown;
        var first = day(shown.getUTCFullYear(), shown.getUTCMonth(), 1);
        var today = ukToday();
        open.dialog.querySelector(".typed-time-month").textContent = MONTHS[shown.getUTCMonth()] + " " + shown.getUTCFullYear();
        var body = open.dialog.querySelector("tbody");
        body.textContent = "";
        var cursor = addDays(first, -weekday(first));
        for (var week = 0; week < 6 && (week === 0 || cursor.getUTCMonth() === shown.getUTCMonth()); week++) {
            var row = document.createElement("tr");
            for (var i = 0; i < 7; i++) {
                var cell = document.createElement("td");
                if (cursor.getUTCMonth() === shown.getUTCMonth()) {
                    cell.textContent = String(cursor.getUTCDate());
                    cell.setAttribute("data-day", iso(cursor));
                    cell.setAttribute("aria-label", DAYS[i] + " " + cursor.getUTCDate() + " " + MONTHS[cursor.getUTCMonth()]
                        + " " + cursor.getUTCFullYear());
                    cell.tabIndex = sameDay(cursor, shown) ? 0 : -1;
                    cell.setAttribute("aria-selected", sameDay(cursor, open.chosen) ? "true" : "false");
                    if (sameDay(cursor, today)) {
                        cell.setAttribute("aria-current", "date");
                    }
                }
                row.appendChild(cell);
                cursor = addDays(cursor, 1);
            }
            body.appendChild(row);
        }
        if (focus) {
            body.querySelector("td[tabindex='0']").focus();
        }
    }

    function move(to) {
        open.shown = to;
        draw(true);
    }

    function close(returnFocus) {
        if (!open) {
            return;
        }
        var field = open.field;
        open.dialog.remove();
        open.wrapper.classList.remove("typed-time-open");
        open = null;
        if (returnFocus) {
            field.focus();
        }
    }

    function choose(chosen) {
        var field = open.field;
        var wrapper = open.wrapper;
        var text = ukDate(chosen);
        if (wrapper.getAttribute("data-kind") === "dateTime") {
            var time = typed(field.value).time || wrapper.getAttribute("data-default-time") || "";
            text += " " + time;
        }
        field.value = text;
        close(true);
        field.setSelectionRange(text.length, text.length);
        field.dispatchEvent(new Event("input", {bubbles: true}));
        field.dispatchEvent(new Event("change", {bubbles: true}));
    }

    function show(wrapper) {
        close(false);
        var field = wrapper.querySelector("input");
        var already = typed(field.value).day;
        open = {wrapper: wrapper, field: field, dialog: build(wrapper), chosen: already, shown: already || ukToday()};
        wrapper.appendChild(open.dialog);
        wrapper.classList.add("typed-time-open");
        draw(true);
    }

    function onDialogKey(event) {
        var shown = open.shown;
        var onDay = event.target.tagName === "TD";
        var to = null;
        switch (event.key) {
        case "Escape":
            close(true);
            break;
        case "Tab":
            var stops = Array.prototype.slice.call(open.dialog.querySelectorAll("button, td[tabindex='0']"));
            var at = stops.indexOf(event.target);
            stops[(at + (event.shiftKey ? stops.length - 1 : 1)) % stops.length].focus();
            break;
        case "ArrowLeft": to = onDay && addDays(shown, -1); break;
        case "ArrowRight": to = onDay && addDays(shown, 1); break;
        case "ArrowUp": to = onDay && addDays(shown, -7); break;
        case "ArrowDown": to = onDay && addDays(shown, 7); break;
        case "Home": to = onDay && addDays(shown, -weekday(shown)); break;
        case "End": to = onDay && addDays(shown, 6 - weekday(shown)); break;
        case "PageUp": to = onDay && addMonths(shown, event.shiftKey ? -12 : -1); break;
        case "PageDown": to = onDay && addMonths(shown, event.shiftKey ? 12 : 1); break;
        case "Enter":
        case " ":
            if (!onDay) {
                return;
            }
            choose(shown);
            break;
        default:
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        if (to) {
            move(to);
        }
    }

    document.addEventListener("keydown", function (event) {
        if (open && open.dialog.contains(event.target)) {
            onDialogKey(event);
            return;
        }
        var wrapper = event.target.closest && event.target.closest(".typed-time");
        if (wrapper && event.target.tagName === "INPUT"
                && (event.key === "F4" || (event.altKey && event.key === "ArrowDown"))) {
            event.preventDefault();
            show(wrapper);
        }
    });

    document.addEventListener("click", function (event) {
        var target = event.target;
        if (open && open.dialog.contains(target)) {
            var cell = target.closest("td[data-day]");
            if (cell) {
                var parts = cell.getAttribute("data-day").split("-");
                choose(day(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])));
            } else if (target.closest(".typed-time-previous")) {
                open.shown = addMonths(open.shown, -1);
                draw(false);
            } else if (target.closest(".typed-time-next")) {
                open.shown = addMonths(open.shown, 1);
                draw(false);
            } else if (target.closest(".typed-time-cancel")) {
                close(true);
            }
            return;
        }
        var opener = target.closest && target.closest(".typed-time-button");
        if (opener) {
            show(opener.closest(".typed-time"));
        } else if (open) {
            close(false);
        }
    });

    // Focus leaving the calendar for anywhere else on the page (a click, a screen reader's jump) closes it.
    document.addEventListener("focusin", function (event) {
        if (open && !open.dialog.contains(event.target) && event.target !== open.field) {
            close(false);
        }
    });
})();
