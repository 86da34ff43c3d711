/**
 * What every domain shares: the application exception hierarchy, persistence plumbing (schema
 * migrations, the reference-item shape), seed loading and the typed links ({@link org.helpline.shared.RecordLink})
 * the domains hand the web layer instead of page addresses. Nothing here knows about calls, cases or callers
 * beyond the names of the kinds of record a link can open.
 */
package org.helpline.shared;
