package org.helpline.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.view.PagedTable;
import org.helpline.security.StaffAdministration;
import org.helpline.security.UserAccount;
import org.helpline.view.Formats;

/** {@code admin/users.xhtml}: staff accounts. */
@Named
@RequestScoped
public class UsersBacking {

    @Inject
    StaffAdministration staff;

    private PagedTable<UserAccount> users;

    @PostConstruct
    void load() {
        users = PagedTable.of(staff::countAccounts, staff::accounts, UserAccount::getId);
    }

    public PagedTable<UserAccount> getUsers() {
        return users;
    }

    public String rolesOf(UserAccount user) {
        return Formats.roles(user);
    }
}
