package org.helpline.view.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.security.Permission;
import org.helpline.security.Permissions;
import org.helpline.security.Role;
import org.helpline.view.Formats;

/** {@code admin/permissions.xhtml}: which role may do what, as the services check it. */
@Named
@RequestScoped
public class PermissionsBacking {

    @Inject
    Permissions permissions;

    private Map<Role, Set<Permission>> matrix;

    @PostConstruct
    void load() {
        matrix = permissions.matrix();
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<Permission> getPermissions() {
        return List.of(Permission.values());
    }

    public String roleLabel(Role role) {
        return Formats.roleLabel(role);
    }

    public boolean allowed(Role role, Permission permission) {
        return matrix.get(role).contains(permission);
    }
}
