package dibao.page;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads a page file. The charset is detected, not assumed: strict UTF-8 first, then GB18030 (a
 * superset of GBK and GB2312) when the bytes are not valid UTF-8. A BOM is tolerated and kept, so
 * offsets index the text exactly as it is on disk. Empty, binary and undecodable files are refused
 * with a {@link PageReadException} that names the file and the reason.
 */
public final class PageReader {

    /** Pages larger than this are refused rather than risking the heap of a whole ingest. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private PageReader() {
    }

    /** Reads {@code file}; the issue date is {@code date}, else one found in the path, else null. */
    public static Page read(Path file, LocalDate date) throws PageReadException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new PageReadException(file, "is a folder, not a page file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new PageReadException(file, "too large (" + size + " bytes, limit " + MAX_BYTES
                        + "); split it into pages");
            }
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PageReadException(file, "no such file");
        } catch (IOException e) {
            throw new PageReadException(file, "cannot be read (" + e.getMessage() + ")");
        }
        Decoded decoded = decode(file, bytes);
        LocalDate issue = date != null ? date : IssueDates.fromPath(file);
        return new Page(file.getFileName().toString(), decoded.text(), decoded.charset(), issue);
    }

    /** Decoded page text and the charset it was found to be in. */
    public record Decoded(String text, String charset) {
    }

    /** Decodes page bytes, or throws naming why the bytes are not a text page. */
    public static Decoded decode(Path file, byte[] bytes) throws PageReadException {
        if (bytes.length == 0) {
            throw new PageReadException(file, "empty file (0 bytes); nothing to extract");
        }
        if (looksBinary(bytes)) {
            throw new PageReadException(file, "binary file, not text; give the page as UTF-8 or GB18030 text "
                    + "(extract the text of a PDF first)");
        }
        String charset = "UTF-8";
        String text = strict(StandardCharsets.UTF_8, bytes);
        if (text == null) {
            charset = "GB18030";
            text = strict(GB18030, bytes);
            if (text == null) {
                throw new PageReadException(file, "undecodable: neither UTF-8 nor GB18030; convert it to UTF-8");
            }
        }
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || c == 0xFEFF || c == 0x3000)) {
            throw new PageReadException(file, "empty page (only white space); nothing to extract");
        }
        return new Decoded(text, charset);
    }

    private static String strict(Charset cs, byte[] bytes) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** NUL bytes, or many C0 control bytes other than tab/newline/CR/form feed, mean not text. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls * 20 > n;
    }
}
