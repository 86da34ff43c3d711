/*
 * The wallboard listens on a WebSocket; each change the server pushes ("contact", "safeguarding") asks
 * for fresh figures. If the socket drops, it reconnects after a few seconds. No polling.
 */
(function () {
    "use strict";
    var status = document.getElementById("liveStatus");

    function show(state, text) {
        status.setAttribute("data-state", state);
        status.textContent = text;
    }

    function connect() {
        var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + status.getAttribute("data-push"));
        socket.onopen = function () {
            show("live", "Live: figures update as soon as anything changes.");
        };
        socket.onmessage = function () {
            window.refreshWallboard();
        };
        socket.onclose = function () {
            show("offline", "Connection lost; reconnecting…");
            setTimeout(connect, 3000);
        };
    }
    connect();
})();
