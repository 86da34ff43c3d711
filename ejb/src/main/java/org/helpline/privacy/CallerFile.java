package org.helpline.privacy;

/** A caller's data as one file: what to call it and what it is. */
public record CallerFile(String fileName, String contentType, byte[] bytes) {
}
