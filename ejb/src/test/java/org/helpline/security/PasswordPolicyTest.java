package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.helpline.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "short-pass1|Use at least 12 characters",
            "Password2026!|That password is one of the most common; choose another",
            "123456789012|That password is one of the most common; choose another",
            "QwertyUiop123|That password is one of the most common; choose another",
            "  helpline 2026 |That password is one of the most common; choose another",
            "abababababababab|That password repeats too few characters to be safe",
            "new-asha.patel-2026|Don't use the username in the password"})
    void refusesWeakPasswords(String password, String message) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("asha.patel", password.toCharArray()));
        assertEquals("password", refused.getField());
        assertEquals(message, refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kettle orbit tulip river", "Fenland-heron-57-quay", "ünïcödé passwörd ✓✓"})
    void acceptsLongUncommonOnes(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check("asha.patel", password.toCharArray()));
    }

    @org.junit.jupiter.api.Test
    void refusesMoreThan128Characters() {
        assertEquals("Use at most 128 characters", assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("x", "kettle orbit ".repeat(11).toCharArray())).getMessage());
    }
}
