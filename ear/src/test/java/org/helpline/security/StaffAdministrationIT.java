package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsManager;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Admins add staff, change their roles, reset passwords and disable accounts; there is always an admin. */
@ExtendWith(ArquillianExtension.class)
class StaffAdministrationIT {

    @Inject
    AsAdmin admin;

    @Inject
    AsSupervisor supervisor;

    @Inject
    AsManager manager;

    @Inject
    StaffAdministration administration;

    @Inject
    SignIn signIn;

    @Inject
    Database db;

    private static StaffForm form(String username, String password, Role... roles) {
        StaffForm form = new StaffForm();
        form.setUsername(username);
        form.setDisplayName("New " + username);
        form.setEmail(username + "@example.org");
        form.setRoles(roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Set.of(roles)));
        form.setPassword(password);
        return form;
    }

    private static String unique() {
        return "staff-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdminAddsAnAdviserWhoCanThenSignIn() {
        String username = unique();
        UserAccount added = admin.call(() -> administration.add(form(" " + username.toUpperCase() + " ",
                "kettle orbit tulip river", Role.ADVISER)));
        assertEquals(username, added.getUsername(), "usernames are lower-case and trimmed");
        assertEquals(Set.of("ADVISER"), signIn.check(username, "kettle orbit tulip river".toCharArray()).orElseThrow()
                .roleNames());
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        String username = unique();
        assertEquals("password", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> administration.add(form(username, "password1234", Role.ADVISER)))).getField());
        assertEquals("roles", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> administration.add(form(username, "kettle orbit tulip river")))).getField());
        assertEquals("username", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> administration.add(form("9 lives", "kettle orbit tulip river", Role.ADVISER))))
                .getField());
        assertEquals("username", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> administration.add(form("adviser", "kettle orbit tulip river", Role.ADVISER))))
                .getField(), "taken");
        assertEquals(0, db.count("select count(u) from UserAccount u where u.username = '" + username + "'"));
    }

    @Test
    void resettingThePasswordLiftsALockAndTheOldPasswordStopsWorking() {
        String username = unique();
        UserAccount added = admin.call(() -> administration.add(form(username, "kettle orbit tulip river", Role.ADVISER)));
        for (int i = 0; i < 10; i++) {
            signIn.check(username, ("guess " + i).toCharArray());
        }
        assertTrue(signIn.check(username, "kettle orbit tulip river".toCharArray()).isEmpty(), "locked");
        long version = admin.call(() -> administration.get(added.getId()).getVersion());
        assertEquals("password", assertThrows(InvalidInputException.class, () -> admin.call(
                () -> administration.resetPassword(added.getId(), version, username + "-2026-new"))).getField(),
                "not the username");
        admin.call(() -> administration.resetPassword(added.getId(), version, "heron quay fenland 57"));
        assertTrue(signIn.check(username, "heron quay fenland 57".toCharArray()).isPresent(), "unlocked, new password");
        assertTrue(signIn.check(username, "kettle orbit tulip river".toCharArray()).isEmpty());
    }

    @Test
    void aStaleCopyIsRefusedAndSaysSo() {
        UserAccount added = admin.call(() -> administration.add(form(unique(), "kettle orbit tulip river", Role.ADVISER)));
        StaffForm change = StaffForm.of(added);
        change.setDisplayName("Renamed once");
        admin.call(() -> administration.change(added.getId(), added.getVersion(), change));
        change.setDisplayName("Renamed twice");
        ConcurrentEditException stale = assertThrows(ConcurrentEditException.class,
                () -> admin.call(() -> administration.change(added.getId(), added.getVersion(), change)));
        assertTrue(stale.getMessage().contains("after you opened it"));
        assertEquals("Renamed once", admin.call(() -> administration.get(added.getId()).getDisplayName()));
    }

    @Test
    void theLastAdminCannotBeDisabledOrDemoted() {
        // Only the demo admin holds the role until this test adds a second one.
        UserAccount demoAdmin = admin.call(() -> AllRows.of(administration::accounts).stream()
                .filter(u -> u.getUsername().equals("admin")).findFirst().orElseThrow());
        long otherAdmins = db.count("select count(u) from UserAccount u join u.roles r where u.enabled = true "
                + "and r = org.helpline.security.Role.ADMIN and u.username <> 'admin'");
        UserAccount second = admin.call(() -> administration.add(form(unique(), "kettle orbit tulip river", Role.ADMIN)));
        if (otherAdmins == 0) {
            StaffForm demote = StaffForm.of(second);
            demote.setRoles(EnumSet.of(Role.ADVISER));
            // With two admins, one may go; the remaining one may not.
            UserAccount demoted = admin.call(() -> administration.change(second.getId(), second.getVersion(), demote));
            assertFalse(demoted.hasRole(Role.ADMIN));
            StaffForm demoteLast = StaffForm.of(demoAdmin);
            demoteLast.setRoles(EnumSet.of(Role.ADVISER));
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> admin.call(
                    () -> administration.change(demoAdmin.getId(), demoAdmin.getVersion(), demoteLast)));
            assertEquals("roles", refused.getField());
            assertTrue(refused.getMessage().contains("last admin"), refused.getMessage());
        }
        InvalidInputException self = assertThrows(InvalidInputException.class,
                () -> admin.call(() -> administration.disable(demoAdmin.getId(), demoAdmin.getVersion())));
        assertEquals("You cannot disable your own account", self.getMessage());
        assertTrue(admin.call(() -> administration.get(demoAdmin.getId())).isEnabled());
    }

    @Test
    void onlyAdminsAdministerStaff() {
        assertThrows(EJBAccessException.class, () -> supervisor.call(() -> AllRows.of(administration::accounts)));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> administration.add(
                form(unique(), "kettle orbit tulip river", Role.ADMIN))));
    }
}
