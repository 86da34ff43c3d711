package org.helpline.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.helpline.shared.UserText;

/** Usernames are short, lower-case and case-insensitive at sign-in. */
public final class UsernamePolicy {

    private static final Pattern ALLOWED = Pattern.compile("[a-z][a-z0-9._-]{1,59}");

    private UsernamePolicy() {
    }

    /** Trims and lower-cases; rejects anything that is not a valid username. */
    public static String normalise(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!ALLOWED.matcher(normalised).matches()) {
            throw new IllegalArgumentException(UserText.of("staff.username.format"));
        }
        return normalised;
    }

    /** Like {@link #normalise} but answers empty for input that cannot be a username. */
    public static Optional<String> tryNormalise(String username) {
        try {
            return Optional.of(normalise(username));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
