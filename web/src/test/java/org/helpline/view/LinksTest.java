package org.helpline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.helpline.shared.RecordKind;
import org.helpline.shared.RecordLink;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static final Path PAGES = Path.of("src/main/webapp");

    /** Every kind, so a kind added to the domain must be given its page here. */
    @Test
    void everyKindOpensAPageOfTheApplicationDistinctFromTheOthers() {
        Set<String> pages = new HashSet<>();
        for (RecordKind kind : RecordKind.values()) {
            RecordLink link = kind.hasId() ? new RecordLink(kind, 42L) : RecordLink.to(kind);
            String path = Links.pathOf(link);
            assertTrue(path.startsWith("/"), kind + ": " + path);
            String page = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            assertTrue(page.endsWith(".xhtml") && Files.isRegularFile(PAGES.resolve(page.substring(1))),
                    kind + " opens " + path + ", which is no page in " + PAGES);
            assertEquals(kind.hasId() ? page + "?id=42" : page, path, kind + " names its record by id, and only then");
            assertTrue(pages.add(page), kind + " opens the same page as another kind: " + page);
        }
        assertEquals("/cases/view.xhtml?id=12", new Links().path(RecordLink.toCase(12)));
        assertEquals("/followups/work.xhtml?id=7", Links.pathOf(RecordLink.toFollowUp(7)));
    }
}
