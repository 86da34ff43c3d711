package org.helpline.view;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks the authentication mechanism whose sign-ins last for the session, except on the REST API, where
 * every request signs in by its own token and a session never counts (see {@link SessionSignIns}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KeepsSessions {
}
