package org.helpline.view.admin;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.security.ApiToken;
import org.helpline.security.ApiTokens;
import org.helpline.security.Role;
import org.helpline.security.UserAccount;
import org.helpline.shared.HelplineException;
import org.helpline.shared.UserText;
import org.helpline.view.Formats;
import org.helpline.view.Messages;

/**
 * The API tokens part of {@code admin/user.xhtml}: the account's tokens, issuing one (its secret is shown
 * on this page once, and never again) and revoking one.
 */
@Named
@ViewScoped
public class UserTokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    private String name;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Integer days = 90;
    private String issuedSecret;
    private List<ApiToken> list;

    public List<ApiToken> tokensOf(UserAccount account) {
        if (list == null) {
            list = tokens.forAccount(account.getId());
        }
        return list;
    }

    public String issue(UserAccount account) {
        try {
            ApiTokens.Issued issued = tokens.issue(account.getId(), name, roles, days);
            issuedSecret = issued.secret();
            Messages.info(faces(), UserText.of("apiToken.issued", issued.token().getName()));
            name = null;
            list = null;
        } catch (HelplineException refusal) {
            Messages.show(faces(), "apiTokens", refusal);
        }
        return null;
    }

    public String revoke(ApiToken token) {
        try {
            tokens.revoke(token.getId());
            Messages.info(faces(), UserText.of("apiToken.revoked", token.getName()));
            list = null;
            issuedSecret = null;
        } catch (HelplineException refusal) {
            Messages.show(faces(), "apiTokens", refusal);
        }
        return null;
    }

    public String rolesOf(ApiToken token) {
        return token.getRoles().stream().sorted().map(Formats::roleLabel).collect(Collectors.joining(", "));
    }

    public String stateOf(ApiToken token) {
        if (token.getRevokedAt() != null) {
            return "Revoked " + Formats.dateTime(token.getRevokedAt()) + " by " + token.getRevokedBy();
        }
        if (!token.usableAt(java.time.Instant.now())) {
            return token.getAccount().isEnabled() ? "Expired" : "Account disabled";
        }
        return "In use" + (token.getLastUsedAt() == null ? ", not yet used" : ", last used " + Formats.dateTime(token.getLastUsedAt()));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
