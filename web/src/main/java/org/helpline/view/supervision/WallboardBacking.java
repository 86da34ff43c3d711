package org.helpline.view.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.security.StaffDirectory;
import org.helpline.security.UserAccount;
import org.helpline.supervision.Wallboard;
import org.helpline.supervision.WallboardFigures;
import org.helpline.view.push.SignedInStaff;

/**
 * {@code supervision/wallboard.xhtml}: the supervisors' screen. The page opens a WebSocket; each change
 * pushed down it asks for fresh figures (no polling).
 */
@Named
@ViewScoped
public class WallboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Wallboard wallboard;

    @Inject
    StaffDirectory staff;

    private WallboardFigures figures;
    private List<String> signedIn;

    @PostConstruct
    void load() {
        refresh();
    }

    public void refresh() {
        figures = wallboard.figures(Instant.now());
        java.util.Set<String> usernames = SignedInStaff.now();
        signedIn = new ArrayList<>(staff.everyone().stream().filter(u -> usernames.contains(u.getUsername()))
                .map(UserAccount::getDisplayName).sorted().toList());
    }

    public WallboardFigures getFigures() {
        return figures;
    }

    public List<String> getSignedIn() {
        return signedIn;
    }
}
