/**
 * Email enquiries: the helpline's mailbox read over IMAP into a team queue ({@link org.helpline.email.EmailIntake},
 * {@link org.helpline.email.EmailQueue}), each conversation with one correspondent an
 * {@link org.helpline.email.EmailThread} of {@link org.helpline.email.EmailMessage}s. A message is filed once,
 * by its Message-ID, in a transaction of its own, and only then moved out of the mailbox's inbox.
 */
package org.helpline.email;
