package org.helpline.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * What a new password must be (OWASP ASVS 2.1): 12 to 128 characters, any characters at all, not one
 * of the passwords people choose most, not built on a common word with digits tacked on, and not the
 * username. No rules about mixing cases or symbols: length and rarity are what make a password strong.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load("common-passwords.txt");

    /** Words that, with digits or symbols before or after, make an easily guessed password. */
    private static final Set<String> COMMON_WORDS = load("common-password-words.txt");

    private PasswordPolicy() {
    }

    /** Refuses, at the field {@code password}, a password that breaks a rule. */
    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new InvalidInputException("password", UserText.of("password.tooShort", MIN_LENGTH));
        }
        if (password.length > MAX_LENGTH) {
            throw new InvalidInputException("password", UserText.of("password.tooLong", MAX_LENGTH));
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (COMMON.contains(lower) || COMMON_WORDS.contains(core) || COMMON_WORDS.contains(core.replace(" ", ""))) {
            throw new InvalidInputException("password", UserText.of("password.common"));
        }
        if (lower.chars().distinct().count() < 4) {
            throw new InvalidInputException("password", UserText.of("password.fewCharacters"));
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password", UserText.of("password.username"));
        }
    }

    private static Set<String> load(String name) {
        try (var in = PasswordPolicy.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
