package org.helpline.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.notices.Notice;
import org.helpline.shared.RecordLink;

/** Direct reads and writes for test set-up and checks, bypassing the services on purpose. */
@Stateless
@PermitAll
public class Database {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/HelplineDS")
    DataSource dataSource;

    public long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    public int update(String jpql, Object... positionalParameters) {
        var query = em.createQuery(jpql);
        for (int i = 0; i < positionalParameters.length; i++) {
            query.setParameter(i + 1, positionalParameters[i]);
        }
        return query.executeUpdate();
    }

    public List<?> nativeQuery(String sql, Object... positionalParameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < positionalParameters.length; i++) {
            query.setParameter(i + 1, positionalParameters[i]);
        }
        return query.getResultList();
    }

    public int nativeUpdate(String sql, Object... positionalParameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < positionalParameters.length; i++) {
            query.setParameter(i + 1, positionalParameters[i]);
        }
        return query.executeUpdate();
    }

    /** Stores a new entity built by the test, e.g. a member of staff nobody else's test uses. */
    public <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** What the notices of {@code username} open (null: nothing), newest first, read or not. */
    public List<RecordLink> noticesOpen(String username) {
        return em.createQuery("select n from Notice n where n.recipient.username = :u order by n.createdAt desc, n.id desc",
                Notice.class).setParameter("u", username).getResultStream().map(Notice::getLink).toList();
    }

    public String databaseProduct() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }
}
