package org.helpline.view;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpline.security.SignIn;
import org.helpline.security.SignInChallengeCredential;
import org.helpline.security.Totp;
import org.helpline.shared.UserText;

/**
 * {@code login.xhtml}: the password, then (for someone with a second factor) the code from their
 * authenticator app, or setting one up where their role needs it. The page keeps no session until the
 * sign-in succeeds: between the two steps it carries only the challenge token {@link SignIn#check} gave.
 * A session the browser had before gets a new id at the password and again at the sign-in itself
 * ({@link HelplineAuthentication}).
 */
@Named
@RequestScoped
public class LoginBacking {

    static final String FAILED = UserText.of("signIn.failed");
    static final String WRONG_CODE = UserText.of("signIn.code.wrong");
    static final String START_AGAIN = UserText.of("signIn.startAgain");
    private static final String TOKEN_PARAMETER = "code:token";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    SignIn signIn;

    private String username;
    private String password;
    private String code;
    private SignIn.Challenge challenge;

    /** On the code step's own post, the challenge its token names, so that step's form is there to take it. */
    @PostConstruct
    void resume() {
        Map<String, String> parameters = external.getRequestParameterMap();
        String token = parameters.get(TOKEN_PARAMETER);
        if (token != null) {
            challenge = signIn.pending(token).orElse(null);
            if (challenge == null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, START_AGAIN, null));
            }
        }
    }

    public void signIn() throws IOException {
        Optional<SignIn.Challenge> checked = signIn.check(username, password == null ? new char[0] : password.toCharArray());
        password = null;
        if (checked.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FAILED, null));
            return;
        }
        challenge = checked.get();
        if (challenge.next() == SignIn.Next.NOTHING) {
            finish(null);
        } else {
            // Nobody is signed in until the code step; but a session from before (a page asked for while
            // signed out) gets a new id at each step, as it does when the code signs the person in.
            ExistingSession.renewId((HttpServletRequest) external.getRequest());
        }
    }

    /** The code step: the code from the app, with the token from the password step. */
    public void verify() throws IOException {
        if (challenge == null) {
            return;
        }
        if (!finish(code)) {
            code = null;
            challenge = signIn.pending(challenge.token()).orElse(null);
            faces.addMessage(challenge == null ? null : "code:otp",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, challenge == null ? START_AGAIN : WRONG_CODE, null));
        }
    }

    private boolean finish(String typedCode) throws IOException {
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        // Not newAuthentication(true): that makes Soteria remember the attempt in a
                        // new session, and a failed sign-in must leave no session behind.
                        .credential(new SignInChallengeCredential(challenge.token(), typedCode)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
            default -> {
                if (challenge.next() == SignIn.Next.NOTHING) {
                    challenge = null;
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FAILED, null));
                }
                return false;
            }
        }
        return true;
    }

    /** Whether the page shows the code step rather than the password. */
    public boolean isCodeStep() {
        return challenge != null && challenge.next() != SignIn.Next.NOTHING;
    }

    public boolean isSettingUp() {
        return challenge != null && challenge.next() == SignIn.Next.SET_UP;
    }

    public String getToken() {
        return challenge == null ? null : challenge.token();
    }

    /** Accepts the token back from the code step's form; {@link #resume} already read it. */
    public void setToken(String token) {
        // The challenge was found from the raw parameter before the form was decoded.
    }

    public String getNewSecret() {
        return challenge == null || challenge.newSecret() == null ? null : Totp.grouped(challenge.newSecret());
    }

    public String getKeyUri() {
        return challenge == null ? null : challenge.keyUri();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
