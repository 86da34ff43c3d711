/**
 * Reference and demo data read from the versioned files in {@code seeds/} at start-up. Each domain
 * contributes {@link org.helpline.shared.seeds.Seeder}s for its own files; the {@link
 * org.helpline.shared.seeds.SeedLedger} makes every record apply exactly once, so restarts add no
 * duplicates and never undo an admin's edit.
 */
package org.helpline.shared.seeds;
