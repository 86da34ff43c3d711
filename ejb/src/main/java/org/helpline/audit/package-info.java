/**
 * The audit trail: every change to callers, contacts, cases, follow-ups, referrals, risk flags,
 * safeguarding alerts and staff accounts, kept by Hibernate Envers with who made it and when
 * ({@link org.helpline.audit.AuditRevision}); and the access log of who looked at which caller or case,
 * and who was refused. Nothing in the application edits or deletes either; only erasure on request
 * scrubs a caller's identifying data from them.
 */
package org.helpline.audit;
