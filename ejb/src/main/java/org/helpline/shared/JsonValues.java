package org.helpline.shared;

import jakarta.json.spi.JsonProvider;

/**
 * JSON-P's provider, found once. {@code jakarta.json.Json}'s static methods look the provider up through the
 * service loader on every call (a class-path scan each time: 6% of a contact save's CPU in the throughput
 * benchmark's first profile), so Helpline builds and reads JSON values through this one instead.
 */
public final class JsonValues {

    /** The provider, for {@code JSON.createObjectBuilder()}, {@code JSON.createReader(...)} and the rest. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonValues() {
    }
}
