/**
 * Vetted information: short articles advisers read to callers or send them (research news, treatments,
 * trial results, fatigue, carers' rights) and scam alerts. Each has an owner and a review-by date; past
 * it the article is stale until someone checks it again. Articles given to a caller are linked to the
 * contact.
 */
package org.helpline.information;
