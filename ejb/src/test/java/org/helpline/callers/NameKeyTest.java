package org.helpline.callers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void plainDropsCaseAccentsAndPunctuation() {
        assertEquals("sian oneill", NameKey.plain("  Siân O'Neill "));
        assertEquals("mary jane smith", NameKey.plain("Mary-Jane  SMITH"));
    }

    @Test
    void namesThatSoundAlikeShareCodes() {
        assertEquals(NameKey.sounds("John Smith"), NameKey.sounds("Jon Smyth"));
        assertEquals(NameKey.sounds("Catherine"), NameKey.sounds("Cathryn"));
        assertNotEquals(NameKey.sounds("John Smith"), NameKey.sounds("Joan Price"));
    }

    @Test
    void soundexFollowsTheUsualRules() {
        assertEquals("R163", NameKey.soundex("robert"));
        assertEquals("R163", NameKey.soundex("rupert"));
        assertEquals("A261", NameKey.soundex("ashcraft"));
        assertEquals("T522", NameKey.soundex("tymczak"));
        assertEquals("P236", NameKey.soundex("pfister"));
    }
}
