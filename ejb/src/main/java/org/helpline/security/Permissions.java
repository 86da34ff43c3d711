package org.helpline.security;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.audit.AccessLog;

/**
 * The permission model: which roles may do what, read once from the {@code role_permission} table. A
 * service asks {@link #require} (through {@link RequiresPermission}) with the caller's identity; a refusal
 * is written to the access log before it is thrown.
 */
@Singleton
@PermitAll
@DeclareRoles({Roles.ADVISER, Roles.SUPERVISOR, Roles.ADMIN, Roles.MANAGER})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Permissions {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AccessLog access;

    private volatile Map<Role, Set<Permission>> matrix;

    @PostConstruct
    void load() {
        Map<Role, Set<Permission>> read = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            read.put(role, EnumSet.noneOf(Permission.class));
        }
        for (RolePermission cell : em.createQuery("select p from RolePermission p", RolePermission.class).getResultList()) {
            read.get(cell.getRole()).add(cell.getPermission());
        }
        matrix = read;
    }

    /** Refuses, and logs the refusal, unless one of the caller's roles has {@code permission}. */
    public void require(Permission permission) {
        if (!allowed(permission)) {
            access.refused("permission", null, permission.name());
            throw new NotPermittedException(permission);
        }
    }

    /** Whether one of the caller's roles has {@code permission}. */
    public boolean allowed(Permission permission) {
        for (Map.Entry<Role, Set<Permission>> entry : matrix.entrySet()) {
            if (entry.getValue().contains(permission) && context.isCallerInRole(entry.getKey().name())) {
                return true;
            }
        }
        return false;
    }

    /** The whole matrix, for the admin page. */
    public Map<Role, Set<Permission>> matrix() {
        Map<Role, Set<Permission>> copy = new EnumMap<>(Role.class);
        matrix.forEach((role, permissions) -> {
            Set<Permission> granted = EnumSet.noneOf(Permission.class);
            granted.addAll(permissions);
            copy.put(role, granted);
        });
        return copy;
    }
}
