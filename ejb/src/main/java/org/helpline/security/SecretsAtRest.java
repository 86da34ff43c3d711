package org.helpline.security;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.helpline.shared.cluster.ServerKeys;
import org.helpline.shared.seeds.DemoMode;

/**
 * The key that encrypts the secrets kept in the database ({@link SecretCipher}), and the start-up pass that
 * encrypts any kept before there was one, or under the previous key.
 * <p>
 * The key comes from the environment as the database settings do: {@code HELPLINE_SECRETS_KEY} (32 random
 * bytes in base64), and during a rotation {@code HELPLINE_SECRETS_KEY_PREVIOUS}, read through MicroProfile
 * Config ({@code helpline.secrets.key}, {@code helpline.secrets.key-previous}). Without one, a production
 * server does not start: it says what to set rather than keep secrets under a weak key. In demo mode without
 * one, a key is made and kept in the database with the other servers' keys ({@link ServerKeys}): the demo
 * data is fictional, so a key beside it costs nothing, and every node of a demo cluster, and every restart,
 * finds the same key there, which a generated file under one server's data directory would not give.
 * <p>
 * Neither key nor secret is ever logged; only the keys' ids (fingerprints) and counts are.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SecretsAtRest {

    static final String KEY_VARIABLE = "HELPLINE_SECRETS_KEY";
    static final String PREVIOUS_VARIABLE = "HELPLINE_SECRETS_KEY_PREVIOUS";
    static final String DEMO_KEY = "secrets-at-rest";

    private static final Logger LOG = Logger.getLogger(SecretsAtRest.class.getName());

    /** A column holding encrypted secrets: how to read it, how to replace one value, and its purpose. */
    private record Column(String name, String select, String update, String purpose) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("user_account.totp_secret",
                    "select id, totp_secret from user_account where totp_secret is not null",
                    "update user_account set totp_secret = ?1 where id = ?2 and totp_secret = ?3", SecretCipher.TOTP),
            new Column("user_account.totp_pending_secret",
                    "select id, totp_pending_secret from user_account where totp_pending_secret is not null",
                    "update user_account set totp_pending_secret = ?1 where id = ?2 and totp_pending_secret = ?3",
                    SecretCipher.TOTP),
            new Column("phone_system.shared_secret",
                    "select id, shared_secret from phone_system",
                    "update phone_system set shared_secret = ?1 where id = ?2 and shared_secret = ?3",
                    SecretCipher.PHONE_SYSTEM));

    @Inject
    @ConfigProperty(name = "helpline.secrets.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "helpline.secrets.key-previous")
    Optional<String> previousKey;

    @Inject
    ServerKeys serverKeys;

    @PersistenceContext
    EntityManager em;

    private volatile SecretCipher cipher;

    @PostConstruct
    void atStartup() {
        reseal();
    }

    /** Encrypts with the current key, and opens with it or the previous one. */
    public SecretCipher cipher() {
        SecretCipher made = cipher;
        if (made == null) {
            made = made();
            cipher = made;
        }
        return made;
    }

    /**
     * Encrypts under the current key every stored secret that is not yet: plain ones from before encryption,
     * and those under the previous key. Safe to repeat, and on several servers at once: a value is replaced
     * only if it is still the one read, so of two servers the second finds it done.
     *
     * @return how many values were encrypted again
     */
    public int reseal() {
        SecretCipher current = cipher();
        int changed = 0;
        for (Column column : COLUMNS) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(column.select()).getResultList();
            for (Object[] row : rows) {
                String stored = (String) row[1];
                if (current.isCurrent(stored)) {
                    continue;
                }
                long id = ((Number) row[0]).longValue();
                String resealed;
                try {
                    resealed = current.reseal(stored, column.purpose());
                } catch (IllegalStateException unreadable) {
                    String problem = column.name() + " of id " + id + ": " + unreadable.getMessage();
                    LOG.severe(problem);
                    throw new IllegalStateException(problem, unreadable);
                }
                changed += em.createNativeQuery(column.update())
                        .setParameter(1, resealed).setParameter(2, id).setParameter(3, stored)
                        .executeUpdate();
            }
        }
        int count = changed;
        LOG.info(() -> "Secrets at rest are under the key " + current.currentKeyId() + "; " + count
                + " stored secrets encrypted under it now");
        return count;
    }

    private SecretCipher made() {
        byte[] previous = previousKey.filter(value -> !value.isBlank())
                .map(value -> SecretCipher.decodeKey(value, PREVIOUS_VARIABLE)).orElse(null);
        Optional<String> given = key.filter(value -> !value.isBlank());
        if (given.isPresent()) {
            return new SecretCipher(SecretCipher.decodeKey(given.get(), KEY_VARIABLE), previous);
        }
        if (DemoMode.enabled()) {
            return new SecretCipher(serverKeys.key(DEMO_KEY), previous);
        }
        String missing = "No key for the secrets Helpline keeps (authenticator apps', phone systems'): set "
                + KEY_VARIABLE + " in /etc/helpline/helpline.env to 32 random bytes in base64, made with "
                + "openssl rand -base64 32, and start again (docs/operations.md, \"The secrets key\")";
        LOG.severe(missing);
        throw new IllegalStateException(missing);
    }
}
