package org.helpline.security;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One cell of the permission model: {@code role} may do {@code permission}. Changed only by migrations. */
@Entity
@Immutable
@Table(name = "role_permission")
@IdClass(RolePermission.Key.class)
public class RolePermission {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Role role;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Permission permission;

    protected RolePermission() {
    }

    public Role getRole() {
        return role;
    }

    public Permission getPermission() {
        return permission;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Role role;
        private Permission permission;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.role == role && k.permission == permission;
        }

        @Override
        public int hashCode() {
            return Objects.hash(role, permission);
        }
    }
}
