package org.helpline.view;

import java.util.Comparator;
import java.util.List;

import org.helpline.security.Role;
import org.helpline.security.UserAccount;

/** The staff who take calls, for the "hand it to" lists supervisors choose from. */
public final class Advisers {

    private Advisers() {
    }

    public static List<UserAccount> enabled(List<UserAccount> staff) {
        return staff.stream().filter(UserAccount::isEnabled).filter(u -> u.getRoles().contains(Role.ADVISER))
                .sorted(Comparator.comparing(UserAccount::getDisplayName)).toList();
    }
}
