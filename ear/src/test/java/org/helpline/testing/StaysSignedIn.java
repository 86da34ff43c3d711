package org.helpline.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link BrowserTest} whose tests all act as one member of staff: the class signs in once, and each
 * test starts on the home page in that session. A test that signs in as someone else, signs out or
 * replaces the browser is followed by a fresh sign-in, so the order of the tests never matters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StaysSignedIn {

    String user();

    String password();
}
