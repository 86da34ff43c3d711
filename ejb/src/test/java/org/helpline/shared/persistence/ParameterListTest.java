package org.helpline.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParameterListTest {

    @Test
    void listsArePaddedToAFewFixedLengths() {
        assertEquals("(:ids0, :ids1, :ids2, :ids3, :ids4, :ids5, :ids6, :ids7)", ParameterList.in("ids", 1));
        assertEquals(8, ParameterList.padded(8));
        assertEquals(32, ParameterList.padded(9));
        assertEquals(128, ParameterList.padded(100));
    }
}
