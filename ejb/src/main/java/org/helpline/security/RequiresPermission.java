package org.helpline.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * The permission a service method needs, checked by {@link PermissionCheck} before it runs. On a class it
 * covers every business method; a method's own annotation overrides it. {@code @RolesAllowed} stays the
 * outer bound: the permission model can narrow what a role may do, never widen it.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {

    @Nonbinding
    Permission value();
}
