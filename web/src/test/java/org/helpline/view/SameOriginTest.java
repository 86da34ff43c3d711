package org.helpline.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which Origin and Referer values name the server's own origin (the rest is {@code SessionSecurityIT}). */
class SameOriginTest {

    @Test
    void theSameSchemeHostAndPortIsOurOwnWhateverTheCaseOrDefaultPort() {
        assertTrue(SameOrigin.isOwn("http://127.0.0.1:8080", "http", "127.0.0.1", 8080));
        assertTrue(SameOrigin.isOwn("HTTPS://Helpline.Example.org", "https", "helpline.example.org", 443));
        assertTrue(SameOrigin.isOwn("https://helpline.example.org:443", "https", "helpline.example.org", 443));
        assertTrue(SameOrigin.isOwn("http://localhost", "http", "localhost", 80));
        assertTrue(SameOrigin.isOwn("http://localhost:8080/helpline/login.xhtml?x=1", "http", "localhost", 8080),
                "a Referer: its origin counts, not its path");
    }

    @Test
    void anotherSchemeHostOrPortIsNot() {
        assertFalse(SameOrigin.isOwn("http://evil.example", "http", "127.0.0.1", 8080));
        assertFalse(SameOrigin.isOwn("http://127.0.0.1:8081", "http", "127.0.0.1", 8080));
        assertFalse(SameOrigin.isOwn("http://helpline.example.org", "https", "helpline.example.org", 443),
                "behind a TLS proxy without helpline.behind-proxy, the browser's https does not match");
        assertFalse(SameOrigin.isOwn("https://helpline.example.org.evil.example", "https", "helpline.example.org", 443));
        assertFalse(SameOrigin.isOwn("https://evil.example/helpline.example.org", "https", "helpline.example.org", 443));
    }

    @Test
    void anOpaqueOrUnreadableOriginIsNeverOurOwn() {
        assertFalse(SameOrigin.isOwn("null", "http", "localhost", 8080));
        assertFalse(SameOrigin.isOwn("", "http", "localhost", 8080));
        assertFalse(SameOrigin.isOwn("localhost:8080", "http", "localhost", 8080));
        assertFalse(SameOrigin.isOwn("http://local host:8080", "http", "localhost", 8080));
        assertFalse(SameOrigin.isOwn("file:///etc/passwd", "http", "localhost", 8080));
    }
}
