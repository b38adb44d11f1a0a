/**
 * The content-addressed file store: original files kept once each, read-only, under their SHA-256, with the media
 * type sniffed from their bytes.
 */
package org.huquq.shared.files;
