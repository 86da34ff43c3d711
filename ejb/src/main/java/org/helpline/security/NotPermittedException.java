package org.helpline.security;

import org.helpline.shared.HelplineException;
import org.helpline.shared.UserText;

/** The caller's roles do not give them the permission a service needs. */
public class NotPermittedException extends HelplineException {

    private static final long serialVersionUID = 1L;

    private final Permission permission;

    public NotPermittedException(Permission permission) {
        super(UserText.of("notPermitted", permission.label().toLowerCase(java.util.Locale.ROOT)));
        this.permission = permission;
    }

    public Permission getPermission() {
        return permission;
    }
}
