/**
 * Referrals, closed loop: a caller referred to a service with their consent, each step of the
 * referral dated and checked against the allowed moves, the follow-ups the service asks for booked
 * automatically, and the outcome recorded at the end.
 */
package org.helpline.referrals;
