package org.helpline.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What Helpline says to people when it refuses something, read by key from one bundle in British English,
 * {@code ValidationMessages.properties}: Bean Validation reads the same bundle for the forms' constraints, so a
 * rule that a form and an entity both hold says the same words, kept in one line. Exceptions are still given
 * the finished text ({@code new CaseException("title", UserText.of("case.title.required"))}), so nothing that
 * shows or maps them changes.
 * <p>
 * A text that includes values names them {@code {0}}, {@code {1}}... as {@link MessageFormat} does. Two
 * differences keep the bundle one plain file that Bean Validation can read too: an apostrophe is written as it
 * is, never doubled; and each value is inserted as Java writes it ({@link String#valueOf}), never as a
 * formatted number, so an id or a limit reads exactly as it did in code ({@code 8192}, not {@code 8,192}).
 */
public final class UserText {

    /** The bundle's base name, without locale or extension; it lives at the root of the EJB module. */
    public static final String BUNDLE = "ValidationMessages";

    /** Helpline speaks British English only; no other locale, not even the server's default, is looked up. */
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.UK,
            UserText.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));

    private UserText() {
    }

    /**
     * The text kept under {@code key}, with {@code values} in its places.
     *
     * @throws java.util.MissingResourceException when the bundle has no such key: a fault of the code (a unit
     *         test checks that every key named in the sources is there)
     */
    public static String of(String key, Object... values) {
        String text = TEXTS.getString(key);
        if (values.length == 0) {
            return text;
        }
        Object[] written = Arrays.stream(values).map(String::valueOf).toArray();
        return new MessageFormat(text.replace("'", "''"), Locale.UK).format(written);
    }
}
