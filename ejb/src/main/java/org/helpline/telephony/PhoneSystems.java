package org.helpline.telephony;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.Secrets;
import org.helpline.security.SecretsAtRest;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Text;
import org.helpline.shared.UserText;

/**
 * The phone systems an admin lets send call events: adding one gives it a shared secret, shown once to
 * be typed into the phone system; a new secret can be made at any time, and a system switched off.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@RequiresPermission(Permission.MANAGE_USERS)
public class PhoneSystems {

    private static final Logger LOG = Logger.getLogger(PhoneSystems.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    SecretsAtRest secrets;

    /** A phone system and its new secret, which Helpline shows this once. */
    public record Issued(PhoneSystem system, String secret) {
    }

    public List<PhoneSystem> all() {
        return em.createQuery("select s from PhoneSystem s order by s.code", PhoneSystem.class).getResultList();
    }

    public Issued add(String code, String name) {
        String cleanCode = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!cleanCode.matches("[a-z][a-z0-9-]{1,59}")) {
            throw new InvalidInputException("systemCode", UserText.of("phoneSystem.code.format"));
        }
        if (!em.createQuery("select s.id from PhoneSystem s where s.code = :code", Long.class)
                .setParameter("code", cleanCode).getResultList().isEmpty()) {
            throw new InvalidInputException("systemCode", UserText.of("phoneSystem.code.taken", cleanCode));
        }
        String cleanName = Text.required(name, "systemName", UserText.of("phoneSystem.name.required"), 120);
        String secret = Secrets.newToken();
        PhoneSystem system = new PhoneSystem(cleanCode, cleanName, secret, secrets.cipher(), Instant.now());
        em.persist(system);
        LOG.info(() -> staff.username() + " added the phone system " + cleanCode);
        return new Issued(system, secret);
    }

    public Issued newSecret(long id, long seenVersion) {
        PhoneSystem system = find(id, seenVersion);
        String secret = Secrets.newToken();
        system.rotate(secret, secrets.cipher());
        LOG.info(() -> staff.username() + " gave the phone system " + system.getCode() + " a new secret");
        return new Issued(system, secret);
    }

    public PhoneSystem switchOn(long id, long seenVersion, boolean on) {
        PhoneSystem system = find(id, seenVersion);
        if (on) {
            system.activate();
        } else {
            system.deactivate();
        }
        LOG.info(() -> staff.username() + " switched the phone system " + system.getCode() + (on ? " on" : " off"));
        return system;
    }

    private PhoneSystem find(long id, long seenVersion) {
        PhoneSystem system = em.find(PhoneSystem.class, id);
        if (system == null) {
            throw new NotFoundException(UserText.of("notFound.phoneSystem"));
        }
        if (system.getVersion() != seenVersion) {
            throw new ConcurrentEditException(UserText.of("concurrentEdit.phoneSystem"),
                    UserText.of("who.anotherAdmin"));
        }
        return system;
    }
}
