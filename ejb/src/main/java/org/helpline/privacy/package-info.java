/**
 * A caller's rights over what the helpline holds about them (UK GDPR): subject access, everything held
 * as readable JSON and PDF ({@link org.helpline.privacy.SubjectAccess}); and erasure on request, which
 * removes what identifies them from every table and the audit history while keeping the counts the
 * monthly reports are made of ({@link org.helpline.privacy.Erasure}). Both are for admins, and both are
 * written to the access log.
 */
package org.helpline.privacy;
