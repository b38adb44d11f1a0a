package org.huquq.shared.files;

/**
 * A file kept by the {@link FileStore}: its SHA-256 (lowercase hex, also its id in the store), its size in bytes and
 * the media type sniffed from its content. Callers keep these, with the name it was uploaded under, in their own rows.
 */
public record StoredFile(String sha256, long size, String mediaType) {
}
