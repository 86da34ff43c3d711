package org.helpline.view.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.HelplineException;
import org.helpline.shared.UserText;
import org.helpline.telephony.PhoneSystem;
import org.helpline.telephony.PhoneSystems;
import org.helpline.view.Messages;

/** {@code admin/phone-systems.xhtml}: the phone systems that may send call events, their secrets and on/off. */
@Named
@ViewScoped
public class PhoneSystemsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PhoneSystems phoneSystems;

    private String code;
    private String name;
    private String secretFor;
    private String secret;
    private List<PhoneSystem> list;

    public List<PhoneSystem> getSystems() {
        if (list == null) {
            list = phoneSystems.all();
        }
        return list;
    }

    public String add() {
        try {
            shown(phoneSystems.add(code, name), false);
            code = null;
            name = null;
        } catch (HelplineException refusal) {
            Messages.show(faces(), "addSystem", refusal);
        }
        return null;
    }

    public String newSecret(PhoneSystem system) {
        try {
            shown(phoneSystems.newSecret(system.getId(), system.getVersion()), true);
        } catch (HelplineException refusal) {
            Messages.show(faces(), "systems", refusal);
            list = null;
        }
        return null;
    }

    public String switchOn(PhoneSystem system, boolean on) {
        try {
            phoneSystems.switchOn(system.getId(), system.getVersion(), on);
            Messages.info(faces(), on ? UserText.of("phoneSystem.switchedOn", system.getName())
                    : UserText.of("phoneSystem.switchedOff", system.getName()));
            secret = null;
        } catch (HelplineException refusal) {
            Messages.show(faces(), "systems", refusal);
        }
        list = null;
        return null;
    }

    /** The secret just made, for a new system or in place of an old secret, shown this once. */
    private void shown(PhoneSystems.Issued issued, boolean replaced) {
        secretFor = issued.system().getName();
        secret = issued.secret();
        Messages.info(faces(), replaced ? UserText.of("phoneSystem.secret.replaced", issued.system().getName())
                : UserText.of("phoneSystem.added", issued.system().getName()));
        list = null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSecretFor() {
        return secretFor;
    }

    public String getSecret() {
        return secret;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
