/**
 * The resource directory: services the helpline refers callers to (the FACETS fatigue course, crisis
 * lines, carers' support, benefits advice...) and the organisations that run them, shaped after Open
 * Referral HSDS. Services are retired, never deleted, so old referrals keep their meaning.
 */
package org.helpline.resources;
