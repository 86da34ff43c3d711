package org.helpline.view.account;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.helpline.security.SecondFactors;
import org.helpline.security.Totp;
import org.helpline.shared.HelplineException;
import org.helpline.shared.UserText;
import org.helpline.view.ExistingSession;
import org.helpline.view.Formats;
import org.helpline.view.Messages;

/** {@code account/second-factor.xhtml}: sets up, or turns off, one's own authenticator app. */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactors secondFactors;

    private SecondFactors.Status status;
    private SecondFactors.SetUp setUp;
    private String code;

    public SecondFactors.Status getStatus() {
        if (status == null) {
            status = secondFactors.status();
        }
        return status;
    }

    public void begin() {
        try {
            setUp = secondFactors.begin();
        } catch (HelplineException refusal) {
            Messages.show(faces(), "setUp", refusal);
        }
    }

    public void confirm() {
        try {
            secondFactors.confirm(code);
            // The account now signs in with two factors: the session that proved the second goes on
            // under a new id, as after signing in with it.
            ExistingSession.renewId((HttpServletRequest) faces().getExternalContext().getRequest());
            setUp = null;
            status = null;
            Messages.info(faces(), UserText.of("secondFactor.on"));
        } catch (HelplineException refusal) {
            Messages.show(faces(), "confirm", refusal);
        }
        code = null;
    }

    public void turnOff() {
        try {
            secondFactors.turnOff(code);
            status = null;
            Messages.info(faces(), UserText.of("secondFactor.off"));
        } catch (HelplineException refusal) {
            Messages.show(faces(), "turnOff", refusal);
        }
        code = null;
    }

    public String getSince() {
        return getStatus().since() == null ? "" : Formats.dateTime(getStatus().since());
    }

    public boolean isSettingUp() {
        return setUp != null;
    }

    public String getKeyUri() {
        return setUp == null ? null : setUp.keyUri();
    }

    public String getSecret() {
        return setUp == null ? null : Totp.grouped(setUp.secret());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
