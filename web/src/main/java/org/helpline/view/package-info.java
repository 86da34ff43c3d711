/**
 * Backing beans for the Faces pages. Each mirrors its page's path ({@code admin/users.xhtml} is
 * {@code admin.UsersBacking}) and only hands work to the EJB services, which own every rule and
 * permission check.
 */
package org.helpline.view;
