/**
 * Follow-ups: what an adviser promised a caller ("we'll ring you back on Thursday"), who owns it, each
 * attempt to do it, and escalation to supervisors when it is not done, so that nothing promised is
 * silently forgotten.
 */
package org.helpline.followups;
