package org.helpline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RecordLinkTest {

    @Test
    void aKindThatNamesARecordNeedsItsIdAndOneThatDoesNotTakesNone() {
        assertEquals(new RecordLink(RecordKind.CASE, 12L), RecordLink.toCase(12));
        assertEquals(new RecordLink(RecordKind.FOLLOW_UP, 7L), RecordLink.toFollowUp(7));
        for (RecordKind kind : RecordKind.values()) {
            if (kind.hasId()) {
                assertThrows(IllegalArgumentException.class, () -> RecordLink.to(kind), kind::name);
            } else {
                assertThrows(IllegalArgumentException.class, () -> new RecordLink(kind, 1L), kind::name);
                assertEquals(kind, RecordLink.to(kind).kind());
            }
        }
        assertThrows(NullPointerException.class, () -> RecordLink.to(null));
    }

    /**
     * The domain hands the web layer typed links, never page addresses: no source of this module may name a
     * page (comments included, so that no address waits in a comment to be copied back into code).
     */
    @Test
    void noSourceOfTheDomainNamesAPage() throws IOException {
        Path sources = Path.of("src/main/java");
        assertTrue(Files.isDirectory(sources), sources.toAbsolutePath().toString());
        List<String> naming;
        try (Stream<Path> files = Files.walk(sources)) {
            naming = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).contains(".xhtml");
                } catch (IOException e) {
                    throw new IllegalStateException(f.toString(), e);
                }
            }).map(f -> sources.relativize(f).toString()).sorted().toList();
        }
        assertEquals(List.of(), naming, "sources naming a page; return a RecordLink and let org.helpline.view.Links "
                + "choose the page");
    }
}
