package org.helpline.shared.seeds;

/**
 * Demo mode loads fictional staff and callers for trying Helpline out. Only the README's run command
 * (and the test server, which signs in as the demo adviser) start the server with it; production never
 * does.
 */
public final class DemoMode {

    public static final String PROPERTY = "helpline.demo";

    private DemoMode() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }
}
