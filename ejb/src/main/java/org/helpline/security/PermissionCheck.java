package org.helpline.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Refuses a service call whose {@link RequiresPermission} none of the caller's roles has. */
@Interceptor
@RequiresPermission(Permission.VIEW_CALLER)
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class PermissionCheck {

    @Inject
    Permissions permissions;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        RequiresPermission needed = invocation.getMethod().getAnnotation(RequiresPermission.class);
        if (needed == null) {
            needed = invocation.getMethod().getDeclaringClass().getAnnotation(RequiresPermission.class);
        }
        if (needed == null) {
            needed = invocation.getTarget().getClass().getAnnotation(RequiresPermission.class);
        }
        if (needed != null) {
            permissions.require(needed.value());
        }
        return invocation.proceed();
    }
}
