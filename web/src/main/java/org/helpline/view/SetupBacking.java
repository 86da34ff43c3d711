package org.helpline.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.security.FirstAdmin;
import org.helpline.security.StaffForm;
import org.helpline.shared.HelplineException;

/** {@code setup.xhtml}: the first admin of a new installation, with the code from ops/first-admin.sh. */
@Named
@RequestScoped
public class SetupBacking {

    @Inject
    FirstAdmin firstAdmin;

    private final StaffForm form = new StaffForm();
    private String code;
    private Boolean needed;

    public String create() {
        try {
            firstAdmin.create(code, form);
            return "/login?faces-redirect=true&setUp=true";
        } catch (HelplineException refusal) {
            Messages.show(FacesContext.getCurrentInstance(), "setup", refusal);
            return null;
        }
    }

    /** Asked once a request: the page tests it for several of its parts. */
    public boolean isNeeded() {
        if (needed == null) {
            needed = firstAdmin.needed();
        }
        return needed;
    }

    public StaffForm getForm() {
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
