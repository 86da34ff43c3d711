package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static UserAccount account(Set<Role> roles) {
        return new UserAccount(" Morag ", "Morag Campbell", null, "hash", roles, Instant.EPOCH);
    }

    @Test
    void holdsItsRolesAndNormalisedUsername() {
        UserAccount morag = account(EnumSet.of(Role.SUPERVISOR, Role.ADVISER));
        assertEquals("morag", morag.getUsername());
        assertTrue(morag.hasRole(Role.SUPERVISOR));
        assertFalse(morag.hasRole(Role.ADMIN));
        assertThrows(UnsupportedOperationException.class, () -> morag.getRoles().add(Role.ADMIN));
    }

    @Test
    void needsAtLeastOneRole() {
        assertThrows(IllegalArgumentException.class, () -> account(EnumSet.noneOf(Role.class)));
    }

    @Test
    void canBeDisabledAndEnabled() {
        UserAccount account = account(EnumSet.of(Role.ADVISER));
        assertTrue(account.isEnabled());
        account.disable();
        assertFalse(account.isEnabled());
        account.enable();
        assertTrue(account.isEnabled());
    }
}
