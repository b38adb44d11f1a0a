package org.huquq.shared.files;

/**
 * The name a file is kept and offered under, made from the name its uploader's system gave it: only what follows
 * the last {@code /} or {@code \} (a browser or a script may send a whole path), without control characters (NUL,
 * line breaks) and format characters (a right-to-left override makes {@code txt.exe} read as {@code exe.txt}), trimmed.
 * Letters of every script are kept.
 */
public final class FileNames {

    private FileNames() {
    }

    /** The clean name, or {@code null} when nothing of the given one is left. */
    public static String clean(String declared) {
        if (declared == null) {
            return null;
        }
        String name = declared.substring(Math.max(declared.lastIndexOf('/'), declared.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(cp -> {
            int type = Character.getType(cp);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                    && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
        }).forEach(clean::appendCodePoint);
        String stripped = clean.toString().strip();
        return stripped.isEmpty() || stripped.equals(".") || stripped.equals("..") ? null : stripped;
    }
}
