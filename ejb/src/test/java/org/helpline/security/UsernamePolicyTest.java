package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UsernamePolicyTest {

    @Test
    void trimsAndLowerCases() {
        assertEquals("asha.patel", UsernamePolicy.normalise("  Asha.Patel "));
    }

    @Test
    void rejectsWhatCannotBeAUsername() {
        assertThrows(IllegalArgumentException.class, () -> UsernamePolicy.normalise(""));
        assertThrows(IllegalArgumentException.class, () -> UsernamePolicy.normalise("a"));
        assertThrows(IllegalArgumentException.class, () -> UsernamePolicy.normalise("9lives"));
        assertThrows(IllegalArgumentException.class, () -> UsernamePolicy.normalise("robert'); drop table"));
        assertThrows(IllegalArgumentException.class, () -> UsernamePolicy.normalise(null));
    }

    @Test
    void tryNormaliseAnswersEmptyInsteadOfThrowing() {
        assertTrue(UsernamePolicy.tryNormalise("x y").isEmpty());
        assertEquals("adviser", UsernamePolicy.tryNormalise("ADVISER").orElseThrow());
    }
}
