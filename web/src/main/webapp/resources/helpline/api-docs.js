/* The API page: Swagger UI showing the description the server publishes, trying requests with a token. */
(function () {
    "use strict";
    var target = document.getElementById("swagger-ui");
    if (!target || typeof window.SwaggerUIBundle !== "function") {
        return;
    }
    window.SwaggerUIBundle({
        url: target.getAttribute("data-spec"),
        domNode: target,
        deepLinking: false,
        docExpansion: "list",
        defaultModelsExpandDepth: 0,
        tryItOutEnabled: false,
        withCredentials: false,
        persistAuthorization: false
    });
}());
