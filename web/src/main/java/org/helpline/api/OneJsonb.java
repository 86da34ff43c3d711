package org.helpline.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's one JSON-B instance, for RESTEasy to write and read every body with. Without it RESTEasy builds
 * a new {@code Jsonb} for each body, and Yasson works out each class's model again with it: 23% of a contact
 * save's CPU in the throughput benchmark's first profile. A {@code Jsonb} is thread-safe and keeps the models
 * it has worked out, so one serves every request. Its settings are JSON-B's defaults, as before.
 */
@Provider
public class OneJsonb implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
