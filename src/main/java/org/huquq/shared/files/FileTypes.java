package org.huquq.shared.files;

import java.util.Set;

/** Media types (Tika's canonical names, as {@link FileStore} reports them) that callers pass as the accepted ones. */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String TIFF = "image/tiff";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String DOC = "application/msword";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String TEXT = "text/plain";

    /** What an office receives as a letter or makes of one: scans and photos of paper, word-processor files, text. */
    public static final Set<String> DOCUMENTS = Set.of(PDF, JPEG, PNG, TIFF, DOCX, DOC, ODT, TEXT);

    private FileTypes() {
    }
}
