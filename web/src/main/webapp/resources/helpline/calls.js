/*
 * Screen pop: each page an adviser has open listens on /calls/push. When a call they answered comes in,
 * the contact form opens for it (in one tab only; an empty form takes it in place), unless they are in
 * the middle of typing something: then a notice with a link says so and nothing is lost. When the call
 * ends, an open form for it asks for its length. Only a call's id comes over the socket; the form gets
 * the rest from the server.
 */
(function () {
    "use strict";
    var config = document.getElementById("callPush");
    if (!config || !window.WebSocket) {
        return;
    }
    var notice = document.getElementById("callNotice");
    var noticeLink = document.getElementById("callNoticeLink");
    var typing = false;

    function typed(event) {
        var field = event.target;
        if (field && field.form && field.form.id !== "signOutForm") {
            typing = true;
        }
    }
    document.addEventListener("input", typed, true);
    document.addEventListener("change", typed, true);

    function formFor(callId) {
        var form = document.getElementById("log");
        return form && form.getAttribute("data-call") === String(callId) ? form : null;
    }

    // With several tabs open, one opens the form: the one in front at once, others only if none has.
    function claim(callId) {
        var key = "helpline.call." + callId;
        try {
            if (window.localStorage.getItem(key)) {
                return false;
            }
            window.localStorage.setItem(key, String(Date.now()));
        } catch (storageOff) {
            // no storage: every tab acts, as if each were the only one
        }
        return true;
    }
    try {
        Object.keys(window.localStorage).forEach(function (key) {
            if (key.indexOf("helpline.call.") === 0 && Date.now() - Number(window.localStorage.getItem(key)) > 86400000) {
                window.localStorage.removeItem(key);
            }
        });
    } catch (storageOff) {
        // nothing to tidy
    }

    function answered(callId) {
        if (document.visibilityState === "visible") {
            open(callId);
        } else {
            setTimeout(function () {
                open(callId);
            }, 400);
        }
    }

    function open(callId) {
        if (formFor(callId) || !claim(callId)) {
            return;
        }
        var url = config.getAttribute("data-log") + "?call=" + encodeURIComponent(callId);
        if (!typing && document.getElementById("log") && typeof window.callAnswered === "function") {
            // the contact form, untouched, is already open: it takes the call in place, with no page load
            window.callAnswered([{name: "call", value: String(callId)}]);
            return;
        }
        if (!typing) {
            window.location.assign(url);
            return;
        }
        noticeLink.setAttribute("href", url);
        notice.hidden = false;
    }

    function ended(callId) {
        if (formFor(callId) && typeof window.callEnded === "function") {
            window.callEnded();
        }
    }

    document.getElementById("callNoticeDismiss").addEventListener("click", function () {
        notice.hidden = true;
    });

    function connect() {
        var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host
                + config.getAttribute("data-push"));
        socket.onopen = function () {
            config.setAttribute("data-state", "live");
            // The call may have ended while this form was loading: ask once.
            var form = document.getElementById("log");
            if (form && form.getAttribute("data-call") && form.getAttribute("data-call-ended") !== "true") {
                ended(form.getAttribute("data-call"));
            }
        };
        socket.onmessage = function (message) {
            var news;
            try {
                news = JSON.parse(message.data);
            } catch (notJson) {
                return;
            }
            if (news.what === "answered") {
                answered(news.call);
            } else if (news.what === "ended") {
                ended(news.call);
            }
        };
        socket.onclose = function () {
            config.setAttribute("data-state", "offline");
            setTimeout(connect, 3000);
        };
    }
    connect();
})();
