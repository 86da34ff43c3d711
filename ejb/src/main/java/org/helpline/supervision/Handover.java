package org.helpline.supervision;

/** What a bulk reassignment moved: how many open cases and open follow-ups. */
public record Handover(int cases, int followUps) {

    public int total() {
        return cases + followUps;
    }
}
