package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.calls.ContactOptions;
import org.helpline.shared.seeds.SeedLoader;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.topics.TopicCatalogue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every service checks the caller's role itself, whatever page or endpoint called it. */
@ExtendWith(ArquillianExtension.class)
class ServiceSecurityIT {

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    AsAdmin admin;

    @Inject
    TopicCatalogue topics;

    @Inject
    ContactOptions options;

    @Inject
    StaffDirectory staff;

    @Inject
    SeedLoader seeds;

    @Test
    void nobodySignedInGetsNothing() {
        assertThrows(EJBAccessException.class, topics::taxonomy);
        assertThrows(EJBAccessException.class, options::lines);
        assertThrows(EJBAccessException.class, staff::me);
        assertThrows(EJBAccessException.class, staff::everyone);
        assertThrows(EJBAccessException.class, seeds::apply);
    }

    @Test
    void anAdviserReadsReferenceDataButNotTheStaffList() {
        assertFalse(adviser.call(topics::taxonomy).isEmpty());
        assertFalse(adviser.call(options::lines).isEmpty());
        assertEquals("adviser", adviser.call(staff::me).getUsername());
        assertThrows(EJBAccessException.class, () -> adviser.call(staff::everyone));
        assertThrows(EJBAccessException.class, () -> adviser.call(seeds::apply));
    }

    @Test
    void supervisorsAndAdminsSeeTheStaffList() {
        assertFalse(supervisor.call(staff::everyone).isEmpty());
        assertFalse(admin.call(staff::everyone).isEmpty());
        assertThrows(EJBAccessException.class, () -> supervisor.call(seeds::apply));
        assertEquals(0, admin.call(seeds::apply));
    }
}
