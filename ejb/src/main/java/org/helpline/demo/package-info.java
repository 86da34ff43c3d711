/**
 * Fictional callers and months of contacts for demo mode (the README's run command), so that lists,
 * look-ups and reports have something realistic to show. Never loaded in production.
 */
package org.helpline.demo;
