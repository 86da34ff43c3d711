package org.helpline.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;

/**
 * Reading the audit trail: the history of any audited record, field by field. For admins only; there is
 * deliberately no way here, or anywhere in the application, to change or remove what it holds.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@RequiresPermission(Permission.VIEW_AUDIT)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    /** Every change to the record, oldest first; not found when the trail has nothing for it. */
    public RecordHistory history(AuditedRecord record, Long id) {
        if (record == null) {
            throw new InvalidInputException("record", UserText.of("audit.record.required"));
        }
        if (id == null || id <= 0) {
            throw new InvalidInputException("id", UserText.of("audit.id.positive"));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(record.entity(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException(UserText.of("notFound.auditTrail", record.label(), id));
        }
        List<Field> fields = auditedFields(record.entity());
        List<RecordHistory.Revision> revisions = new ArrayList<>();
        Map<String, String> before = new LinkedHashMap<>();
        for (Object[] row : rows) {
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            Map<String, String> after = type == RevisionType.DEL ? Map.of() : values(row[0], fields);
            List<RecordHistory.FieldChange> changes = new ArrayList<>();
            for (Field f : fields) {
                String old = before.getOrDefault(f.getName(), "");
                String now = after.getOrDefault(f.getName(), "");
                if (!old.equals(now)) {
                    changes.add(new RecordHistory.FieldChange(f.getName(), old, now));
                }
            }
            revisions.add(new RecordHistory.Revision(revision.getId(), revision.getRevisedAt(), revision.getUsername(),
                    switch (type) {
                        case ADD -> "Added";
                        case MOD -> "Changed";
                        case DEL -> "Removed";
                    }, changes));
            before = new LinkedHashMap<>(after);
        }
        return new RecordHistory(record, id, revisions);
    }

    /** The entity's fields Envers keeps, superclass first, each class's in declaration order. */
    private List<Field> auditedFields(Class<?> entity) {
        Set<Member> mapped = new HashSet<>();
        em.getMetamodel().entity(entity).getAttributes().forEach(a -> mapped.add(a.getJavaMember()));
        List<Class<?>> lineage = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            lineage.add(0, c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : lineage) {
            for (Field f : c.getDeclaredFields()) {
                if (mapped.contains(f) && !f.isAnnotationPresent(NotAudited.class)
                        && !f.isAnnotationPresent(jakarta.persistence.Version.class)
                        && !f.isAnnotationPresent(jakarta.persistence.Id.class)) {
                    f.setAccessible(true);
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private Map<String, String> values(Object entity, List<Field> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : fields) {
            try {
                values.put(f.getName(), text(f.get(entity)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    /** A value as the history shows it: a related record by its number, a collection sorted. */
    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            TreeSet<String> sorted = new TreeSet<>();
            items.forEach(item -> sorted.add(text(item)));
            return String.join(", ", sorted);
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof Instant || value instanceof java.time.temporal.Temporal) {
            return String.valueOf(value);
        }
        for (String name : NAMING_GETTERS) {
            try {
                Object named = value.getClass().getMethod(name).invoke(value);
                if (named != null) {
                    return String.valueOf(named);
                }
            } catch (ReflectiveOperationException e) {
                // not named that way: try the next, then the id
            }
        }
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        Object id = util.getIdentifier(value);
        return value.getClass().getSimpleName().replaceAll("\\$.*", "") + " " + Objects.toString(id, "?");
    }

    /** How a related record is named in the history: reference data by code, staff by username, cases by number. */
    private static final String[] NAMING_GETTERS = {"getCode", "getUsername", "getNumber"};
}
