package org.sanxiang.catalog;

/**
 * A downloadable sample text (示范文本) for a required material; id is the SHA-256 hex of the
 * content.
 */
public record SampleFile(String id, String fileName, String contentType, byte[] content) {
}
