package org.helpline.shared.cluster;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Secret keys every server uses alike, kept in the database: the first server to need one makes it, and
 * if two make one at the same moment the first stored wins and both use it. Open to any caller, since
 * only the server's own code asks and the key never leaves it.
 */
@Stateless
@PermitAll
public class ServerKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    /**
     * The 256-bit key called {@code name}, made now if there is none yet ("on conflict do nothing": of two
     * servers making one at once, the second keeps the first's).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] key(String name) {
        byte[] made = new byte[32];
        RANDOM.nextBytes(made);
        em.createNativeQuery("insert into server_key (name, secret, created_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, name)
                .setParameter(2, Base64.getEncoder().encodeToString(made))
                .setParameter(3, Instant.now())
                .executeUpdate();
        return em.find(ServerKey.class, name).bytes();
    }
}
