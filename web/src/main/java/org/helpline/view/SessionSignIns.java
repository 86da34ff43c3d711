package org.helpline.view;

import java.security.Principal;

import javax.security.auth.callback.Callback;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;

import org.helpline.api.ApiGate;

/**
 * What Jakarta Security's {@code @AutoApplySession} does, but not for the API: a page request from someone
 * signed in carries on as them, and a sign-in on the pages is kept for the session; an API request is
 * left to its token, so a signed-in browser's cookie never lets a page, or another site, call the API as
 * that person. It runs before {@code @LoginToContinue} (a lower priority), as {@code @AutoApplySession}
 * would.
 */
@Interceptor
@KeepsSessions
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class SessionSignIns {

    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @AroundInvoke
    Object apply(InvocationContext invocation) throws Exception {
        if (!"validateRequest".equals(invocation.getMethod().getName()) || invocation.getParameters().length != 3) {
            return invocation.proceed();
        }
        HttpMessageContext context = (HttpMessageContext) invocation.getParameters()[2];
        HttpServletRequest request = context.getRequest();
        if (ApiGate.isApi(request)) {
            return invocation.proceed();
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
            return AuthenticationStatus.SUCCESS;
        }
        Object outcome = invocation.proceed();
        if (AuthenticationStatus.SUCCESS.equals(outcome)) {
            context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        }
        return outcome;
    }
}
